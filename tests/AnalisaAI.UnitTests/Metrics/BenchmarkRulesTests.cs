using AnalisaAI.Api.Features.Metrics;
using AnalisaAI.Api.Features.Metrics.Benchmark;

namespace AnalisaAI.UnitTests.Metrics;

public class BenchmarkRulesTests
{
    [Theory]
    [InlineData(0, null)]
    [InlineData(999, null)]
    [InlineData(1_000, "nano")]
    [InlineData(9_999, "nano")]
    [InlineData(10_000, "micro")]
    [InlineData(99_999, "micro")]
    [InlineData(100_000, "mid")]
    [InlineData(499_999, "mid")]
    [InlineData(500_000, "macro")]
    [InlineData(999_999, "macro")]
    [InlineData(1_000_000, "mega")]
    public void Tiers_include_their_lower_bound(long followers, string? tier) => FollowerTier.Of(followers).Should().Be(tier);

    [Fact]
    public void Values_within_the_tolerance_tie_whatever_the_order_of_operations()
    {
        PercentileRank.Ties(0.1 + 0.2, 0.3).Should().BeTrue();
        PercentileRank.Ties(1e12, 1e12 + 999).Should().BeTrue("1e-9 of the larger magnitude");
        PercentileRank.Ties(1, 1 + 2e-9).Should().BeFalse();
        PercentileRank.Of(0.3, [0.1 + 0.2, 0.1, 0.5, 0.6]).Should().Be(100 * (1 + 0.5) / 4);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Median.Of([3, 1, 2]).Should().Be(2);
        Median.Of([4, 1, 3, 2]).Should().Be(2.5);
        Median.Of([]).Should().BeNull();
    }

    [Fact]
    public void Under_ten_peers_there_is_no_percentile_nor_median_but_the_count()
    {
        var benchmark = BenchmarkCalculator.Calculate(new BenchmarkInputs(20_000, 1.0, null, [.. Enumerable.Repeat(1.0, 9)], []));

        benchmark.Should().Be(new BenchmarkMetrics("micro", 9, null, null, 0, null, null));
    }
}
