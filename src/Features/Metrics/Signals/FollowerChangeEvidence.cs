namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>The evidence of followerSpike and followerDrop: the matching day with the greatest excess.</summary>
public sealed record FollowerChangeEvidence(
    string Date,
    long Change,
    double BaselineMedian,
    double BaselineMad,
    int BaselineDays,
    int MatchingDays);
