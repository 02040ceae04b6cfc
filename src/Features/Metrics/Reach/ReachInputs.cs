namespace AnalisaAI.Api.Features.Metrics.Reach;

/// <summary>
/// Aggregates over the window's posts P, stories S and the snapshots of the window's days. Each sum covers
/// only the items where that value is known, with its count alongside so "none known" stays distinguishable from 0.
/// </summary>
public sealed record ReachInputs(
    int PostsWithReach,
    long ReachSum,
    int PostsWithImpressions,
    long ImpressionsSum,
    int StoryCount,
    long StoryViewsSum,
    int StoriesWithExits,
    long ExitsSum,
    long ViewsOfStoriesWithExits,
    int SnapshotsWithProfileViews,
    long ProfileViewsSum);
