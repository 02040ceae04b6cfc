namespace AnalisaAI.Api.Features.Metrics.CalculateMetrics;

/// <summary>
/// A run's results, to be saved together. <paramref name="RelevanceOverall"/> is the headline number the
/// influencer row keeps for listing and sorting.
/// </summary>
public sealed record CalculateMetricsResult(DateTime CalculatedAt, IReadOnlyList<StageResult> Results, double RelevanceOverall);
