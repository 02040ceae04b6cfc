using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.Register;

public sealed class RegisterEndpoint : IEndpoint<AuthEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/register", async (RegisterCommand command, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Created("/api/auth/me", await sender.Send(command, cancellationToken)))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Login)
            .WithName("Register")
            .WithSummary("Creates an analyst account.")
            // The password is a placeholder (12 characters or more, like a real one must be), never a real one.
            .WithRequestBodyExample(new RegisterCommand("ana.silva@example.com", "your-password", "Ana Silva"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
