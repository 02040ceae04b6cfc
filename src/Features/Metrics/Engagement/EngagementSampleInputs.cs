namespace AnalisaAI.Api.Features.Metrics.Engagement;

/// <summary>
/// The inputs of engagement's part-2 fields: the window's posts P, the window length W, the instant T and the
/// newest publishedAt among all the influencer's posts on or before T (in the window or before it).
/// </summary>
public sealed record EngagementSampleInputs(
    IReadOnlyList<SamplePost> Posts,
    int WindowDays,
    DateTime CalculatedAt,
    DateTime? LastPostAt);
