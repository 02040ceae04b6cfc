using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.ChangePassword;

public sealed class ChangePasswordEndpoint : IEndpoint<AuthEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/change-password", async (ChangePasswordCommand command, ClaimsPrincipal principal, ISender sender, CancellationToken cancellationToken) =>
            {
                var (userId, sessionId) = SessionClaims.Read(principal);
                await sender.Send(command with { UserId = userId, SessionId = sessionId }, cancellationToken);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AuthPolicies.User)
            .WithName("ChangePassword")
            .WithSummary("Changes the caller's password; every other session of the account ends.")
            .WithDescription("A wrong current password is a 400 naming currentPassword and counts toward the sign-in lockout.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
