using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.Auth.ListSessions;

/// <summary>
/// A live session has exactly one usable link: neither consumed nor revoked, not past the family's expiry and
/// created (the session's last use) within the idle allowance. That link gives the last use, client and expiry;
/// the family's first link gives when it began.
/// </summary>
public sealed class ListSessionsHandler(AppDbContext db, IOptions<JwtOptions> jwt, TimeProvider time)
    : IQueryHandler<ListSessionsQuery, ListSessionsResponse>
{
    public async ValueTask<ListSessionsResponse> Handle(ListSessionsQuery query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var idle = TimeSpan.FromDays(jwt.Value.RefreshIdleDays);
        var usedSince = now - idle;
        var live = await db.RefreshTokens.AsNoTracking()
            .Where(t => t.UserId == query.UserId && t.ConsumedAt == null && t.RevokedAt == null && t.ExpiresAt > now && t.CreatedAt > usedSince)
            .Select(t => new { t.FamilyId, t.CreatedAt, t.ExpiresAt, t.UserAgent, t.ClientAddress })
            .ToListAsync(cancellationToken);
        var familyIds = live.Select(t => t.FamilyId).Distinct().ToList();
        var began = await db.RefreshTokens.AsNoTracking()
            .Where(t => familyIds.Contains(t.FamilyId))
            .GroupBy(t => t.FamilyId)
            .Select(g => new { FamilyId = g.Key, CreatedAt = g.Min(t => t.CreatedAt) })
            .ToDictionaryAsync(g => g.FamilyId, g => g.CreatedAt, cancellationToken);

        var items = live
            .GroupBy(t => t.FamilyId)
            .Select(g => g.MaxBy(t => t.CreatedAt)!)
            .Select(t => new SessionResponse(
                t.FamilyId,
                t.FamilyId == query.CurrentSessionId,
                t.UserAgent,
                t.ClientAddress,
                began.GetValueOrDefault(t.FamilyId, t.CreatedAt),
                t.CreatedAt,
                t.ExpiresAt < t.CreatedAt + idle ? t.ExpiresAt : t.CreatedAt + idle))
            .OrderByDescending(s => s.LastUsedAt)
            .ThenBy(s => s.Id)
            .ToList();
        return new ListSessionsResponse(items);
    }
}
