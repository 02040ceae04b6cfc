using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>Stage 6: the six flags and the data confidence, from the window's posts, the daily snapshots and this run's engagement and benchmark.</summary>
public sealed class SignalsStage(AppDbContext db, WindowPosts window) : IMetricStage
{
    // The tested days reach back 29 days from latest, and their baselines 14 more: 44 days before latest.
    private const int SnapshotDaysRead = 44;

    public string Name => "signals";

    public async ValueTask<StageResult> CalculateAsync(StageContext context, CancellationToken cancellationToken)
    {
        var posts = (await window.LoadAsync(context, cancellationToken)).Select(p => p.Sample).ToArray();
        var snapshots = await LoadSnapshotsAsync(context, cancellationToken);
        var engagement = context.Metrics<EngagementMetrics>();
        var benchmark = context.Results.OfType<StageResult<BenchmarkMetrics>>().SingleOrDefault()?.Metrics;

        return new SignalsResult
        {
            RunId = context.RunId,
            InfluencerId = context.InfluencerId,
            CalculatedAt = context.CalculatedAt,
            Metrics = SignalsCalculator.Calculate(new SignalsInputs(
                context.Followers,
                context.Following,
                context.CalculationDate,
                posts,
                snapshots,
                engagement.EngagementRatePublic,
                benchmark?.ErTierMedian,
                benchmark?.ErPercentile)),
        };
    }

    /// <summary>
    /// The snapshots from latest.date - 44 days through latest (the last on or before T's date): every day the rules
    /// look at, and no other. One query: those 45 days hold at most the 45 newest snapshots.
    /// </summary>
    private async Task<IReadOnlyList<DailyFollowers>> LoadSnapshotsAsync(StageContext context, CancellationToken cancellationToken)
    {
        var day = context.CalculationDate;
        var newest = await db.AudienceSnapshots.AsNoTracking()
            .Where(s => s.InfluencerId == context.InfluencerId && s.Date <= day)
            .OrderByDescending(s => s.Date)
            .Take(SnapshotDaysRead + 1)
            .Select(s => new DailyFollowers(s.Date, s.Followers))
            .ToListAsync(cancellationToken);
        if (newest.Count == 0)
        {
            return [];
        }

        var from = newest[0].Date.AddDays(-SnapshotDaysRead);
        return [.. newest.Where(s => s.Date >= from)];
    }
}
