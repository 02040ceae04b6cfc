using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.EnableUser;

public sealed class EnableUserEndpoint : IEndpoint<UsersEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/enable", async (Guid id, ClaimsPrincipal principal, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new EnableUserCommand(id, AccessTokenClaims.UserId(principal)), cancellationToken)))
            .WithName("EnableUser")
            .WithSummary("Enables a disabled account: it can sign in again.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
