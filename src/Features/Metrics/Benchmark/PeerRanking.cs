namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// The benchmark's count, percentile rank and median of docs/metrics.md over a sorted set of current values with a
/// few values taken out (the influencer's own, peers whose newest result is after T) and a few put in (those peers'
/// results as of T), without reading or copying the set: bounded counts and the values near x for the percentile,
/// values by rank for the median. Its cost grows with the few values, not with the set.
/// </summary>
public static class PeerRanking
{
    /// <summary>
    /// Half-width of the band around x outside which no value ties x: a tie is within 1e-9 * max(1, |x|, |v|),
    /// which is under 2e-9 * max(1, |x|) for any v that ties.
    /// </summary>
    public static double Margin(double x) => 2 * PercentileRank.TieTolerance * Math.Max(1, Math.Abs(x));

    /// <param name="values">Every current value of the platform and tier (null: none).</param>
    /// <param name="removed">Values of <paramref name="values"/> that are not peers' values as of T.</param>
    /// <param name="added">Peers' values as of T that <paramref name="values"/> does not hold.</param>
    /// <param name="x">This run's value; no percentile without it.</param>
    public static PeerRank Rank(SortedValues? values, IReadOnlyList<double> removed, IReadOnlyList<double> added, double? x)
    {
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(added);
        values ??= new SortedValues();
        var peers = new Adjusted(values, [.. removed.Order()], [.. added.Order()]);
        var n = peers.Count;
        if (n < BenchmarkCalculator.MinPeers)
        {
            return new PeerRank(n, null, null);
        }

        var percentile = x is { } value ? Percentile(peers, value, n) : (double?)null;
        var median = n % 2 == 1 ? peers.At(n / 2) : (peers.At((n / 2) - 1) + peers.At(n / 2)) / 2;
        return new PeerRank(n, percentile, median);
    }

    private static double Percentile(Adjusted peers, double x, int n)
    {
        var margin = Margin(x);
        var (low, high) = (x - margin, x + margin);
        // Values under the band are below x and tie nothing; only the band's few need the tie test.
        var (below, tied) = PercentileRank.Tally(x, peers.Between(low, high));
        return PercentileRank.FromCounts(peers.CountBelow(low) + below, tied, n);
    }

    /// <summary>The multiset (values - removed + added); removed and added sorted ascending, removed held by values.</summary>
    private sealed class Adjusted(SortedValues values, double[] removed, double[] added)
    {
        /// <summary>Where each removed value sits in <c>values</c>, ascending (equal values take consecutive ranks).</summary>
        private readonly int[] removedRanks = [.. removed.Select((v, i) => values.CountBelow(v) + removed.Take(i).Count(r => r == v))];

        public int Count => values.Count - removed.Length + added.Length;

        public int CountBelow(double bound) =>
            values.CountBelow(bound) - removed.Count(r => r < bound) + added.Count(a => a < bound);

        public IEnumerable<double> Between(double low, double high)
        {
            var band = values.Between(low, high);
            foreach (var r in removed.Where(r => r >= low && r <= high))
            {
                band.Remove(r);
            }

            return band.Concat(added.Where(a => a >= low && a <= high));
        }

        /// <summary>
        /// The value of rank k. Added values sort before kept values equal to them, so added[i] has rank
        /// (kept values below it) + i; otherwise rank k is the kept value of rank k - j, where j added values are at or below it.
        /// </summary>
        public double At(int k)
        {
            for (var i = 0; i < added.Length; i++)
            {
                if (KeptBelow(added[i]) + i == k)
                {
                    return added[i];
                }
            }

            var kept = values.Count - removed.Length;
            for (var j = 0; j <= added.Length; j++)
            {
                if (k - j < 0 || k - j >= kept)
                {
                    continue;
                }

                var candidate = Kept(k - j);
                if (added.Count(a => a <= candidate) == j)
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException($"No value of rank {k} among {Count}.");
        }

        private int KeptBelow(double bound) => values.CountBelow(bound) - removed.Count(r => r < bound);

        /// <summary>The kept value of rank t: the set's value of rank t + c, where c removed ranks come at or before it.</summary>
        private double Kept(int t)
        {
            var c = 0;
            foreach (var rank in removedRanks)
            {
                if (rank <= t + c)
                {
                    c++;
                }
                else
                {
                    break;
                }
            }

            return values.ElementAt(t + c);
        }
    }
}
