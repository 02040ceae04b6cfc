using AnalisaAI.Api.Infrastructure.OpenApi;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.Auth.Register;

public sealed class RegisterEndpoint : IEndpoint<AuthEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/register", async (RegisterCommand command, IOptions<RegistrationOptions> registration, ISender sender, CancellationToken cancellationToken) =>
            {
                // Checked before the command is sent (the handler checks too), so a closed registration is 403
                // whatever the body holds instead of a validation error first.
                if (registration.Value.Policy == RegistrationPolicy.Closed)
                {
                    throw new ForbiddenException(RegisterHandler.ClosedMessage);
                }

                return TypedResults.Created("/api/auth/me", await sender.Send(command, cancellationToken));
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Login)
            .WithName("Register")
            .WithSummary("Creates an account: an analyst, or with invitationToken the invitation's email and role. Auth:Registration decides whether an invitation is required (InviteOnly) or registration is closed (403).")
            // The password is a placeholder (12 characters or more, like a real one must be), never a real one.
            // The example is an open registration's body; with an invitation add invitationToken (email may then be left out).
            .WithRequestBodyExample(new { email = "ana.silva@example.com", password = "your-password", displayName = "Ana Silva" })
            .ProducesValidationProblem()
            .ProducesDescribedProblem(StatusCodes.Status403Forbidden, "Forbidden: registration is closed on this server (Auth:Registration is Closed).")
            .ProducesDescribedProblem(StatusCodes.Status409Conflict, "Conflict: an account with this email already exists.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
