using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// A session is live while its family exists and none of its tokens is revoked (logout, reuse and
/// <see cref="SessionTerminator"/> revoke the whole family; a deleted account takes its families with it).
/// The answer is kept in memory for at most <see cref="MaxAge"/>, measured on the app's clock, so every
/// instance refuses an ended session's access tokens within 5 s while a busy client costs one query per
/// session every few seconds. An ended session never comes back, so that answer is kept longer.
/// </summary>
public sealed class CachedSessionRevocations(IMemoryCache cache, IServiceScopeFactory scopes, TimeProvider time) : ISessionRevocations
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(4);

    private static readonly TimeSpan EndedAge = TimeSpan.FromMinutes(30);

    private sealed record Checked(bool Revoked, DateTimeOffset At);

    public async ValueTask<bool> IsRevokedAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var key = (nameof(CachedSessionRevocations), sessionId);
        if (cache.TryGetValue(key, out Checked? known) && known is not null && (known.Revoked || now - known.At < MaxAge))
        {
            return known.Revoked;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var states = await db.RefreshTokens.Where(t => t.FamilyId == sessionId)
            .Select(t => t.RevokedAt != null).Distinct().ToListAsync(cancellationToken);
        var revoked = states is not [false];
        cache.Set(key, new Checked(revoked, now), revoked ? EndedAge : MaxAge);
        return revoked;
    }
}
