using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.Login;

public sealed class LoginEndpoint : IEndpoint<AuthEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/login", async (LoginCommand command, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(command, cancellationToken)))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Login)
            .WithName("Login")
            .WithSummary("Exchanges email and password for an access token and a refresh token.")
            .WithDescription("Also starts the automatic metrics update of the stalest influencers; the response never waits for it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
