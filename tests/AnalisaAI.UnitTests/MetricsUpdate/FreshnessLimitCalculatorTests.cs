using AnalisaAI.Api.Features.MetricsUpdate.Freshness;

namespace AnalisaAI.UnitTests.MetricsUpdate;

/// <summary>The limit on small cases checked by hand: one influencer within a target T costs 1/T calls an hour.</summary>
public sealed class FreshnessLimitCalculatorTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public void A_budget_above_the_need_keeps_everything_within_target()
    {
        // 10 hot need 10 calls an hour, 240 cold need 10: 20 of 30.
        var limit = FreshnessLimitCalculator.Calculate(10, 240, Hour, Day, 30);

        limit.Should().Be(new FreshnessLimit(1, 1, 1, 20));
    }

    [Fact]
    public void Hot_ones_are_served_first_and_the_cold_ones_share_what_is_left()
    {
        // 50 hot take 50 of 200 calls; 150 calls keep 150 x 24 = 3,600 of 9,950 cold within a day.
        var limit = FreshnessLimitCalculator.Calculate(50, 9_950, Hour, Day, 200);

        limit.Hot.Should().Be(1);
        limit.Cold.Should().BeApproximately(3_600.0 / 9_950, 1e-12);
        limit.WithinTarget.Should().BeApproximately(3_650.0 / 10_000, 1e-12);
        limit.CallsPerHourNeeded.Should().BeApproximately(50 + (9_950 / 24.0), 1e-9);
    }

    [Fact]
    public void A_hot_set_larger_than_the_budget_leaves_nothing_for_the_cold_ones()
    {
        // 40 hot with a 30-minute target need 80 calls an hour; 20 calls keep a quarter of them.
        var limit = FreshnessLimitCalculator.Calculate(40, 100, TimeSpan.FromMinutes(30), Day, 20);

        limit.Hot.Should().Be(0.25);
        limit.Cold.Should().Be(0);
        limit.WithinTarget.Should().BeApproximately(10.0 / 140, 1e-12);
    }

    [Fact]
    public void Empty_classes_miss_nothing_and_need_no_calls()
    {
        FreshnessLimitCalculator.Calculate(0, 0, Hour, Day, 200).Should().Be(new FreshnessLimit(1, 1, 1, 0));

        // No viewed influencers: the whole budget goes to 48 cold ones needing 2 calls an hour; 1 call keeps half.
        FreshnessLimitCalculator.Calculate(0, 48, Hour, Day, 1).Should().Be(new FreshnessLimit(0.5, 1, 0.5, 2));
    }

    [Fact]
    public void Without_a_call_budget_no_budget_binds()
    {
        FreshnessLimitCalculator.Calculate(50, 10_000, Hour, Day, null).Should().Be(new FreshnessLimit(1, 1, 1, 0));
    }
}
