using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Lists.CreateList;

public sealed class CreateListEndpoint : IEndpoint<ListsEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", async (CreateListCommand command, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
            {
                var created = await sender.Send(command with { OwnerId = AccessTokenClaims.UserId(user) }, cancellationToken);
                return TypedResults.Created($"{ListsEndpointGroup.Prefix}/{created.Id}", created);
            })
            .WithName("CreateList")
            .WithSummary("Creates an empty list of the caller's; at most 100 per user.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
