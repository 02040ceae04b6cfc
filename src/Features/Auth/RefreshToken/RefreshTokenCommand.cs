using AnalisaAI.Api.Infrastructure.OpenApi;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.RefreshToken;

public sealed record RefreshTokenCommand(
    [property: OptionalInBody(RefreshTokenCookie.BodyMayLeaveOut)] string RefreshToken) : ICommand<TokenPairResponse>
{
    public override string ToString() => nameof(RefreshTokenCommand);
}
