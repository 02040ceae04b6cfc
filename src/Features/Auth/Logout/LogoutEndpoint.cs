using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.Logout;

public sealed class LogoutEndpoint : IEndpoint<AuthEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/logout", async (LogoutCommand command, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(command, cancellationToken);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Refresh)
            .WithName("Logout")
            .WithSummary("Revokes the refresh token's family. Idempotent.")
            .ProducesValidationProblem();
}
