using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// Reads the peers of one (platform, tier) from <see cref="BenchmarkEntry"/> with index reads only: counts and an
/// ordered slice on (platform, tier, value), never the catalogue. An entry after T (a concurrent run, another
/// node's clock) is replaced by that peer's result as of T, read from the run log and the stage tables.
/// </summary>
public sealed class PeerValueReader(AppDbContext db)
{
    public const string EngagementRatePublic = nameof(BenchmarkEntry.EngagementRatePublic);
    public const string GrowthRate30 = nameof(BenchmarkEntry.GrowthRate30);

    /// <summary>The other influencers of the platform whose current entry is after T, at their result as of T.</summary>
    public async Task<IReadOnlyList<PeerResult>> ReplacedPeersAsync(string platform, Guid self, DateTime calculatedAt, CancellationToken cancellationToken)
    {
        var later = await db.Set<BenchmarkEntry>().AsNoTracking()
            .Where(e => e.Platform == platform && e.CalculatedAt > calculatedAt && e.InfluencerId != self)
            .Select(e => e.InfluencerId)
            .ToListAsync(cancellationToken);
        var replaced = new List<PeerResult>();
        foreach (var influencerId in later)
        {
            if (await AsOfAsync(influencerId, platform, calculatedAt, cancellationToken) is { } result)
            {
                replaced.Add(result);
            }
        }

        return replaced;
    }

    /// <summary>Count, percentile and median of one metric among the peers of (platform, tier).</summary>
    public async Task<PeerRank> RankAsync(
        string column, string platform, string tier, Guid self, DateTime calculatedAt, double? x, IReadOnlyList<double> added, CancellationToken cancellationToken)
    {
        var stored = db.Set<BenchmarkEntry>().AsNoTracking()
            .Where(e => e.Platform == platform && e.Tier == tier && EF.Property<double?>(e, column) != null
                        && e.CalculatedAt <= calculatedAt && e.InfluencerId != self)
            .Select(e => EF.Property<double?>(e, column)!.Value);
        var storedCount = await stored.CountAsync(cancellationToken);
        var total = storedCount + added.Count;
        if (total < BenchmarkCalculator.MinPeers)
        {
            return new PeerRank(total, null, null);
        }

        double? percentile = null;
        if (x is { } value)
        {
            var margin = PeerRanking.Margin(value);
            var (lo, hi) = (value - margin, value + margin);
            var below = await stored.CountAsync(v => v < lo, cancellationToken);
            var band = await stored.Where(v => v >= lo && v <= hi).ToListAsync(cancellationToken);
            percentile = PeerRanking.Percentile(value, total, below, band, added);
        }

        var (offset, length) = PeerRanking.MedianSlice(total, added.Count);
        var slice = await stored.OrderBy(v => v).Skip(offset).Take(length).ToListAsync(cancellationToken);
        var median = PeerRanking.MedianFromSlice(slice, offset, offset + slice.Count >= storedCount, added, total);
        return new PeerRank(total, percentile, median);
    }

    private async Task<PeerResult?> AsOfAsync(Guid influencerId, string platform, DateTime calculatedAt, CancellationToken cancellationToken)
    {
        var runs = db.MetricRuns.AsNoTracking()
            .Where(r => r.InfluencerId == influencerId && r.Status == RunStatus.Succeeded && r.CalculatedAt <= calculatedAt);
        var at = await runs.MaxAsync(r => r.CalculatedAt, cancellationToken);
        if (at is null)
        {
            return null;
        }

        var runIds = await runs.Where(r => r.CalculatedAt == at).Select(r => r.Id).ToListAsync(cancellationToken);
        var runId = runIds.MaxBy(id => id.ToString(), StringComparer.Ordinal);
        var results = await MetricsReader.LoadRunsAsync(db, [runId], cancellationToken);
        return results.TryGetValue(runId, out var r)
            ? new PeerResult(influencerId.ToString(), runId.ToString(), at.Value, platform, r.Growth.Followers, r.Engagement.EngagementRatePublic, r.Growth.GrowthRate30)
            : null;
    }
}
