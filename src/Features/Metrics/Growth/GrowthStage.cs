using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.Growth;

/// <summary>Stage 3: follower growth from the daily audience snapshots.</summary>
public sealed class GrowthStage(AppDbContext db) : IMetricStage
{
    public string Name => "growth";

    public async ValueTask<StageResult> CalculateAsync(StageContext context, CancellationToken cancellationToken)
    {
        var snapshots = db.AudienceSnapshots.AsNoTracking().Where(s => s.InfluencerId == context.InfluencerId);

        // Each point is one indexed seek on (influencer, date); only R is aggregated.
        var latest = await LastOnOrBeforeAsync(snapshots, context.CalculationDate, cancellationToken);
        GrowthInputs inputs;
        if (latest is null)
        {
            inputs = new GrowthInputs(null, null, null, null, 0, 0, 0);
        }
        else
        {
            var recentFrom = latest.Date.AddDays(-30);
            var recent = await snapshots.Where(s => s.Date > recentFrom && s.Date <= latest.Date)
                .GroupBy(_ => 1)
                .Select(g => new { Count = g.Count(), WithLost = g.Count(s => s.Lost != null), LostSum = g.Sum(s => s.Lost ?? 0) })
                .SingleAsync(cancellationToken);
            inputs = new GrowthInputs(
                latest,
                await LastOnOrBeforeAsync(snapshots, latest.Date.AddDays(-1), cancellationToken),
                await LastOnOrBeforeAsync(snapshots, latest.Date.AddDays(-7), cancellationToken),
                await LastOnOrBeforeAsync(snapshots, latest.Date.AddDays(-30), cancellationToken),
                recent.Count,
                recent.WithLost,
                recent.LostSum);
        }

        return new GrowthResult
        {
            RunId = context.RunId,
            InfluencerId = context.InfluencerId,
            CalculatedAt = context.CalculatedAt,
            Metrics = GrowthCalculator.Calculate(inputs, context.Followers),
        };
    }

    private static Task<SnapshotPoint?> LastOnOrBeforeAsync(
        IQueryable<Influencers.AudienceSnapshot> snapshots, DateOnly date, CancellationToken cancellationToken) =>
        snapshots.Where(s => s.Date <= date)
            .OrderByDescending(s => s.Date)
            .Select(s => new SnapshotPoint(s.Date, s.Followers))
            .FirstOrDefaultAsync(cancellationToken);
}
