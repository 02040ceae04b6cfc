using AnalisaAI.Api.Features.Metrics;
using AnalisaAI.Api.Features.Metrics.Benchmark;

namespace AnalisaAI.UnitTests.Metrics;

/// <summary>The index-read form of the percentile and the median equals the rule over the whole list.</summary>
public class PeerRankingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Counts_band_and_slice_give_the_rules_numbers(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            // Few distinct values, so ties and duplicates are common.
            var stored = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(0, 8) * 0.5).Order().ToArray();
            var added = Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(-1, 9) * 0.5).ToArray();
            var all = stored.Concat(added).ToArray();
            if (all.Length == 0)
            {
                continue;
            }

            var x = random.Next(-1, 9) * 0.5 + (random.Next(0, 2) * 1e-12);
            var margin = PeerRanking.Margin(x);
            var below = stored.Count(v => v < x - margin);
            var band = stored.Where(v => v >= x - margin && v <= x + margin).ToArray();
            PeerRanking.Percentile(x, all.Length, below, band, added).Should().Be(PercentileRank.Of(x, all));

            var (offset, length) = PeerRanking.MedianSlice(all.Length, added.Length);
            var slice = stored.Skip(offset).Take(length).ToArray();
            PeerRanking.MedianFromSlice(slice, offset, offset + slice.Length >= stored.Length, added, all.Length)
                .Should().Be(Median.Of(all)!.Value, $"stored [{string.Join(", ", stored)}], added [{string.Join(", ", added)}]");
        }
    }
}
