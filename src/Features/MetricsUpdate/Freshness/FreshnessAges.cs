namespace AnalisaAI.Api.Features.MetricsUpdate.Freshness;

/// <summary>A distribution of ages in seconds (nearest-rank percentiles); nulls when there is nothing to measure.</summary>
public sealed record FreshnessAges(double? P50, double? P90, double? Max)
{
    public static FreshnessAges Of(List<double> ages)
    {
        ArgumentNullException.ThrowIfNull(ages);
        ages.Sort();
        return new FreshnessAges(Percentile(ages, 0.5), Percentile(ages, 0.9), ages.Count == 0 ? null : ages[^1]);
    }

    private static double? Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
