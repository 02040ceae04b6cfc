using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Persistence;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// Issues an access token and the next refresh token of a family. The refresh token is added to the
/// unit of work; the caller saves it together with whatever else its transaction holds.
/// </summary>
public sealed class TokenPairIssuer(AppDbContext db, AccessTokenFactory accessTokens, TimeProvider time)
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
        });
        return new TokenPairResponse(access.Token, "Bearer", access.ExpiresInSeconds, refresh, familyExpiresAt);
    }
}
