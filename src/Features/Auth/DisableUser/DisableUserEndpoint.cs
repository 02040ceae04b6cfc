using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.DisableUser;

public sealed class DisableUserEndpoint : IEndpoint<UsersEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/disable", async (Guid id, ClaimsPrincipal principal, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new DisableUserCommand(id, AccessTokenClaims.UserId(principal)), cancellationToken)))
            .WithName("DisableUser")
            .WithSummary("Disables an account: it can no longer sign in or refresh, and its sessions end. Not the caller's own.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
