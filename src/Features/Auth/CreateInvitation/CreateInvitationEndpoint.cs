using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.OpenApi;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.CreateInvitation;

public sealed class CreateInvitationEndpoint : IEndpoint<InvitationsEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", async (CreateInvitationCommand command, ClaimsPrincipal principal, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Created(InvitationsEndpointGroup.Prefix,
                    await sender.Send(command with { AdminId = AccessTokenClaims.UserId(principal) }, cancellationToken)))
            .WithName("CreateInvitation")
            .WithSummary("Invites an email to register with a role. The answer holds the token, shown this once; a newer invitation to the same email replaces a pending one.")
            .WithRequestBodyExample(new CreateInvitationCommand("ana.silva@example.com", Roles.Analyst))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesDescribedProblem(StatusCodes.Status409Conflict, "Conflict: an account with this email already exists.");
}
