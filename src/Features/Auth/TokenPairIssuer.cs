using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Persistence;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// Issues an access token and the next refresh token of a family. The refresh token is added to the
/// unit of work; the caller saves it together with whatever else its transaction holds. Each link records the
/// client asking for it (the address as seen after trusted proxies), so a session shows where it was last used.
/// </summary>
public sealed class TokenPairIssuer(AppDbContext db, AccessTokenFactory accessTokens, IHttpContextAccessor http, TimeProvider time)
{
    public TokenPairResponse Issue(User user, Guid familyId, DateTime familyExpiresAt)
    {
        var access = accessTokens.Create(user.Id, familyId, user.Email, user.DisplayName, user.Role);
        var refresh = RefreshTokenSecret.Generate();
        db.RefreshTokens.Add(new StoredRefreshToken
        {
            Id = Guid.CreateVersion7(),
            UserId = user.Id,
            FamilyId = familyId,
            TokenHash = RefreshTokenSecret.Hash(refresh),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            ExpiresAt = familyExpiresAt,
            UserAgent = Truncate(http.HttpContext?.Request.Headers.UserAgent.ToString(), StoredRefreshToken.UserAgentMaxLength),
            ClientAddress = Truncate(http.HttpContext?.Connection.RemoteIpAddress?.ToString(), StoredRefreshToken.ClientAddressMaxLength),
        });
        return new TokenPairResponse(access.Token, TokenPairResponse.Bearer, access.ExpiresInSeconds, refresh, familyExpiresAt);
    }

    private static string? Truncate(string? value, int maxLength) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= maxLength ? value : value[..maxLength];
}
