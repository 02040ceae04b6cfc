using AnalisaAI.Api.Infrastructure.OpenApi;
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
            // The parameters bind as strings (so the validator names a bad value); the validator's rules say what they take.
            .WithQueryParameterDefault("sort", ListInfluencersSorts.DefaultName)
            .WithQueryParameterDefault("page", 1)
            .WithQueryParameterDefault("pageSize", ListInfluencersQuery.DefaultPageSize)
            .WithQueryParameterDefault("lowConfidenceLast", true)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
