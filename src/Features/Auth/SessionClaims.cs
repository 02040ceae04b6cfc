using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>The caller's account and session (the <c>sid</c> claim: the refresh-token family of the access token).</summary>
public static class SessionClaims
{
    public static (Guid UserId, Guid SessionId) Read(ClaimsPrincipal principal) =>
        AccessTokenClaims.TryRead(principal, out var userId, out var sessionId)
            ? (userId, sessionId)
            : throw new UnauthorizedException("The access token names no session.");
}
