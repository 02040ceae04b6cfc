using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Metrics.GetLatestMetrics;

public sealed class GetLatestMetricsEndpoint : IEndpoint<MetricsEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetLatestMetricsQuery(id), cancellationToken)))
            .WithName("GetLatestMetrics")
            .WithSummary("The influencer's latest successful metrics: engagement, reach, growth and relevance.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
