using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Signals;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

public sealed class ListInfluencersEndpoint : IEndpoint<InfluencersEndpointGroup>
{
    public const string CsvFileName = "influencers.csv";

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Results<Ok<ListInfluencersResponse>, CsvDownload>> (
                [AsParameters] ListInfluencersQuery query, HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
                CsvDownload.IsRequested(request)
                    ? ListInfluencersCsv.Download((await sender.Send(new ListInfluencerIdsQuery(query), cancellationToken)).Ids, sender, CsvFileName)
                    : TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .WithName("ListInfluencers")
            .WithSummary("Filters, sorts and pages the catalogue; with Accept: text/csv, every match as a streamed CSV file.")
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
