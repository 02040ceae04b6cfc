using System.Runtime.CompilerServices;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// Keeps <see cref="BenchmarkEntry"/> current: when a save adds a run's benchmark result (with its engagement and
/// growth results), the influencer's entry takes it in the same transaction, on every provider and whatever
/// instance commits. The save gets a transaction of its own when it has none, so the feed's number is taken
/// first and committed with the entry. A result newer than the entry's (by calculatedAt, then runId) becomes the
/// newest and the newest becomes the previous; an older one can only become the previous. A save that adds a
/// benchmark result runs under <see cref="TransientFailureRetries.OnceAsync"/> (the run's commit does): the execution
/// strategy refuses a transaction begun outside a unit of its own, and this save cannot be re-run in place.
/// </summary>
public sealed class BenchmarkEntryWriter : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> started = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && AddedBenchmarks(db).Length > 0)
        {
            if (db.Database.CurrentTransaction is null)
            {
                started.AddOrUpdate(db, await db.Database.BeginTransactionAsync(cancellationToken));
            }

            try
            {
                await WriteAsync(db, cancellationToken);
            }
            catch
            {
                await RollBackAsync(db);
                throw;
            }
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && started.TryGetValue(db, out var transaction))
        {
            started.Remove(db);
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return result;
    }

    // A concurrent change, or a cancellation, ends the save without SaveChangesFailed: roll back there too, so the run
    // computing again starts a transaction of its own instead of finding this one open.
    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            await RollBackAsync(db);
        }

        return result;
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result) =>
        ThrowingConcurrencyExceptionAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            await RollBackAsync(db);
        }
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        SaveChangesCanceledAsync(eventData).GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            await RollBackAsync(db);
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    private async Task RollBackAsync(DbContext db)
    {
        if (started.TryGetValue(db, out var transaction))
        {
            started.Remove(db);
            await transaction.DisposeAsync(); // an uncommitted transaction rolls back as it goes
        }
    }

    private static BenchmarkResult[] AddedBenchmarks(DbContext db) =>
        [.. db.ChangeTracker.Entries<BenchmarkResult>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];

    private static async Task WriteAsync(DbContext db, CancellationToken cancellationToken)
    {
        // First, before any row the save locks: numbers are then taken and committed in one order everywhere.
        var sequence = await BenchmarkFeed.NextAsync(db, cancellationToken);
        var added = db.ChangeTracker.Entries<StageResult>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToArray();
        foreach (var benchmark in AddedBenchmarks(db))
        {
            var growth = added.OfType<StageResult<GrowthMetrics>>().SingleOrDefault(r => r.RunId == benchmark.RunId);
            if (growth is null)
            {
                continue;
            }

            var engagement = added.OfType<StageResult<EngagementMetrics>>().SingleOrDefault(r => r.RunId == benchmark.RunId);
            var platform = db.ChangeTracker.Entries<Influencer>().FirstOrDefault(e => e.Entity.Id == benchmark.InfluencerId)?.Entity.Platform
                ?? await db.Set<Influencer>().Where(i => i.Id == benchmark.InfluencerId).Select(i => i.Platform).SingleAsync(cancellationToken);
            var result = new PeerValues(
                benchmark.RunId, benchmark.CalculatedAt, FollowerTier.Of(growth.Metrics.Followers), engagement?.Metrics.EngagementRatePublic, growth.Metrics.GrowthRate30);
            var entry = await db.Set<BenchmarkEntry>().FindAsync([benchmark.InfluencerId], cancellationToken);
            if (entry is null)
            {
                entry = new BenchmarkEntry { InfluencerId = benchmark.InfluencerId, Platform = PlatformName.Of(platform), PreviousKnown = true };
                result.WriteCurrent(entry);
                db.Add(entry);
            }
            else if (result.IsNewerThan(entry.CalculatedAt, entry.RunId))
            {
                PeerValues.Current(entry).WritePrevious(entry);
                result.WriteCurrent(entry);
                entry.PreviousKnown = true;
            }
            else if (entry.PreviousCalculatedAt is not { } previousAt || result.IsNewerThan(previousAt, entry.PreviousRunId!.Value))
            {
                result.WritePrevious(entry);
            }
            else
            {
                continue;
            }

            entry.Platform = PlatformName.Of(platform);
            entry.Sequence = sequence;
        }
    }
}
