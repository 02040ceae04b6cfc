using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Lists.GetLists;

public sealed class GetListsEndpoint : IEndpoint<ListsEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetListsQuery(AccessTokenClaims.UserId(user)), cancellationToken)))
            .WithName("GetLists")
            .WithSummary("The caller's saved lists, newest first.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
