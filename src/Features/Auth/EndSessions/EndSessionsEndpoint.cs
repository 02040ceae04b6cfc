using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.EndSessions;

public sealed class EndSessionsEndpoint : IEndpoint<AuthEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapDelete("/sessions", async (bool? includeCurrent, ClaimsPrincipal principal, ISender sender, CancellationToken cancellationToken) =>
            {
                var (userId, sessionId) = SessionClaims.Read(principal);
                await sender.Send(new EndSessionsCommand(userId, sessionId, includeCurrent == true), cancellationToken);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AuthPolicies.User)
            .WithName("EndSessions")
            .WithSummary("Ends every other session of the caller; with includeCurrent=true this one too.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
