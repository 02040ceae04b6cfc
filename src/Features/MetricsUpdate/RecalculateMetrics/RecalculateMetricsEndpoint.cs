using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.RecalculateMetrics;

public sealed class RecalculateMetricsEndpoint : IEndpoint<InfluencerMetricsEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/recalculate", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Accepted((string?)null, await sender.Send(new RecalculateMetricsCommand(id), cancellationToken)))
            .WithName("RecalculateMetrics")
            .WithSummary("Recalculates the influencer's metrics in the background; follow the run in /api/metric-updates.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
