using AnalisaAI.Api.Infrastructure.OpenApi;
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
            .ProducesDescribedProblem(StatusCodes.Status404NotFound,
                "Not Found: no such influencer, or it has no metrics yet because no recalculation of it has succeeded.");
}
