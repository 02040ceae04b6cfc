using System.Security.Claims;

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
}
