namespace AnalisaAI.Api.Features.MetricsUpdate.Freshness;

/// <summary>
/// Freshness from plain rows: an influencer's target age is HotTargetAge when it was viewed within the last
/// 24 hours, TargetAge otherwise; it is due when never updated or older than its target (and not within
/// MinAge, claimed or backing off). Percentiles are nearest-rank over the updated influencers.
/// </summary>
public static class FreshnessCalculator
{
    public static CatalogueFreshness Calculate(IReadOnlyCollection<FreshnessRow> rows, DateTime now, MetricsUpdateOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        var hotSince = now - MetricsUpdateOptions.HotWindow;
        var ages = new List<double>(rows.Count);
        int neverUpdated = 0, due = 0, withinTarget = 0;
        foreach (var row in rows)
        {
            var target = row.LastViewedAt >= hotSince ? options.HotTargetAge : options.TargetAge;
            if (row.UpdatedAt is not { } updatedAt)
            {
                neverUpdated++;
                due += row.Claimable ? 1 : 0;
                continue;
            }

            var age = now - updatedAt;
            ages.Add(Math.Max(0, age.TotalSeconds));
            if (age <= target)
            {
                withinTarget++;
            }
            else if (row.Claimable && age >= options.MinAge)
            {
                due++;
            }
        }

        ages.Sort();
        return new CatalogueFreshness(
            rows.Count,
            neverUpdated,
            due,
            Percentile(ages, 0.5),
            Percentile(ages, 0.9),
            ages.Count == 0 ? null : ages[^1],
            ages.Count == 0 ? null : (double)withinTarget / ages.Count);
    }

    private static double? Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
