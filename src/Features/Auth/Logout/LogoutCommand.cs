using Mediator;

namespace AnalisaAI.Api.Features.Auth.Logout;

public sealed record LogoutCommand(string RefreshToken) : ICommand
{
    public override string ToString() => nameof(LogoutCommand);
}
