using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Signals;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

public sealed class ListInfluencersEndpoint : IEndpoint<InfluencersEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async ([AsParameters] ListInfluencersQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .WithName("ListInfluencers")
            .WithSummary("Filters, sorts and pages the catalogue.")
            // The parameters bind as strings (so the validator names a bad value); the document says what they take.
            .WithQueryParameterValues("platform", ApiEnum.All<Platform>())
            .WithQueryParameterNumber("minRelevance", 0, 100)
            .WithQueryParameterValues("tier", FollowerTier.All)
            .WithQueryParameterNumber("minErPercentile", 0, 100)
            .WithQueryParameterValues("flag", SignalIds.All)
            .WithQueryParameterBoolean("noFlags")
            .WithQueryParameterValues("sort", ListInfluencersSorts.All, ListInfluencersSorts.DefaultName)
            .WithQueryParameterInteger("page", 1, ListInfluencersQuery.MaxPage, 1)
            .WithQueryParameterInteger("pageSize", 1, ListInfluencersQuery.MaxPageSize, ListInfluencersQuery.DefaultPageSize)
            .WithQueryParameterInteger("minFollowers", 0, IngestionRules.MaxCount)
            .WithQueryParameterInteger("maxFollowers", 0, IngestionRules.MaxCount)
            .WithQueryParameterNumber("minEngagementRate", 0)
            .WithQueryParameterNumber("maxEngagementRate", 0)
            .WithQueryParameterBoolean("lowConfidenceLast", true)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
