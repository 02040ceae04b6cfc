using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics;

/// <summary>Reads stored runs back as <see cref="MetricsResponse"/>: one query per stage table, whatever the number of runs.</summary>
public static class MetricsReader
{
    public static async Task<IReadOnlyDictionary<Guid, MetricsResponse>> LoadRunsAsync(
        AppDbContext db, IReadOnlyCollection<Guid> runIds, CancellationToken cancellationToken)
    {
        if (runIds.Count == 0)
        {
            return new Dictionary<Guid, MetricsResponse>();
        }

        var engagement = await db.EngagementResults.AsNoTracking().Where(r => runIds.Contains(r.RunId)).ToDictionaryAsync(r => r.RunId, cancellationToken);
        var reach = await db.ReachResults.AsNoTracking().Where(r => runIds.Contains(r.RunId)).ToDictionaryAsync(r => r.RunId, cancellationToken);
        var growth = await db.GrowthResults.AsNoTracking().Where(r => runIds.Contains(r.RunId)).ToDictionaryAsync(r => r.RunId, cancellationToken);
        var relevance = await db.RelevanceResults.AsNoTracking().Where(r => runIds.Contains(r.RunId)).ToDictionaryAsync(r => r.RunId, cancellationToken);

        // A run's four results are committed together, so a run has all of them or none.
        return relevance.Values.ToDictionary(r => r.RunId, r => new MetricsResponse(
            r.RunId,
            r.CalculatedAt,
            ToMetrics(engagement[r.RunId]),
            ToMetrics(reach[r.RunId]),
            ToMetrics(growth[r.RunId]),
            ToScore(r)));
    }

    /// <summary>The current metrics of each influencer that has had a successful run.</summary>
    public static async Task<IReadOnlyDictionary<Guid, MetricsResponse>> LoadLatestAsync(
        AppDbContext db, IReadOnlyCollection<Guid> influencerIds, CancellationToken cancellationToken)
    {
        var latest = await db.Influencers.AsNoTracking()
            .Where(i => influencerIds.Contains(i.Id) && i.LatestRunId != null)
            .Select(i => new { i.Id, RunId = i.LatestRunId!.Value })
            .ToListAsync(cancellationToken);
        var runs = await LoadRunsAsync(db, latest.Select(l => l.RunId).ToArray(), cancellationToken);
        return latest.Where(l => runs.ContainsKey(l.RunId)).ToDictionary(l => l.Id, l => runs[l.RunId]);
    }

    private static EngagementMetrics ToMetrics(EngagementResult r) => new(
        r.PostsAnalyzed, r.TotalLikes, r.TotalComments, r.TotalShares, r.TotalSaves,
        r.AvgLikes, r.AvgComments, r.AvgShares, r.AvgSaves, r.AvgInteractions, r.EngagementRate, r.EngagementRateByReach);

    private static ReachMetrics ToMetrics(ReachResult r) => new(
        r.AvgReach, r.AvgImpressions, r.ReachRate, r.StoriesCount, r.AvgStoryViews, r.StoryExitRate, r.StoryCompletionRate, r.ProfileViews);

    private static GrowthMetrics ToMetrics(GrowthResult r) => new(
        r.Followers, r.NetNewFollowers1, r.NetNewFollowers7, r.NetNewFollowers30, r.GrowthRate1, r.GrowthRate7, r.GrowthRate30,
        r.AvgDailyGrowth30, r.ChurnRate30, r.RetentionRate30, r.ProjectedFollowers30);

    private static RelevanceScore ToScore(RelevanceResult r) => new(
        r.Overall, r.EngagementScore, r.ReachScore, r.GrowthScore, r.ConsistencyScore, r.AudienceQualityScore,
        r.EstimatedComponents.Length == 0 ? [] : r.EstimatedComponents.Split(','));
}
