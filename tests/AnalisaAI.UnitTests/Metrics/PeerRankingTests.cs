using AnalisaAI.Api.Features.Metrics.Benchmark;

namespace AnalisaAI.UnitTests.Metrics;

public class PeerRankingTests
{
    [Fact]
    public void Sorted_values_count_and_index_like_a_sorted_list_through_adds_and_removes()
    {
        var random = new Random(7);
        var values = new SortedValues();
        var reference = new List<double>();
        for (var step = 0; step < 5_000; step++)
        {
            if (reference.Count > 0 && random.Next(3) == 0)
            {
                var v = reference[random.Next(reference.Count)];
                values.Remove(v).Should().BeTrue();
                reference.Remove(v);
            }
            else
            {
                var v = Math.Round(random.NextDouble() * 50, 1); // many duplicates
                values.Add(v);
                reference.Add(v);
            }
        }

        reference.Sort();
        values.Count.Should().Be(reference.Count);
        values.ToList().Should().Equal(reference);
        values.Remove(1000).Should().BeFalse();
        foreach (var bound in new[] { -1, 0, 12.3, 25, 49.9, 60 })
        {
            values.CountBelow(bound).Should().Be(reference.Count(v => v < bound));
            values.Between(bound - 1, bound + 1).Should().Equal(reference.Where(v => v >= bound - 1 && v <= bound + 1));
        }

        for (var i = 0; i < reference.Count; i += 97)
        {
            values.ElementAt(i).Should().Be(reference[i]);
        }
    }

    [Fact]
    public void Rank_over_sorted_values_with_values_taken_out_and_put_in_equals_the_rules_over_the_peers()
    {
        var random = new Random(11);
        for (var round = 0; round < 2_000; round++)
        {
            double Value() => Math.Round(random.NextDouble() * 8, random.Next(0, 3)); // many ties
            var kept = Enumerable.Range(0, random.Next(0, 40)).Select(_ => Value()).ToList();
            var removed = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Value()).ToList();
            var added = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Value()).ToList();
            double? x = random.Next(5) == 0 ? null : random.Next(2) == 0 ? Value() * (1 + 1e-10) : random.NextDouble() * 8;
            var values = new SortedValues();
            foreach (var v in kept.Concat(removed))
            {
                values.Add(v);
            }

            var peers = kept.Concat(added).ToList();
            var expected = BenchmarkCalculator.Rank(x, peers);
            var actual = PeerRanking.Rank(values, removed, added, x);

            var because = $"x {x} among kept [{string.Join(", ", kept)}], removed [{string.Join(", ", removed)}], added [{string.Join(", ", added)}]";
            actual.PeerCount.Should().Be(expected.PeerCount, because);
            actual.Percentile.Should().Be(expected.Percentile, because);
            actual.Median.Should().Be(expected.Median, because);
        }
    }
}
