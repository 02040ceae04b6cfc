using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.Reach;

/// <summary>Stage 2: reach of the window's posts and stories, and the profile views of the window's days.</summary>
public sealed class ReachStage(AppDbContext db) : IMetricStage
{
    public string Name => "reach";

    public async ValueTask<StageResult> CalculateAsync(StageContext context, CancellationToken cancellationToken)
    {
        var (from, to) = (context.WindowStart, context.CalculatedAt);

        var posts = await db.Posts.AsNoTracking()
            .Where(p => p.InfluencerId == context.InfluencerId && p.PublishedAt > from && p.PublishedAt <= to)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                WithReach = g.Count(p => p.Reach != null),
                ReachSum = g.Sum(p => p.Reach ?? 0),
                WithImpressions = g.Count(p => p.Impressions != null),
                ImpressionsSum = g.Sum(p => p.Impressions ?? 0),
            })
            .SingleOrDefaultAsync(cancellationToken);

        var stories = await db.Stories.AsNoTracking()
            .Where(s => s.InfluencerId == context.InfluencerId && s.PublishedAt > from && s.PublishedAt <= to)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Count = g.Count(),
                ViewsSum = g.Sum(s => s.Views),
                WithExits = g.Count(s => s.Exits != null),
                ExitsSum = g.Sum(s => s.Exits ?? 0),
                ViewsWithExits = g.Sum(s => s.Exits != null ? s.Views : 0),
            })
            .SingleOrDefaultAsync(cancellationToken);

        // Profile views count by calendar day: the window's days are T's date - W + 1 through T's date.
        var lastDay = context.CalculationDate;
        var firstDay = lastDay.AddDays(1 - context.WindowDays);
        var views = await db.AudienceSnapshots.AsNoTracking()
            .Where(s => s.InfluencerId == context.InfluencerId && s.Date >= firstDay && s.Date <= lastDay && s.ProfileViews != null)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Sum = g.Sum(s => s.ProfileViews!.Value) })
            .SingleOrDefaultAsync(cancellationToken);

        var inputs = new ReachInputs(
            posts?.WithReach ?? 0, posts?.ReachSum ?? 0, posts?.WithImpressions ?? 0, posts?.ImpressionsSum ?? 0,
            stories?.Count ?? 0, stories?.ViewsSum ?? 0, stories?.WithExits ?? 0, stories?.ExitsSum ?? 0, stories?.ViewsWithExits ?? 0,
            views?.Count ?? 0, views?.Sum ?? 0);
        return new ReachResult
        {
            RunId = context.RunId,
            InfluencerId = context.InfluencerId,
            CalculatedAt = context.CalculatedAt,
            Metrics = ReachCalculator.Calculate(inputs, context.Followers),
        };
    }
}
