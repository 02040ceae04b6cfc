namespace AnalisaAI.Api.Features.Metrics.Engagement;

/// <summary>
/// Aggregates over the window's posts P. Unknown shares/saves count 0; the "WithReach" fields cover only
/// the posts whose reach is known.
/// </summary>
public sealed record EngagementInputs(
    int PostCount,
    long TotalLikes,
    long TotalComments,
    long TotalShares,
    long TotalSaves,
    int PostsWithReach,
    long InteractionsOfPostsWithReach,
    long ReachOfPostsWithReach);
