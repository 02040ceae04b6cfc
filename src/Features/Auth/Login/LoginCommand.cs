using AnalisaAI.Api.Infrastructure.Auth;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.Login;

public sealed record LoginCommand(string Email, string Password) : IHashesPassword, ICommand<TokenPairResponse>
{
    // The password never reaches a log line, even through ToString.
    public override string ToString() => $"{nameof(LoginCommand)} {{ Email = {Email} }}";
}
