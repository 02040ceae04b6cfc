using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.Engagement;

public sealed class EngagementHandler(AppDbContext db) : ICommandHandler<EngagementCommand, EngagementMetrics>
{
    public async ValueTask<EngagementMetrics> Handle(EngagementCommand command, CancellationToken cancellationToken)
    {
        var context = command.Context;

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

        var metrics = EngagementCalculator.Calculate(inputs, context.Followers);
        db.EngagementResults.Add(new EngagementResult
        {
            RunId = context.RunId,
            InfluencerId = context.InfluencerId,
            CalculatedAt = context.CalculatedAt,
            PostsAnalyzed = metrics.PostsAnalyzed,
            TotalLikes = metrics.TotalLikes,
            TotalComments = metrics.TotalComments,
            TotalShares = metrics.TotalShares,
            TotalSaves = metrics.TotalSaves,
            AvgLikes = metrics.AvgLikes,
            AvgComments = metrics.AvgComments,
            AvgShares = metrics.AvgShares,
            AvgSaves = metrics.AvgSaves,
            AvgInteractions = metrics.AvgInteractions,
            EngagementRate = metrics.EngagementRate,
            EngagementRateByReach = metrics.EngagementRateByReach,
        });
        return metrics;
    }
}
