namespace AnalisaAI.Api.Features.Metrics.Engagement;

/// <summary>Engagement's part-2 fields as a run computes them: the public and video samples, and the posting cadence.</summary>
public sealed record EngagementSampleMetrics(
    int PublicSampleSize,
    double? EngagementRatePublic,
    int ViewsSampleSize,
    double? LikeRateByViews,
    double PostsPerWeek,
    double? MedianGapHours,
    double? PostingGapCv,
    double? DaysSinceLastPost);
