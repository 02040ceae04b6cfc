using AnalisaAI.Api.Infrastructure.OpenApi;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Metrics.GetMetricsHistory;

public sealed class GetMetricsHistoryEndpoint : IEndpoint<MetricsEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/history", async (Guid id, DateTimeOffset? from, DateTimeOffset? to, int? limit, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetMetricsHistoryQuery(id, from, to, limit), cancellationToken)))
            .WithName("GetMetricsHistory")
            .WithSummary("Every successful calculation of the influencer's metrics, newest first.")
            .WithDescription("`from` and `to` bound calculatedAt (inclusive, ISO 8601); `limit` is 1 to 500, default 100.")
            .WithQueryParametersOf<GetMetricsHistoryQuery>()
            .WithQueryParameterDefault("limit", GetMetricsHistoryQuery.DefaultLimit)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
