using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>Claims and interest: which influencers the update picks next.</summary>
public sealed partial class MetricsUpdateState
{
    /// <summary>Influencers viewed within this window are "hot": their target age is HotTargetAge.</summary>
    public static readonly TimeSpan HotWindow = TimeSpan.FromHours(24);

    /// <summary>Rounds of pick-then-claim when a concurrent claimer took some of the picked influencers.</summary>
    private const int ClaimRounds = 3;

    /// <summary>
    /// Claims up to <paramref name="count"/> influencers, most in need first: never updated, then the most
    /// overdue (age / target age, the target being HotTargetAge for influencers viewed in the last 24 h and
    /// TargetAge for the rest). Skipped: updated within MinAge, claimed by a run in progress (until the claim
    /// expires), backing off after failures, and with <paramref name="dueOnly"/> (the sweep) not yet overdue.
    /// Each pick is an index seek whatever the catalogue's size; the claim re-checks every condition in one
    /// statement, so concurrent claimers (on any instance) never claim the same influencer.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ClaimAsync(int count, CancellationToken cancellationToken, bool dueOnly = false)
    {
        var claimed = new List<Guid>(count);
        for (var round = 0; round < ClaimRounds && claimed.Count < count; round++)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var picked = await PickAsync(count - claimed.Count, now, dueOnly, cancellationToken);
            if (picked.Count == 0)
            {
                break;
            }

            var won = (await ClaimPickedAsync(picked, now, cancellationToken)).ToHashSet();
            claimed.AddRange(picked.Where(won.Contains));
        }

        return claimed;
    }

    /// <summary>Records that these influencers were viewed at <paramref name="at"/> (one statement for a batch of views).</summary>
    public Task RecordViewsAsync(IReadOnlyCollection<Guid> influencerIds, DateTime at, CancellationToken cancellationToken) =>
        db.Influencers.Where(i => influencerIds.Contains(i.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(i => EF.Property<DateTime?>(i, LastViewedAt), at), cancellationToken);

    private async Task<IReadOnlyList<Guid>> PickAsync(int count, DateTime now, bool dueOnly, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var staleBefore = now - settings.MinAge;
        var hotSince = now - HotWindow;
        var claimable = db.Influencers.AsNoTracking().Where(i =>
            (EF.Property<DateTime?>(i, ClaimedUntil) == null || EF.Property<DateTime?>(i, ClaimedUntil) <= now)
            && (EF.Property<DateTime?>(i, RetryNotBefore) == null || EF.Property<DateTime?>(i, RetryNotBefore) <= now));

        // Never updated: a seek on (UpdatedAt, Id) at NULL.
        var picked = await claimable.Where(i => i.UpdatedAt == null)
            .OrderBy(i => i.Id).Select(i => i.Id).Take(count).ToListAsync(cancellationToken);
        if (picked.Count == count)
        {
            return picked;
        }

        // Hot ones: a range seek on LastViewedAt (only the last day's views); cold ones: a scan of (UpdatedAt, Id)
        // in order that stops after `count` matches. Each list is in order of its own overdue ratio.
        var left = count - picked.Count;
        var hotBefore = Earliest(staleBefore, dueOnly ? now - settings.HotTargetAge : staleBefore);
        var coldBefore = Earliest(staleBefore, dueOnly ? now - settings.TargetAge : staleBefore);
        var hot = await claimable
            .Where(i => i.UpdatedAt != null && i.UpdatedAt <= hotBefore && EF.Property<DateTime?>(i, LastViewedAt) >= hotSince)
            .OrderBy(i => i.UpdatedAt).ThenBy(i => i.Id).Take(left)
            .Select(i => new { i.Id, UpdatedAt = i.UpdatedAt!.Value }).ToListAsync(cancellationToken);
        var cold = await claimable
            .Where(i => i.UpdatedAt != null && i.UpdatedAt <= coldBefore
                && (EF.Property<DateTime?>(i, LastViewedAt) == null || EF.Property<DateTime?>(i, LastViewedAt) < hotSince))
            .OrderBy(i => i.UpdatedAt).ThenBy(i => i.Id).Take(left)
            .Select(i => new { i.Id, UpdatedAt = i.UpdatedAt!.Value }).ToListAsync(cancellationToken);

        picked.AddRange(hot.Select(h => (h.Id, Overdue: (now - h.UpdatedAt) / settings.HotTargetAge))
            .Concat(cold.Select(c => (c.Id, Overdue: (now - c.UpdatedAt) / settings.TargetAge)))
            .OrderByDescending(c => c.Overdue)
            .Take(left)
            .Select(c => c.Id));
        return picked;
    }

    /// <summary>Claims the picked influencers that are still claimable; returns those it claimed.</summary>
    private Task<List<Guid>> ClaimPickedAsync(IReadOnlyList<Guid> picked, DateTime now, CancellationToken cancellationToken)
    {
        var until = now + options.Value.ClaimDuration;
        var staleBefore = now - options.Value.MinAge;
        object[] arguments = [until, now, staleBefore, .. picked.Cast<object>()];
        var ids = string.Join(", ", picked.Select((_, index) => $"{{{index + 3}}}"));

        // One statement per claim: SQLite has one writer at a time, and on SQL Server and PostgreSQL the row
        // locks of the UPDATE make a concurrent claimer wait and then re-check the row, so it skips it.
        var sql = !connection.IsSqlServer
            ? $$"""
                UPDATE "Influencers" SET "ClaimedUntil" = {0}
                WHERE "Id" IN ({{ids}})
                  AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" <= {1})
                  AND ("RetryNotBefore" IS NULL OR "RetryNotBefore" <= {1})
                  AND ("UpdatedAt" IS NULL OR "UpdatedAt" <= {2})
                RETURNING "Id" AS "Value"
                """
            : $$"""
                UPDATE [Influencers] WITH (ROWLOCK) SET [ClaimedUntil] = {0}
                OUTPUT inserted.[Id] AS [Value]
                WHERE [Id] IN ({{ids}})
                  AND ([ClaimedUntil] IS NULL OR [ClaimedUntil] <= {1})
                  AND ([RetryNotBefore] IS NULL OR [RetryNotBefore] <= {1})
                  AND ([UpdatedAt] IS NULL OR [UpdatedAt] <= {2});
                """;
        return db.Database.SqlQuery<Guid>(FormattableStringFactory.Create(sql, arguments)).ToListAsync(cancellationToken);
    }

    private static DateTime Earliest(DateTime a, DateTime b) => a < b ? a : b;
}
