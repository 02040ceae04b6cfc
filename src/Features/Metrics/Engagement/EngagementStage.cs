namespace AnalisaAI.Api.Features.Metrics.Engagement;

/// <summary>Stage 1: engagement over the window's posts, summed in memory from the one read the run shares.</summary>
public sealed class EngagementStage(WindowPosts window) : IMetricStage
{
    public string Name => "engagement";

    public async ValueTask<StageResult> CalculateAsync(StageContext context, CancellationToken cancellationToken)
    {
        var posts = await window.LoadAsync(context, cancellationToken);
        var withReach = posts.Where(p => p.Reach is not null).ToArray();
        var inputs = new EngagementInputs(
            posts.Count,
            posts.Sum(p => p.Likes),
            posts.Sum(p => p.Comments),
            posts.Sum(p => p.Shares ?? 0),
            posts.Sum(p => p.Saves ?? 0),
            withReach.Length,
            withReach.Sum(p => p.Likes + p.Comments + (p.Shares ?? 0) + (p.Saves ?? 0)),
            withReach.Sum(p => p.Reach!.Value));

        var lastPostAt = await window.LastPostAtAsync(context, cancellationToken);
        var sample = EngagementSampleCalculator.Calculate(
            new EngagementSampleInputs([.. posts.Select(p => p.Sample)], context.WindowDays, context.CalculatedAt, lastPostAt),
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
