using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.GetFreshness;

public sealed class GetFreshnessEndpoint : IEndpoint<MetricsUpdateEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/freshness", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetFreshnessQuery(), cancellationToken)))
            .WithName("GetFreshness")
            .WithSummary("How fresh the catalogue is (ages, share within target, due now) and the social data source's health.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
