namespace AnalisaAI.Api.Features.Metrics.Engagement;

/// <summary>
/// Engagement's numbers. The part-2 fields (from <see cref="PublicSampleSize"/> on) are null in results stored
/// before they existed: unknown, never 0.
/// </summary>
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
    double? EngagementRateByReach,
    int? PublicSampleSize = null,
    double? EngagementRatePublic = null,
    int? ViewsSampleSize = null,
    double? LikeRateByViews = null,
    double? PostsPerWeek = null,
    double? MedianGapHours = null,
    double? PostingGapCv = null,
    double? DaysSinceLastPost = null);
