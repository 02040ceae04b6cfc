namespace AnalisaAI.Api.Features.Metrics;

/// <summary>The tie and the percentile rank of docs/metrics.md ("Part 2": inputs and "Stage 5: benchmark").</summary>
public static class PercentileRank
{
    /// <summary>The only tolerance inside a rule: keeps ties from depending on the order of floating-point operations.</summary>
    public const double TieTolerance = 1e-9;

    /// <summary>a and b tie when |a - b| &lt;= 1e-9 * max(1, |a|, |b|).</summary>
    public static bool Ties(double a, double b) =>
        Math.Abs(a - b) <= TieTolerance * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>pr(x, vals) = 100 * (b + e / 2) / n: b values below x that do not tie it, e values that tie it.</summary>
    public static double Of(double x, IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("A percentile rank needs at least one value.", nameof(values));
        }

        var (below, tied) = Tally(x, values);
        return FromCounts(below, tied, values.Count);
    }

    /// <summary>How many of <paramref name="values"/> lie below x without tying it, and how many tie it.</summary>
    public static (int Below, int Tied) Tally(double x, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var below = 0;
        var tied = 0;
        foreach (var v in values)
        {
            if (Ties(v, x))
            {
                tied++;
            }
            else if (v < x)
            {
                below++;
            }
        }

        return (below, tied);
    }

    /// <summary>100 * (b + e / 2) / n.</summary>
    public static double FromCounts(int below, int tied, int count) => 100 * (below + (tied / 2.0)) / count;
}
