using AnalisaAI.Api.Features.MetricsUpdate;
using AnalisaAI.Api.Features.MetricsUpdate.Freshness;

namespace AnalisaAI.UnitTests.MetricsUpdate;

public sealed class FreshnessCalculatorTests
{
    private static readonly DateTime Now = new(2026, 6, 30, 12, 0, 0, DateTimeKind.Utc);
    private static readonly MetricsUpdateOptions Options = new();

    [Fact]
    public void Counts_never_updated_due_and_within_target_with_hot_and_cold_targets()
    {
        FreshnessRow[] rows =
        [
            new(null, null, null, Claimable: true), // never updated, due
            new(null, null, null, Claimable: false), // never updated, claimed: not due now
            new(Now.AddHours(-2), Now.AddHours(-2), null, Claimable: true), // cold, 2 h of 24: within
            new(Now.AddHours(-30), Now.AddHours(-30), null, Claimable: true), // cold, 30 h of 24: due
            new(Now.AddHours(-2), Now.AddHours(-2), Now.AddHours(-3), Claimable: true), // hot, 2 h of 1: due
            new(Now.AddMinutes(-30), Now.AddMinutes(-30), Now.AddHours(-1), Claimable: true), // hot, 30 min of 1 h: within
            new(Now.AddHours(-2), Now.AddHours(-2), Now.AddDays(-2), Claimable: false), // viewed too long ago: cold, within
        ];

        var freshness = FreshnessCalculator.Calculate(rows, Now, Options);

        freshness.Influencers.Should().Be(7);
        freshness.NeverUpdated.Should().Be(2);
        freshness.DueNow.Should().Be(3);
        freshness.WithinTarget.Should().Be(3.0 / 5);
        freshness.Age.Max.Should().Be(30 * 3600);
        freshness.Age.P50.Should().Be(2 * 3600, "nearest rank over 0.5, 2, 2, 2 and 30 hours");
    }

    [Fact]
    public void Without_updated_influencers_ages_and_share_are_null()
    {
        var freshness = FreshnessCalculator.Calculate([new FreshnessRow(null, null, null, true)], Now, Options);

        freshness.Age.P50.Should().BeNull();
        freshness.Age.P90.Should().BeNull();
        freshness.Age.Max.Should().BeNull();
        freshness.WithinTarget.Should().BeNull();
    }

    [Fact]
    public void Data_age_counts_apart_from_calculation_age_and_judges_due_with_a_live_source()
    {
        FreshnessRow[] rows =
        [
            new(Now.AddMinutes(-10), Now.AddHours(-30), null, Claimable: true), // cold: calculated 10 min ago, data 30 h old
            new(Now.AddMinutes(-20), Now.AddMinutes(-50), Now.AddHours(-1), Claimable: true), // hot: data 50 min of 1 h, within
            new(Now.AddMinutes(-20), Now.AddHours(-3), Now.AddHours(-1), Claimable: true), // hot: data 3 h of 1 h, not within
            new(Now.AddHours(-2), null, null, Claimable: true), // no data at all
        ];

        var byCalculation = FreshnessCalculator.Calculate(rows, Now, Options);
        var byData = FreshnessCalculator.Calculate(rows, Now, Options, byData: true);

        byCalculation.WithinTarget.Should().Be(1, "each was calculated within its target, whatever the age of its data");
        byCalculation.WithinTargetByData.Should().Be(1.0 / 3, "of the three with data, only the hot one 50 minutes old");
        byCalculation.HotWithinTarget.Should().Be(1.0 / 2);
        byCalculation.DataAge.Max.Should().Be(30 * 3600);
        byCalculation.DataAge.P50.Should().Be(3 * 3600, "nearest rank over 50 min, 3 h and 30 h");
        (byCalculation.Hot, byCalculation.Cold).Should().Be((2, 2));
        byCalculation.DueNow.Should().Be(0, "by calculation age every one is within its target (or MinAge)");
        byData.DueNow.Should().Be(3, "by data age: the 30 h cold one, the 3 h hot one and the one without data");
    }
}
