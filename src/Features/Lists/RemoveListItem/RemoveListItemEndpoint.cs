using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Lists.RemoveListItem;

public sealed class RemoveListItemEndpoint : IEndpoint<ListsEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapDelete("/{id:guid}/items/{influencerId:guid}", async (
                Guid id, Guid influencerId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new RemoveListItemCommand(id, influencerId, AccessTokenClaims.UserId(user)), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("RemoveListItem")
            .WithSummary("Takes an influencer out of one of the caller's lists.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
