using AnalisaAI.Api.Features.Metrics.Benchmark;

namespace AnalisaAI.UnitTests.Metrics;

public class PeerSelectionTests
{
    private static readonly DateTime T = new(2026, 6, 30, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_result_as_of_T_is_the_latest_on_or_before_T_then_the_greatest_lower_case_run_id()
    {
        PeerResult[] stored =
        [
            new("j", "0AAAAAAA-0000-0000-0000-000000000000", T.AddHours(-1), "instagram", 20_000, 1.0, null),
            new("j", "FFFFFFFF-0000-0000-0000-000000000000", T.AddHours(-1), "instagram", 20_000, 2.0, null),
            new("j", "11111111-0000-0000-0000-000000000000", T.AddMinutes(5), "instagram", 20_000, 9.0, null),
            new("self", "22222222-0000-0000-0000-000000000000", T.AddHours(-1), "instagram", 20_000, 3.0, null),
        ];

        var asOf = PeerSelection.AsOf(stored, "self", T);

        asOf.Should().ContainSingle().Which.EngagementRatePublic.Should().Be(2.0);
    }

    [Fact]
    public void A_result_is_newer_by_instant_then_by_run_id()
    {
        PeerSelection.IsNewer(T, "a", T.AddSeconds(-1), "b").Should().BeTrue();
        PeerSelection.IsNewer(T, "b", T, "a").Should().BeTrue();
        PeerSelection.IsNewer(T, "A", T, "b").Should().BeFalse("compared lower-cased");
        PeerSelection.IsNewer(T, "a", T, "a").Should().BeFalse();
    }

    [Fact]
    public void Peers_share_the_platform_and_the_tier_and_have_the_value()
    {
        PeerResult[] asOf =
        [
            new("a", "r", T, "instagram", 10_000, 1.0, 5.0),
            new("b", "r", T, "instagram", 9_999, 1.0, 5.0),
            new("c", "r", T, "tiktok", 20_000, 1.0, 5.0),
            new("d", "r", T, "instagram", 99_999, null, 6.0),
        ];

        var inputs = PeerSelection.Inputs("instagram", 50_000, 1.0, 2.0, asOf);

        inputs.EngagementPeerValues.Should().Equal(1.0);
        inputs.GrowthPeerValues.Should().Equal(5.0, 6.0);
        PeerSelection.Inputs("instagram", 999, 1.0, 2.0, asOf).EngagementPeerValues.Should().BeEmpty("no tier, no peers");
    }
}
