using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.OpenApi;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.RevokeInvitation;

public sealed class RevokeInvitationEndpoint : IEndpoint<InvitationsEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal principal, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new RevokeInvitationCommand(id, AccessTokenClaims.UserId(principal)), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("RevokeInvitation")
            .WithSummary("Revokes an unused invitation: its token stops working. A used one is 409 (disable the account instead).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesDescribedProblem(StatusCodes.Status409Conflict, "Conflict: the invitation has been used; disable the account instead.");
}
