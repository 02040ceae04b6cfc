namespace AnalisaAI.Api.Features.Metrics.Reach;

public sealed record ReachMetrics(
    double? AvgReach,
    double? AvgImpressions,
    double? ReachRate,
    int StoriesCount,
    double? AvgStoryViews,
    double? StoryExitRate,
    double? StoryCompletionRate,
    long? ProfileViews);
