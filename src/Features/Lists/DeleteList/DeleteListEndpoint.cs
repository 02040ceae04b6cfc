using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Lists.DeleteList;

public sealed class DeleteListEndpoint : IEndpoint<ListsEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new DeleteListCommand(id, AccessTokenClaims.UserId(user)), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("DeleteList")
            .WithSummary("Deletes one of the caller's lists (not its influencers).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
