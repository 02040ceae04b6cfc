using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Lists.RenameList;

public sealed class RenameListEndpoint : IEndpoint<ListsEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}", async (Guid id, RenameListCommand command, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(command with { Id = id, OwnerId = AccessTokenClaims.UserId(user) }, cancellationToken)))
            .WithName("RenameList")
            .WithSummary("Renames one of the caller's lists.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
