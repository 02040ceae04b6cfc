using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.MetricsUpdate.Interest;
using AnalisaAI.Api.Features.SocialData;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate.Claims;

/// <summary>
/// Which influencers the update picks next, and the only writer of their claim (<see cref="ClaimedUntilColumn"/>,
/// a shadow property of the influencer row): a claimed influencer belongs to one run until the claim is released
/// or expires (<c>MetricsUpdate:ClaimDuration</c>, for a run that crashed).
/// </summary>
public sealed class ClaimStore(
    AppDbContext db, DatabaseConnection connection, TimeProvider time, IOptions<MetricsUpdateOptions> options, IOptions<SocialDataOptions> social)
{
    public const string ClaimedUntilColumn = "ClaimedUntil";

    /// <summary>A comment that opens the claim statement, so that a test (or an operator reading the database's log) can tell it apart.</summary>
    public const string ClaimTag = "metrics-update: claim";

    /// <summary>Rounds of pick-then-claim when a concurrent claimer took some of the picked influencers.</summary>
    private const int ClaimRounds = 3;

    /// <summary>
    /// Claims up to <paramref name="count"/> influencers, most in need first: never updated, then hot ones
    /// (viewed in the last 24 h) due against HotTargetAge, oldest first, while the hot set fits in the source's
    /// budget, then the most overdue (age / target age, HotTargetAge for hot ones, TargetAge for the rest).
    /// Age is data age with a live source, calculation age with <c>Stored</c>. Skipped: updated within MinAge,
    /// claimed by a run in progress (until the claim expires), backing off after failures, and with
    /// <paramref name="dueOnly"/> (the sweep) not due within <see cref="MetricsUpdateOptions.Lead"/>.
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

    /// <summary>Gives claimed influencers back (work that will not happen now), so the next trigger can pick them.</summary>
    public Task ReleaseAsync(IReadOnlyCollection<Guid> influencerIds, CancellationToken cancellationToken) =>
        db.Influencers.Where(i => influencerIds.Contains(i.Id)).ExecuteUpdateAsync(Released, cancellationToken);

    /// <summary>Releases the claim within a statement that a run's end writes anyway.</summary>
    public static void Released(UpdateSettersBuilder<Influencer> set)
    {
        ArgumentNullException.ThrowIfNull(set);
        set.SetProperty(i => EF.Property<DateTime?>(i, ClaimedUntilColumn), (DateTime?)null);
    }

    /// <summary>Releases the claim of a tracked influencer, committed with the run's results.</summary>
    public static void Release(EntityEntry<Influencer> influencer)
    {
        ArgumentNullException.ThrowIfNull(influencer);
        influencer.Property<DateTime?>(ClaimedUntilColumn).CurrentValue = null;
    }

    /// <summary>The influencer's claim and back-off; null when it does not exist.</summary>
    public Task<ClaimState?> GetAsync(Guid influencerId, CancellationToken cancellationToken) =>
        db.Influencers.AsNoTracking()
            .Where(i => i.Id == influencerId)
            .Select(i => new ClaimState(
                EF.Property<DateTime?>(i, ClaimedUntilColumn),
                EF.Property<DateTime?>(i, Backoff.RetryNotBeforeColumn),
                EF.Property<int>(i, Backoff.ConsecutiveFailuresColumn)))
            .SingleOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<Guid>> PickAsync(int count, DateTime now, bool dueOnly, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var live = LiveSource;
        var staleBefore = now - settings.MinAge;
        var hotSince = now - MetricsUpdateOptions.HotWindow;
        var claimable = db.Influencers.AsNoTracking().Where(i =>
            (EF.Property<DateTime?>(i, ClaimedUntilColumn) == null || EF.Property<DateTime?>(i, ClaimedUntilColumn) <= now)
            && (EF.Property<DateTime?>(i, Backoff.RetryNotBeforeColumn) == null || EF.Property<DateTime?>(i, Backoff.RetryNotBeforeColumn) <= now));

        // Never updated: a seek on (UpdatedAt, Id) at NULL; with a live source then never fetched nor ingested, on (DataAsOf, Id).
        var picked = await claimable.Where(i => i.UpdatedAt == null)
            .OrderBy(i => i.Id).Select(i => i.Id).Take(count).ToListAsync(cancellationToken);
        if (live && picked.Count < count)
        {
            picked.AddRange(await claimable.Where(i => i.UpdatedAt != null && i.DataAsOf == null)
                .OrderBy(i => i.Id).Select(i => i.Id).Take(count - picked.Count).ToListAsync(cancellationToken));
        }

        if (picked.Count == count)
        {
            return picked;
        }

        // Hot ones: a range seek on LastViewedAt (only the last day's views); cold ones: a scan of (age column, Id)
        // in order that stops after `count` matches. The sweep takes influencers due within one Lead from now.
        var left = count - picked.Count;
        var hotBefore = Earliest(staleBefore, dueOnly ? now - (settings.HotTargetAge - settings.Lead) : staleBefore);
        var coldBefore = Earliest(staleBefore, dueOnly ? now - (settings.TargetAge - settings.Lead) : staleBefore);
        var hot = await claimable.Where(AsOfAtOrBefore(live, hotBefore))
            .Where(i => EF.Property<DateTime?>(i, ViewRecorder.LastViewedAtColumn) >= hotSince)
            .OrderBy(AsOf(live)).ThenBy(i => i.Id).Take(left)
            .Select(i => new ClaimCandidate(i.Id, live ? i.DataAsOf!.Value : i.UpdatedAt!.Value, true)).ToListAsync(cancellationToken);
        var cold = await claimable.Where(AsOfAtOrBefore(live, coldBefore))
            .Where(i => EF.Property<DateTime?>(i, ViewRecorder.LastViewedAtColumn) == null || EF.Property<DateTime?>(i, ViewRecorder.LastViewedAtColumn) < hotSince)
            .OrderBy(AsOf(live)).ThenBy(i => i.Id).Take(left)
            .Select(i => new ClaimCandidate(i.Id, live ? i.DataAsOf!.Value : i.UpdatedAt!.Value, false)).ToListAsync(cancellationToken);

        var hotFirst = !live || ClaimOrder.HotSetFits(
            await db.Influencers.CountAsync(i => EF.Property<DateTime?>(i, ViewRecorder.LastViewedAtColumn) >= hotSince, cancellationToken),
            settings.HotTargetAge, social.Value.InstagramGraph.CallsPerHour);
        picked.AddRange(ClaimOrder.Order(hot.Concat(cold), now, settings.HotTargetAge, settings.TargetAge, settings.Lead, hotFirst)
            .Where(id => !picked.Contains(id)).Take(left));
        return picked;
    }

    /// <summary>
    /// A live source's influencers are judged on data age (<c>Influencer.DataAsOf</c>): a run on stored data does
    /// not make their data fresher. With the <c>Stored</c> source a run is all there is, so on calculation age.
    /// </summary>
    private bool LiveSource => social.Value.Source != SocialDataSourceKind.Stored;

    private static Expression<Func<Influencer, DateTime?>> AsOf(bool live) =>
        live ? i => i.DataAsOf : i => i.UpdatedAt;

    private static Expression<Func<Influencer, bool>> AsOfAtOrBefore(bool live, DateTime before) =>
        live
            ? i => i.UpdatedAt != null && i.DataAsOf != null && i.DataAsOf <= before
            : i => i.UpdatedAt != null && i.UpdatedAt <= before;

    /// <summary>Claims the picked influencers that are still claimable; returns those it claimed.</summary>
    private Task<List<Guid>> ClaimPickedAsync(IReadOnlyList<Guid> picked, DateTime now, CancellationToken cancellationToken)
    {
        var until = now + options.Value.ClaimDuration;
        var staleBefore = now - options.Value.MinAge;
        object[] arguments = [until, now, staleBefore, .. picked.Cast<object>()];
        var ids = string.Join(", ", picked.Select((_, index) => $"{{{index + 3}}}"));
        var asOf = LiveSource ? nameof(Influencer.DataAsOf) : nameof(Influencer.UpdatedAt);

        // One statement per claim: SQLite has one writer at a time, and on SQL Server and PostgreSQL the row
        // locks of the UPDATE make a concurrent claimer wait and then re-check the row, so it skips it.
        var sql = !connection.IsSqlServer
            ? $$"""
                -- {{ClaimTag}}
                UPDATE "Influencers" SET "ClaimedUntil" = {0}
                WHERE "Id" IN ({{ids}})
                  AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" <= {1})
                  AND ("RetryNotBefore" IS NULL OR "RetryNotBefore" <= {1})
                  AND ("UpdatedAt" IS NULL OR "{{asOf}}" IS NULL OR "{{asOf}}" <= {2})
                RETURNING "Id" AS "Value"
                """
            : $$"""
                -- {{ClaimTag}}
                UPDATE [Influencers] WITH (ROWLOCK) SET [ClaimedUntil] = {0}
                OUTPUT inserted.[Id] AS [Value]
                WHERE [Id] IN ({{ids}})
                  AND ([ClaimedUntil] IS NULL OR [ClaimedUntil] <= {1})
                  AND ([RetryNotBefore] IS NULL OR [RetryNotBefore] <= {1})
                  AND ([UpdatedAt] IS NULL OR [{{asOf}}] IS NULL OR [{{asOf}}] <= {2});
                """;
        return db.Database.SqlQuery<Guid>(FormattableStringFactory.Create(sql, arguments)).ToListAsync(cancellationToken);
    }

    private static DateTime Earliest(DateTime a, DateTime b) => a < b ? a : b;
}
