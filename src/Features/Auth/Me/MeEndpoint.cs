using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.Me;

public sealed class MeEndpoint : IEndpoint<AuthEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/me", async (ClaimsPrincipal principal, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new MeQuery(Guid.Parse(principal.FindFirstValue(AuthClaims.Subject)!)), cancellationToken)))
            .RequireAuthorization(AuthPolicies.User)
            .WithName("Me")
            .WithSummary("The signed-in account.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
