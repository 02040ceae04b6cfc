using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.UpdateInfluencer;

public sealed class UpdateInfluencerEndpoint : IEndpoint<InfluencersEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}", async (Guid id, UpdateInfluencerCommand command, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(command with { Id = id }, cancellationToken)))
            .RequireAuthorization(AuthPolicies.Admin)
            .WithName("UpdateInfluencer")
            .WithSummary("Replaces an influencer's catalogue fields.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
