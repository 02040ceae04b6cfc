using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.ListSessions;

public sealed class ListSessionsEndpoint : IEndpoint<AuthEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/sessions", async (ClaimsPrincipal principal, ISender sender, CancellationToken cancellationToken) =>
            {
                var (userId, sessionId) = SessionClaims.Read(principal);
                return TypedResults.Ok(await sender.Send(new ListSessionsQuery(userId, sessionId), cancellationToken));
            })
            .RequireAuthorization(AuthPolicies.User)
            .WithName("ListSessions")
            .WithSummary("The caller's live sessions, most recently used first; current marks the one of this access token.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
