using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.Api.Infrastructure.Auth;

/// <summary>The claims every endpoint relies on; a validly signed token without them is still refused.</summary>
public static class AccessTokenClaims
{
    public static bool TryRead(ClaimsPrincipal principal, out Guid userId, out Guid sessionId)
    {
        sessionId = Guid.Empty;
        return Guid.TryParse(principal.FindFirst(AuthClaims.Subject)?.Value, out userId) && userId != Guid.Empty
            && Guid.TryParse(principal.FindFirst(AuthClaims.Session)?.Value, out sessionId) && sessionId != Guid.Empty;
    }

    /// <summary>The signed-in user's id, behind an authorization policy (whose token check has refused a token without it).</summary>
    public static Guid UserId(ClaimsPrincipal principal) =>
        TryRead(principal, out var userId, out _) ? userId : throw new UnauthorizedException("The access token names no user.");
}
