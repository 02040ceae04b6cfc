using AnalisaAI.Api.Infrastructure.OpenApi;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.Logout;

public sealed record LogoutCommand(
    [property: OptionalInBody(RefreshTokenCookie.BodyMayLeaveOut)] string RefreshToken) : ICommand
{
    public override string ToString() => nameof(LogoutCommand);
}
