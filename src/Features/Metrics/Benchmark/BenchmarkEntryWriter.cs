using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// Keeps <see cref="BenchmarkEntry"/> current: when a save adds a run's benchmark result (with its engagement and
/// growth results), the influencer's entry moves to that run in the same SaveChanges, so in the run's own
/// transaction, on every provider and whatever instance commits. An older result (by calculatedAt, then runId)
/// never replaces a newer one.
/// </summary>
public sealed class BenchmarkEntryWriter : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            await WriteAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
        {
            WriteAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private static async Task WriteAsync(DbContext db, CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries<StageResult>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToArray();
        foreach (var benchmark in added.OfType<BenchmarkResult>())
        {
            var engagement = added.OfType<StageResult<EngagementMetrics>>().SingleOrDefault(r => r.RunId == benchmark.RunId);
            var growth = added.OfType<StageResult<GrowthMetrics>>().SingleOrDefault(r => r.RunId == benchmark.RunId);
            if (growth is null)
            {
                continue;
            }

            var platform = db.ChangeTracker.Entries<Influencer>().FirstOrDefault(e => e.Entity.Id == benchmark.InfluencerId)?.Entity.Platform
                ?? await db.Set<Influencer>().Where(i => i.Id == benchmark.InfluencerId).Select(i => i.Platform).SingleAsync(cancellationToken);
            var entry = await db.Set<BenchmarkEntry>().FindAsync([benchmark.InfluencerId], cancellationToken);
            if (entry is null)
            {
                entry = new BenchmarkEntry { InfluencerId = benchmark.InfluencerId, Platform = PlatformName.Of(platform) };
                db.Add(entry);
            }
            else if (!PeerSelection.IsNewer(benchmark.CalculatedAt, benchmark.RunId.ToString(), entry.CalculatedAt, entry.RunId.ToString()))
            {
                continue;
            }

            entry.RunId = benchmark.RunId;
            entry.CalculatedAt = benchmark.CalculatedAt;
            entry.Platform = PlatformName.Of(platform);
            entry.Tier = FollowerTier.Of(growth.Metrics.Followers);
            entry.EngagementRatePublic = engagement?.Metrics.EngagementRatePublic;
            entry.GrowthRate30 = growth.Metrics.GrowthRate30;
        }
    }
}
