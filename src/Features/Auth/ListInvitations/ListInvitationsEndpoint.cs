using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.ListInvitations;

public sealed class ListInvitationsEndpoint : IEndpoint<InvitationsEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListInvitationsQuery(), cancellationToken)))
            .WithName("ListInvitations")
            .WithSummary("Pending and recent invitations (the last 30 days, newest first, without tokens); revoked ones are left out.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
