using AnalisaAI.Api.Infrastructure.OpenApi;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.RefreshToken;

public sealed class RefreshTokenEndpoint : IEndpoint<AuthEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/refresh", async (RefreshTokenCommand? command, bool? useCookies, HttpRequest request, HttpResponse response,
                ISender sender, CancellationToken cancellationToken) =>
            {
                var cookies = useCookies == true;
                var token = RefreshTokenCookie.Choose(command?.RefreshToken, request, cookies);
                if (token is null && cookies)
                {
                    throw new UnauthorizedException("No refresh token: sign in again.");
                }

                var pair = await sender.Send(new RefreshTokenCommand(token ?? ""), cancellationToken);
                return RefreshTokenCookie.Deliver(response, pair, cookies);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Refresh)
            .WithName("RefreshToken")
            .WithSummary("Consumes a refresh token and returns a new token pair.")
            .WithDescription("Presenting an already consumed token revokes its whole family. Also schedules a metrics update of the stalest influencer. "
                + "With useCookies=true the token is read from the cookie when the body has none, and its successor is set there.")
            .Produces<TokenPairResponse>()
            .ProducesValidationProblem()
            .ProducesDescribedProblem(StatusCodes.Status401Unauthorized,
                "Unauthorized: the refresh token is unknown, expired (its session's lifetime, or the idle limit, is over), revoked "
                + "(signed out, session ended, account disabled) or already used (used again after its 10-second double-submit "
                + "window, it also revokes its whole session); or, with useCookies=true, there is no token in the body or the cookie.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
