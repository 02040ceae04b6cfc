using AnalisaAI.Api.Infrastructure.OpenApi;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.ListMetricUpdates;

public sealed class ListMetricUpdatesEndpoint : IEndpoint<MetricsUpdateEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async (int? limit, Guid? influencerId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMetricUpdatesQuery(limit, influencerId), cancellationToken)))
            .WithName("ListMetricUpdates")
            .WithSummary("The run log of metric recalculations, newest first.")
            .WithDescription("`limit` is 1 to 500, default 100; `influencerId` narrows it to one influencer.")
            .WithQueryParametersOf<ListMetricUpdatesQuery>()
            .WithQueryParameterDefault("limit", ListMetricUpdatesQuery.DefaultLimit)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
