using AnalisaAI.Api.Features.Metrics.Growth;

namespace AnalisaAI.UnitTests.Metrics;

public class GrowthCalculatorTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static SnapshotPoint At(int daysAgo, long followers) => new(Today.AddDays(-daysAgo), followers);

    [Fact]
    public void No_snapshots_give_only_followers()
    {
        var result = GrowthCalculator.Calculate(new GrowthInputs(null, null, null, null, 0, 0, 0), followers: 1234);

        result.Should().Be(new GrowthMetrics(1234, null, null, null, null, null, null, null, null, null, null));
    }

    [Fact]
    public void Full_history_gives_every_field()
    {
        var inputs = new GrowthInputs(At(0, 1100), At(1, 1090), At(7, 1050), At(30, 1000), 30, 30, 50);

        var result = GrowthCalculator.Calculate(inputs, followers: 1100);

        result.Followers.Should().Be(1100);
        result.NetNewFollowers1.Should().Be(10);
        result.NetNewFollowers7.Should().Be(50);
        result.NetNewFollowers30.Should().Be(100);
        result.GrowthRate1.Should().BeApproximately(10.0 / 1090 * 100, 1e-12);
        result.GrowthRate7.Should().BeApproximately(50.0 / 1050 * 100, 1e-12);
        result.GrowthRate30.Should().BeApproximately(10, 1e-12);
        result.AvgDailyGrowth30.Should().BeApproximately(100.0 / 30, 1e-12);
        result.ChurnRate30.Should().BeApproximately(5, 1e-12);
        result.RetentionRate30.Should().BeApproximately(95, 1e-12);
        result.ProjectedFollowers30.Should().Be(1210);
    }

    [Fact]
    public void Days_use_the_actual_gap_to_Base30()
    {
        // Sparse history: base(30) is 40 days back, so growth is spread over 40 days and projected over 30/40.
        var inputs = new GrowthInputs(At(0, 1400), null, null, At(40, 1000), 1, 1, 0);

        var result = GrowthCalculator.Calculate(inputs, followers: 1400);

        result.AvgDailyGrowth30.Should().BeApproximately(10, 1e-12);
        result.ProjectedFollowers30.Should().Be((long)Math.Round(1400 * Math.Pow(1.4, 0.75), MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Base30_with_zero_followers_keeps_net_and_average_but_nulls_ratios()
    {
        var inputs = new GrowthInputs(At(0, 300), At(1, 290), At(7, 200), At(30, 0), 30, 30, 5);

        var result = GrowthCalculator.Calculate(inputs, followers: 300);

        result.NetNewFollowers30.Should().Be(300);
        result.AvgDailyGrowth30.Should().BeApproximately(10, 1e-12);
        result.GrowthRate30.Should().BeNull();
        result.ChurnRate30.Should().BeNull();
        result.RetentionRate30.Should().BeNull();
        result.ProjectedFollowers30.Should().BeNull();
    }

    [Fact]
    public void Missing_lost_on_any_recent_day_gives_null_churn()
    {
        var inputs = new GrowthInputs(At(0, 1100), null, null, At(30, 1000), 30, 29, 50);

        var result = GrowthCalculator.Calculate(inputs, followers: 1100);

        result.ChurnRate30.Should().BeNull();
        result.RetentionRate30.Should().BeNull();
    }

    [Fact]
    public void Churn_above_hundred_floors_retention_at_zero()
    {
        var inputs = new GrowthInputs(At(0, 100), null, null, At(30, 100), 30, 30, 150);

        var result = GrowthCalculator.Calculate(inputs, followers: 100);

        result.ChurnRate30.Should().BeApproximately(150, 1e-12);
        result.RetentionRate30.Should().Be(0);
    }

    [Fact]
    public void Without_Base30_only_short_term_fields_are_set()
    {
        var inputs = new GrowthInputs(At(0, 500), At(1, 0), At(7, 400), null, 8, 8, 3);

        var result = GrowthCalculator.Calculate(inputs, followers: 500);

        result.NetNewFollowers1.Should().Be(500);
        result.GrowthRate1.Should().BeNull("base(1) has 0 followers");
        result.GrowthRate7.Should().BeApproximately(25, 1e-12);
        result.NetNewFollowers30.Should().BeNull();
        result.AvgDailyGrowth30.Should().BeNull();
        result.ChurnRate30.Should().BeNull();
        result.ProjectedFollowers30.Should().BeNull();
    }

    [Theory]
    [InlineData(5, 10, 3)] // 5 * 0.5 = 2.5 exactly
    [InlineData(3, 2, 5)] // 3 * 1.5 = 4.5 exactly; banker's rounding would give 4
    public void Projection_rounds_half_away_from_zero(long latest, long base30, long expected)
    {
        var inputs = new GrowthInputs(At(0, latest), null, null, At(30, base30), 0, 0, 0);

        GrowthCalculator.Calculate(inputs, latest).ProjectedFollowers30.Should().Be(expected);
    }
}
