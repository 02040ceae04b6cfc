using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricUpdates;

/// <summary>
/// Picks the stalest influencers and claims them in one atomic statement, so concurrent logins get
/// disjoint influencers and none is recalculated twice at once. Stale: never updated first, then the
/// oldest updatedAt; skipped: updated within MinAge, claimed by a run in progress (until the claim
/// expires), or backing off after failures.
/// </summary>
public sealed class InfluencerClaims(AppDbContext db, DatabaseConnection connection, TimeProvider time, IOptions<MetricsUpdateOptions> options)
{
    public async Task<IReadOnlyList<Guid>> ClaimStalestAsync(int count, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var until = now.Add(options.Value.ClaimDuration);
        var staleBefore = now.Subtract(options.Value.MinAge);

        // SQLite runs one writer at a time, so the sub-select and the update are one atomic step; on SQL
        // Server UPDLOCK + READPAST make concurrent claimers skip each other's rows instead of sharing them
        // (ROWLOCK keeps the locks on the picked rows, so other claimers still find the rest).
        var claimed = connection.IsPostgreSql
            ? ClaimOnPostgreSql(count, now, until, staleBefore)
            : connection.IsSqlite
            ? db.Database.SqlQuery<Guid>($"""
                UPDATE "Influencers" SET "ClaimedUntil" = {until}
                WHERE "Id" IN (
                    SELECT "Id" FROM "Influencers"
                    WHERE ("ClaimedUntil" IS NULL OR "ClaimedUntil" <= {now})
                      AND ("RetryNotBefore" IS NULL OR "RetryNotBefore" <= {now})
                      AND ("UpdatedAt" IS NULL OR "UpdatedAt" <= {staleBefore})
                    ORDER BY "UpdatedAt" IS NOT NULL, "UpdatedAt", "Id"
                    LIMIT {count})
                RETURNING "Id" AS "Value"
                """)
            : db.Database.SqlQuery<Guid>($"""
                WITH picked AS (
                    SELECT TOP ({count}) [Id], [ClaimedUntil] FROM [Influencers] WITH (UPDLOCK, READPAST, ROWLOCK)
                    WHERE ([ClaimedUntil] IS NULL OR [ClaimedUntil] <= {now})
                      AND ([RetryNotBefore] IS NULL OR [RetryNotBefore] <= {now})
                      AND ([UpdatedAt] IS NULL OR [UpdatedAt] <= {staleBefore})
                    ORDER BY CASE WHEN [UpdatedAt] IS NULL THEN 0 ELSE 1 END, [UpdatedAt], [Id])
                UPDATE picked SET [ClaimedUntil] = {until}
                OUTPUT inserted.[Id] AS [Value];
                """);
        return await claimed.ToListAsync(cancellationToken);
    }

    /// <summary>
    /// FOR UPDATE SKIP LOCKED: concurrent claimers on any instance lock disjoint rows, and a row another
    /// claimer committed meanwhile is re-checked against the WHERE clause on its new version, so it drops out.
    /// </summary>
    private IQueryable<Guid> ClaimOnPostgreSql(int count, DateTime now, DateTime until, DateTime staleBefore) =>
        db.Database.SqlQuery<Guid>($"""
            UPDATE "Influencers" SET "ClaimedUntil" = {until}
            WHERE "Id" IN (
                SELECT "Id" FROM "Influencers"
                WHERE ("ClaimedUntil" IS NULL OR "ClaimedUntil" <= {now})
                  AND ("RetryNotBefore" IS NULL OR "RetryNotBefore" <= {now})
                  AND ("UpdatedAt" IS NULL OR "UpdatedAt" <= {staleBefore})
                ORDER BY "UpdatedAt" IS NOT NULL, "UpdatedAt", "Id"
                LIMIT {count}
                FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """);

    /// <summary>Gives claimed influencers back (work that will not happen now), so the next trigger can pick them.</summary>
    public Task ReleaseAsync(IReadOnlyCollection<Guid> influencerIds, CancellationToken cancellationToken) =>
        db.Influencers.Where(i => influencerIds.Contains(i.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.ClaimedUntil, (DateTime?)null), cancellationToken);
}
