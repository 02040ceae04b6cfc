using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.EndUserSessions;

public sealed class EndUserSessionsEndpoint : IEndpoint<UsersEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapDelete("/{id:guid}/sessions", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new EndUserSessionsCommand(id), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("EndUserSessions")
            .WithSummary("Ends every session of an account (access tokens within 5 s).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
