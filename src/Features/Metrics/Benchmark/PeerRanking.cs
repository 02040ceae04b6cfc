namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// The percentile rank and the median of docs/metrics.md computed from what index reads give: a count of the
/// peers' values below a band around x, the few values inside the band, and an ordered slice around the middle,
/// plus a few values added in memory (peers whose current result is after T, replaced by their result as of T).
/// </summary>
public static class PeerRanking
{
    /// <summary>
    /// Half-width of the band around x outside which no value ties x: a tie is within 1e-9 * max(1, |x|, |v|),
    /// which is under 2e-9 * max(1, |x|).
    /// </summary>
    public static double Margin(double x) => 2 * PercentileRank.TieTolerance * Math.Max(1, Math.Abs(x));

    /// <summary>pr(x) over n values: <paramref name="below"/> lie under the band, the band's and the added values are classified exactly.</summary>
    public static double Percentile(double x, int n, int below, IReadOnlyList<double> band, IReadOnlyList<double> added)
    {
        ArgumentNullException.ThrowIfNull(band);
        ArgumentNullException.ThrowIfNull(added);
        var b = below;
        var e = 0;
        foreach (var v in band.Concat(added))
        {
            if (PercentileRank.Ties(v, x))
            {
                e++;
            }
            else if (v < x)
            {
                b++;
            }
        }

        return 100 * (b + (e / 2.0)) / n;
    }

    /// <summary>
    /// The ordered slice of the stored values (offset, length) that, with the added values, holds the median of
    /// <paramref name="total"/> values (stored plus added).
    /// </summary>
    public static (int Offset, int Length) MedianSlice(int total, int addedCount) =>
        (Math.Max(0, ((total - 1) / 2) - addedCount), (2 * addedCount) + 2);

    /// <summary>The median of the stored values merged with the added ones, from the slice <see cref="MedianSlice"/> gave.</summary>
    public static double MedianFromSlice(IReadOnlyList<double> slice, int offset, bool sliceIsTail, IReadOnlyList<double> added, int total)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(added);
        var window = slice.ToList();
        var before = offset;
        var first = slice.Count > 0 ? slice[0] : double.PositiveInfinity;
        var last = slice.Count > 0 ? slice[^1] : double.NegativeInfinity;
        foreach (var a in added)
        {
            if (a < first && offset > 0)
            {
                before++; // sorts before the slice
            }
            else if (a <= last || sliceIsTail || a < first)
            {
                window.Add(a);
            }
        }

        window.Sort();
        var low = window[((total - 1) / 2) - before];
        var high = window[(total / 2) - before];
        return total % 2 == 1 ? low : (low + high) / 2;
    }
}
