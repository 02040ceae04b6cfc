using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.Growth;

public sealed class GrowthHandler(AppDbContext db) : ICommandHandler<GrowthCommand, GrowthMetrics>
{
    public async ValueTask<GrowthMetrics> Handle(GrowthCommand command, CancellationToken cancellationToken)
    {
        var context = command.Context;
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

        var metrics = GrowthCalculator.Calculate(inputs, context.Followers);
        db.GrowthResults.Add(new GrowthResult
        {
            RunId = context.RunId,
            InfluencerId = context.InfluencerId,
            CalculatedAt = context.CalculatedAt,
            Followers = metrics.Followers,
            NetNewFollowers1 = metrics.NetNewFollowers1,
            NetNewFollowers7 = metrics.NetNewFollowers7,
            NetNewFollowers30 = metrics.NetNewFollowers30,
            GrowthRate1 = metrics.GrowthRate1,
            GrowthRate7 = metrics.GrowthRate7,
            GrowthRate30 = metrics.GrowthRate30,
            AvgDailyGrowth30 = metrics.AvgDailyGrowth30,
            ChurnRate30 = metrics.ChurnRate30,
            RetentionRate30 = metrics.RetentionRate30,
            ProjectedFollowers30 = metrics.ProjectedFollowers30,
        });
        return metrics;
    }

    private static Task<SnapshotPoint?> LastOnOrBeforeAsync(
        IQueryable<Influencers.AudienceSnapshot> snapshots, DateOnly date, CancellationToken cancellationToken) =>
        snapshots.Where(s => s.Date <= date)
            .OrderByDescending(s => s.Date)
            .Select(s => new SnapshotPoint(s.Date, s.Followers))
            .FirstOrDefaultAsync(cancellationToken);
}
