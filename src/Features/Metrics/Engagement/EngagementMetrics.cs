namespace AnalisaAI.Api.Features.Metrics.Engagement;

public sealed record EngagementMetrics(
    int PostsAnalyzed,
    long TotalLikes,
    long TotalComments,
    long TotalShares,
    long TotalSaves,
    double AvgLikes,
    double AvgComments,
    double AvgShares,
    double AvgSaves,
    double AvgInteractions,
    double? EngagementRate,
    double? EngagementRateByReach);
