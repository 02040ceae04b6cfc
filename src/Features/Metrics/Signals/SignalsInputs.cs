namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>
/// What the signals read: F, following, T's date, the window's posts P, the snapshots of D dated on or before
/// T's date (at least from latest.date - 44 days), this run's comparable engagement rate, and the benchmark's
/// tier median and percentile of it.
/// </summary>
public sealed record SignalsInputs(
    long Followers,
    long? Following,
    DateOnly CalculationDate,
    IReadOnlyList<SamplePost> Posts,
    IReadOnlyList<DailyFollowers> Snapshots,
    double? EngagementRatePublic,
    double? ErTierMedian,
    double? ErPercentile);
