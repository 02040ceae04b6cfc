namespace AnalisaAI.Api.Features.MetricsUpdate.Freshness;

/// <summary>
/// Freshness from plain rows: an influencer's target age is HotTargetAge when it was viewed within the last
/// 24 hours, TargetAge otherwise. It is due when never updated, or older than its target and not claimed nor
/// backing off, its age being data age with a live source (<c>byData</c>: a run on stored data does
/// not make data fresher; no data at all is due) and calculation age with the <c>Stored</c> source, and not
/// younger than MinAge. Percentiles are nearest-rank.
/// </summary>
public static class FreshnessCalculator
{
    public static CatalogueFreshness Calculate(IReadOnlyCollection<FreshnessRow> rows, DateTime now, MetricsUpdateOptions options, bool byData = false)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        var hotSince = now - MetricsUpdateOptions.HotWindow;
        var ages = new List<double>(rows.Count);
        var dataAges = new List<double>(rows.Count);
        int neverUpdated = 0, due = 0, within = 0, withinByData = 0, hot = 0, hotWithin = 0;
        foreach (var row in rows)
        {
            var isHot = row.LastViewedAt >= hotSince;
            var target = isHot ? options.HotTargetAge : options.TargetAge;
            hot += isHot ? 1 : 0;
            var dataAge = now - row.DataAsOf;
            if (dataAge is { } data)
            {
                dataAges.Add(Math.Max(0, data.TotalSeconds));
                withinByData += data <= target ? 1 : 0;
                hotWithin += isHot && data <= target ? 1 : 0;
            }

            if (row.UpdatedAt is not { } updatedAt)
            {
                neverUpdated++;
                due += row.Claimable ? 1 : 0;
                continue;
            }

            var age = now - updatedAt;
            ages.Add(Math.Max(0, age.TotalSeconds));
            within += age <= target ? 1 : 0;
            var judged = byData ? dataAge : age;
            if (row.Claimable && (judged is not { } j || (j > target && j >= options.MinAge)))
            {
                due++;
            }
        }

        return new CatalogueFreshness(
            rows.Count,
            neverUpdated,
            due,
            FreshnessAges.Of(ages),
            FreshnessAges.Of(dataAges),
            ages.Count == 0 ? null : (double)within / ages.Count,
            dataAges.Count == 0 ? null : (double)withinByData / dataAges.Count,
            hot == 0 ? null : (double)hotWithin / hot,
            hot,
            rows.Count - hot);
    }
}
