namespace AnalisaAI.Api.Features.Metrics;

/// <summary>The median of docs/metrics.md: the middle value once sorted, or the mean of the two middle values.</summary>
public static class Median
{
    public static double? Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return OfSorted(sorted);
    }

    /// <summary>The median of values already sorted ascending; null when there are none.</summary>
    public static double? OfSorted(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var n = sorted.Count;
        if (n == 0)
        {
            return null;
        }

        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }
}
