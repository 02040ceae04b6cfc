using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Lists.AddListItems;

public sealed class AddListItemsEndpoint : IEndpoint<ListsEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/items", async (
                Guid id, AddListItemsCommand command, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(command with { Id = id, OwnerId = AccessTokenClaims.UserId(user) }, cancellationToken)))
            .WithName("AddListItems")
            .WithSummary("Adds 1 to 100 influencers at the end of one of the caller's lists; those already in it stay where they are.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
