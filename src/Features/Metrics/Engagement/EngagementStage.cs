using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.Engagement;

/// <summary>Stage 1: engagement over the window's posts.</summary>
public sealed class EngagementStage(AppDbContext db) : IMetricStage
{
    public string Name => "engagement";

    public async ValueTask<StageResult> CalculateAsync(StageContext context, CancellationToken cancellationToken)
    {
        // One aggregate query: the database sums the window's posts, nothing is loaded row by row.
        var inputs = await db.Posts.AsNoTracking()
            .Where(p => p.InfluencerId == context.InfluencerId && p.PublishedAt > context.WindowStart && p.PublishedAt <= context.CalculatedAt)
            .GroupBy(_ => 1)
            .Select(g => new EngagementInputs(
                g.Count(),
                g.Sum(p => p.Likes),
                g.Sum(p => p.Comments),
                g.Sum(p => p.Shares ?? 0),
                g.Sum(p => p.Saves ?? 0),
                g.Count(p => p.Reach != null),
                g.Sum(p => p.Reach != null ? p.Likes + p.Comments + (p.Shares ?? 0) + (p.Saves ?? 0) : 0),
                g.Sum(p => p.Reach ?? 0)))
            .SingleOrDefaultAsync(cancellationToken)
            ?? new EngagementInputs(0, 0, 0, 0, 0, 0, 0, 0);

        var posts = await WindowPosts.LoadAsync(db, context, cancellationToken);
        var lastPostAt = await WindowPosts.LastPostAtAsync(db, context, cancellationToken);
        var sample = EngagementSampleCalculator.Calculate(
            new EngagementSampleInputs(posts, context.WindowDays, context.CalculatedAt, lastPostAt is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null),
            context.Followers);

        return new EngagementResult
        {
            RunId = context.RunId,
            InfluencerId = context.InfluencerId,
            CalculatedAt = context.CalculatedAt,
            Metrics = EngagementCalculator.Calculate(inputs, context.Followers, sample),
        };
    }
}
