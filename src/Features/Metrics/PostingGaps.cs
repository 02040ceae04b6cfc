namespace AnalisaAI.Api.Features.Metrics;

/// <summary>The gaps in hours between neighbouring posts, and their coefficient of variation (docs/metrics.md).</summary>
public static class PostingGaps
{
    /// <summary>Sorts the instants and returns the gaps in hours between neighbours (empty under 2 instants).</summary>
    public static double[] Hours(IEnumerable<DateTime> publishedAt)
    {
        var sorted = publishedAt.Order().ToArray();
        var gaps = new double[Math.Max(0, sorted.Length - 1)];
        for (var i = 0; i < gaps.Length; i++)
        {
            gaps[i] = (sorted[i + 1] - sorted[i]).TotalHours;
        }

        return gaps;
    }

    /// <summary>
    /// Population standard deviation of the gaps / their mean, with at least 3 posts (2 gaps); null under that
    /// or when the mean gap is 0. Computed exactly like relevance's consistency, which reads the same number.
    /// </summary>
    public static double? CoefficientOfVariation(double[] gaps)
    {
        if (gaps.Length < 2)
        {
            return null;
        }

        var mean = gaps.Average();
        if (mean == 0)
        {
            return null;
        }

        // Population standard deviation: the gaps are the whole series, not a sample of it.
        var variance = gaps.Sum(g => (g - mean) * (g - mean)) / gaps.Length;
        return Math.Sqrt(variance) / mean;
    }
}
