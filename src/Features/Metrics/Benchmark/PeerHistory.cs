using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// A peer's result as of T read from the run log, for the rare peer whose two newest results are both after T
/// (or whose entry the migration filled without its earlier results).
/// </summary>
public static class PeerHistory
{
    public static async Task<PeerValues?> AsOfAsync(AppDbContext db, Guid influencerId, DateTime calculatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
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
            ? new PeerValues(runId, at.Value, FollowerTier.Of(r.Growth.Followers), r.Engagement.EngagementRatePublic, r.Growth.GrowthRate30)
            : null;
    }
}
