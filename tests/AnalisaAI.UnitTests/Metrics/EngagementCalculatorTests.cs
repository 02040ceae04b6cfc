using AnalisaAI.Api.Features.Metrics.Engagement;

namespace AnalisaAI.UnitTests.Metrics;

public class EngagementCalculatorTests
{
    [Fact]
    public void No_posts_give_zero_averages_and_null_rates()
    {
        var result = EngagementCalculator.Calculate(new EngagementInputs(0, 0, 0, 0, 0, 0, 0, 0), followers: 1000);

        result.PostsAnalyzed.Should().Be(0);
        result.AvgLikes.Should().Be(0);
        result.AvgComments.Should().Be(0);
        result.AvgShares.Should().Be(0);
        result.AvgSaves.Should().Be(0);
        result.AvgInteractions.Should().Be(0);
        result.EngagementRate.Should().BeNull();
        result.EngagementRateByReach.Should().BeNull();
    }

    [Fact]
    public void Zero_followers_give_a_null_engagement_rate_but_keep_the_rate_by_reach()
    {
        var result = EngagementCalculator.Calculate(new EngagementInputs(2, 10, 4, 0, 0, 2, 14, 7), followers: 0);

        result.AvgInteractions.Should().Be(7);
        result.EngagementRate.Should().BeNull();
        result.EngagementRateByReach.Should().Be(200);
    }

    [Fact]
    public void Averages_and_rates_use_all_interaction_kinds()
    {
        var result = EngagementCalculator.Calculate(new EngagementInputs(4, 400, 40, 20, 12, 2, 200, 1000), followers: 2000);

        result.TotalLikes.Should().Be(400);
        result.AvgLikes.Should().Be(100);
        result.AvgComments.Should().Be(10);
        result.AvgShares.Should().Be(5);
        result.AvgSaves.Should().Be(3);
        result.AvgInteractions.Should().Be(118);
        result.EngagementRate.Should().BeApproximately(5.9, 1e-12);
        result.EngagementRateByReach.Should().BeApproximately(20, 1e-12);
    }

    [Fact]
    public void Unknown_reach_gives_null_rate_by_reach()
    {
        var result = EngagementCalculator.Calculate(new EngagementInputs(3, 30, 3, 0, 0, 0, 0, 0), followers: 100);

        result.EngagementRate.Should().BeApproximately(11, 1e-12);
        result.EngagementRateByReach.Should().BeNull();
    }

    [Fact]
    public void Known_reach_summing_to_zero_gives_null_rate_by_reach()
    {
        var result = EngagementCalculator.Calculate(new EngagementInputs(1, 5, 0, 0, 0, 1, 5, 0), followers: 100);

        result.EngagementRateByReach.Should().BeNull();
    }
}
