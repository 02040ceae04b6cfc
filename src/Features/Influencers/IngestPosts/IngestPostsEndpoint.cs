using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.IngestPosts;

public sealed class IngestPostsEndpoint : IEndpoint<InfluencersEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/posts", async (Guid id, IngestPostsCommand command, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(command with { InfluencerId = id }, cancellationToken)))
            .RequireAuthorization(AuthPolicies.Admin)
            .WithName("IngestPosts")
            .WithSummary("Upserts up to 1000 posts by externalId, all or nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
