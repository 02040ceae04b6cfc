using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.RequestRecalculation;

public sealed class RequestRecalculationEndpoint : IEndpoint<InfluencerMetricsUpdateEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/recalculate", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Accepted((string?)null, await sender.Send(new RequestRecalculationCommand(id), cancellationToken)))
            .WithName("RecalculateMetrics")
            .WithSummary("Recalculates the influencer's metrics in the background; follow the run in /api/metric-updates.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
