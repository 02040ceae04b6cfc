namespace AnalisaAI.Api.Features.Metrics.Reach;

/// <summary>The reach rules of docs/metrics.md (section "Reach").</summary>
public static class ReachCalculator
{
    public static ReachMetrics Calculate(ReachInputs inputs, long followers)
    {
        ArgumentNullException.ThrowIfNull(inputs);

        var avgReach = Mean(inputs.ReachSum, inputs.PostsWithReach);
        double? reachRate = avgReach is null || followers == 0 ? null : avgReach / followers * 100;

        double? storyExitRate = inputs.StoriesWithExits == 0 || inputs.ViewsOfStoriesWithExits == 0
            ? null
            : (double)inputs.ExitsSum / inputs.ViewsOfStoriesWithExits * 100;

        return new ReachMetrics(
            AvgReach: avgReach,
            AvgImpressions: Mean(inputs.ImpressionsSum, inputs.PostsWithImpressions),
            ReachRate: reachRate,
            StoriesCount: inputs.StoryCount,
            AvgStoryViews: Mean(inputs.StoryViewsSum, inputs.StoryCount),
            StoryExitRate: storyExitRate,
            StoryCompletionRate: 100 - storyExitRate,
            ProfileViews: inputs.SnapshotsWithProfileViews == 0 ? null : inputs.ProfileViewsSum);
    }

    // Unknown values never become 0: a mean over nothing known is null.
    private static double? Mean(long sum, int count) => count == 0 ? null : (double)sum / count;
}
