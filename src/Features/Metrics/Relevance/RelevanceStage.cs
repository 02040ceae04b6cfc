using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.Metrics.Relevance;

/// <summary>Stage 4: the relevance score from the same run's engagement, reach and growth, so it runs after them.</summary>
public sealed class RelevanceStage(AppDbContext db, IOptions<MetricsOptions> options) : IMetricStage
{
    public string Name => "relevance";

    public async ValueTask<StageResult> CalculateAsync(StageContext context, CancellationToken cancellationToken)
    {
        // Consistency needs the gaps between posts, so only the window's timestamps are read.
        var postTimes = await db.Posts.AsNoTracking()
            .Where(p => p.InfluencerId == context.InfluencerId && p.PublishedAt > context.WindowStart && p.PublishedAt <= context.CalculatedAt)
            .Select(p => p.PublishedAt)
            .ToListAsync(cancellationToken);

        return new RelevanceResult
        {
            RunId = context.RunId,
            InfluencerId = context.InfluencerId,
            CalculatedAt = context.CalculatedAt,
            Metrics = RelevanceCalculator.Calculate(new RelevanceInputs(
                context.Platform.ToString().ToLowerInvariant(),
                context.Followers,
                context.Following,
                context.Metrics<EngagementMetrics>(),
                context.Metrics<ReachMetrics>(),
                context.Metrics<GrowthMetrics>(),
                postTimes.ConvertAll(t => new DateTimeOffset(t, TimeSpan.Zero)),
                options.Value.Relevance.Weights.ToWeights())),
        };
    }
}
