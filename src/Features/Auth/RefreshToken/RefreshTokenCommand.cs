using Mediator;

namespace AnalisaAI.Api.Features.Auth.RefreshToken;

public sealed record RefreshTokenCommand(string RefreshToken) : ICommand<TokenPairResponse>
{
    public override string ToString() => nameof(RefreshTokenCommand);
}
