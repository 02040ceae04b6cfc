using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.EndSession;

public sealed class EndSessionEndpoint : IEndpoint<AuthEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapDelete("/sessions/{id:guid}", async (Guid id, ClaimsPrincipal principal, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new EndSessionCommand(SessionClaims.Read(principal).UserId, id), cancellationToken);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AuthPolicies.User)
            .WithName("EndSession")
            .WithSummary("Ends one of the caller's sessions: its refresh token stops at once, its access tokens within 5 s.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
