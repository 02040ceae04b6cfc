namespace AnalisaAI.Api.Features.Metrics.CalculateMetrics;

/// <summary>
/// A run's results, to be saved together. <paramref name="Catalogue"/> holds the figures the influencer row
/// keeps for listing, filtering and sorting. <paramref name="DataAsOf"/> is the age of the data the run read.
/// <paramref name="ProfileNote"/> says why the profile was not refreshed from the source (null when it was, or
/// when the source is <c>Stored</c>).
/// </summary>
public sealed record CalculateMetricsResult(
    DateTime CalculatedAt, IReadOnlyList<StageResult> Results, CatalogueFigures Catalogue, DateTime? DataAsOf, string? ProfileNote = null);
