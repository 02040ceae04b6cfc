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
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
