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
            new(null, null, Claimable: true),                                  // never updated, due
            new(null, null, Claimable: false),                                 // never updated, claimed: not due now
            new(Now.AddHours(-2), null, Claimable: true),                      // cold, 2 h of 24: within
            new(Now.AddHours(-30), null, Claimable: true),                     // cold, 30 h of 24: due
            new(Now.AddHours(-2), Now.AddHours(-3), Claimable: true),          // hot, 2 h of 1: due
            new(Now.AddMinutes(-30), Now.AddHours(-1), Claimable: true),       // hot, 30 min of 1 h: within
            new(Now.AddHours(-2), Now.AddDays(-2), Claimable: false),          // viewed too long ago: cold, within
        ];

        var freshness = FreshnessCalculator.Calculate(rows, Now, Options);

        freshness.Influencers.Should().Be(7);
        freshness.NeverUpdated.Should().Be(2);
        freshness.DueNow.Should().Be(3);
        freshness.WithinTarget.Should().Be(3.0 / 5);
        freshness.AgeMax.Should().Be(30 * 3600);
        freshness.AgeP50.Should().Be(2 * 3600, "nearest rank over 0.5, 2, 2, 2 and 30 hours");
    }

    [Fact]
    public void Without_updated_influencers_ages_and_share_are_null()
    {
        var freshness = FreshnessCalculator.Calculate([new FreshnessRow(null, null, true)], Now, Options);

        freshness.AgeP50.Should().BeNull();
        freshness.AgeP90.Should().BeNull();
        freshness.AgeMax.Should().BeNull();
        freshness.WithinTarget.Should().BeNull();
    }
}
