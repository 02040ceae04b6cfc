using AnalisaAI.Api.Infrastructure.OpenApi;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.Login;

public sealed class LoginEndpoint : IEndpoint<AuthEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/login", async (LoginCommand command, bool? useCookies, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
                RefreshTokenCookie.Deliver(response, await sender.Send(command, cancellationToken), useCookies == true))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Login)
            .WithName("Login")
            .WithSummary("Exchanges email and password for an access token and a refresh token.")
            .WithDescription("Also starts the automatic metrics update of the stalest influencers; the response never waits for it. "
                + "With useCookies=true the refresh token is set in an HttpOnly cookie instead of the body.")
            // The demo analyst (README); the password is a placeholder, never a real one.
            .WithRequestBodyExample(new LoginCommand("analyst@analisaai.demo", "your-password"))
            .Produces<TokenPairResponse>()
            .ProducesValidationProblem()
            .ProducesDescribedProblem(StatusCodes.Status401Unauthorized,
                "Unauthorized: the email or password is wrong, or the account is locked after failed sign-ins or disabled; "
                + "one answer for all of these, so it does not tell which.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
