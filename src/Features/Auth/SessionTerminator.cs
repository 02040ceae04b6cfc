using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// Ends sessions by revoking every link of their families, as logout does; <see cref="CachedSessionRevocations"/>
/// then refuses their access tokens within 5 s.
/// </summary>
public sealed class SessionTerminator(AppDbContext db, TimeProvider time)
{
    /// <summary>Ends one of the user's sessions. False when the user has no such session left to end.</summary>
    public async Task<bool> EndAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.RefreshTokens.Where(t => t.UserId == userId && t.FamilyId == sessionId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken) > 0;
    }

    /// <summary>Ends every session of the user but <paramref name="keep"/> when one is given.</summary>
    public Task<int> EndAllAsync(Guid userId, Guid? keep, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var links = db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null);
        if (keep is { } kept)
        {
            links = links.Where(t => t.FamilyId != kept);
        }

        return links.ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
    }
}
