using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.RefreshToken;

public sealed class RefreshTokenEndpoint : IEndpoint<AuthEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/refresh", async (RefreshTokenCommand command, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(command, cancellationToken)))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Refresh)
            .WithName("RefreshToken")
            .WithSummary("Consumes a refresh token and returns a new token pair.")
            .WithDescription("Presenting an already consumed token revokes its whole family. Also schedules a metrics update of the stalest influencer.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
