using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.Logout;

public sealed class LogoutEndpoint : IEndpoint<AuthEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/logout", async (LogoutCommand? command, bool? useCookies, HttpRequest request, HttpResponse response,
                ISender sender, CancellationToken cancellationToken) =>
            {
                var cookies = useCookies == true;
                var token = RefreshTokenCookie.Choose(command?.RefreshToken, request, cookies);
                if (cookies)
                {
                    RefreshTokenCookie.Clear(response);
                }

                // In cookie mode a browser without the cookie has no session left to end.
                if (token is not null || !cookies)
                {
                    await sender.Send(new LogoutCommand(token ?? ""), cancellationToken);
                }

                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Refresh)
            .WithName("Logout")
            .WithSummary("Revokes the refresh token's family. Idempotent.")
            .WithDescription("With useCookies=true the token is read from the cookie when the body has none, and the cookie is cleared.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
