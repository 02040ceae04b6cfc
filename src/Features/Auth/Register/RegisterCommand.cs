using AnalisaAI.Api.Infrastructure.Auth;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.Register;

public sealed record RegisterCommand(string Email, string Password, string DisplayName) : IHashesPassword, ICommand<UserResponse>
{
    // The password never reaches a log line, even through ToString.
    public override string ToString() => $"{nameof(RegisterCommand)} {{ Email = {Email} }}";
}
