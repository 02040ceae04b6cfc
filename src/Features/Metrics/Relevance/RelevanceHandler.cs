using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.Metrics.Relevance;

public sealed class RelevanceHandler(AppDbContext db, IOptions<MetricsOptions> options) : ICommandHandler<RelevanceCommand, RelevanceScore>
{
    public async ValueTask<RelevanceScore> Handle(RelevanceCommand command, CancellationToken cancellationToken)
    {
        var context = command.Context;

        // Consistency needs the gaps between posts, so only the window's timestamps are read.
        var postTimes = await db.Posts.AsNoTracking()
            .Where(p => p.InfluencerId == context.InfluencerId && p.PublishedAt > context.WindowStart && p.PublishedAt <= context.CalculatedAt)
            .Select(p => p.PublishedAt)
            .ToListAsync(cancellationToken);

        var score = RelevanceCalculator.Calculate(new RelevanceInputs(
            command.Platform.ToString().ToLowerInvariant(),
            context.Followers,
            command.Following,
            command.Engagement,
            command.Reach,
            command.Growth,
            postTimes.ConvertAll(t => new DateTimeOffset(t, TimeSpan.Zero)),
            options.Value.Relevance.Weights.ToWeights()));

        db.RelevanceResults.Add(new RelevanceResult
        {
            RunId = context.RunId,
            InfluencerId = context.InfluencerId,
            CalculatedAt = context.CalculatedAt,
            Overall = score.Overall,
            EngagementScore = score.EngagementScore,
            ReachScore = score.ReachScore,
            GrowthScore = score.GrowthScore,
            ConsistencyScore = score.ConsistencyScore,
            AudienceQualityScore = score.AudienceQualityScore,
            EstimatedComponents = string.Join(',', score.EstimatedComponents),
        });
        return score;
    }
}
