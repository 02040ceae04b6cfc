using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;

namespace AnalisaAI.UnitTests.Metrics;

public class RelevanceCalculatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly EngagementMetrics NoEngagement = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null);
    private static readonly ReachMetrics NoReach = new(null, null, null, 0, null, null, null, null);
    private static readonly GrowthMetrics NoGrowth = new(0, null, null, null, null, null, null, null, null, null, null);

    private static readonly RelevanceInputs Unknown =
        new("instagram", 0, null, NoEngagement, NoReach, NoGrowth, [], RelevanceWeights.Default);

    private static DateTimeOffset[] EveryHours(params double[] offsets) =>
        offsets.Select(h => Start.AddHours(h)).ToArray();

    [Fact]
    public void Everything_unknown_is_estimated_at_fifty()
    {
        var result = RelevanceCalculator.Calculate(Unknown);

        result.Overall.Should().Be(50);
        result.EngagementScore.Should().BeNull();
        result.ReachScore.Should().BeNull();
        result.GrowthScore.Should().BeNull();
        result.ConsistencyScore.Should().BeNull();
        result.AudienceQualityScore.Should().BeNull();
        result.EstimatedComponents.Should().Equal("engagement", "reach", "growth", "consistency", "audienceQuality");
    }

    [Theory]
    [InlineData("instagram", 30)]
    [InlineData("youtube", 30)]
    [InlineData("tiktok", 15)]
    [InlineData("facebook", 60)]
    public void Engagement_scale_depends_on_platform(string platform, double expected)
    {
        var inputs = Unknown with { Platform = platform, Engagement = NoEngagement with { EngagementRate = 3 } };

        RelevanceCalculator.Calculate(inputs).EngagementScore.Should().BeApproximately(expected, 1e-12);
    }

    [Fact]
    public void Scores_clamp_at_hundred_and_zero()
    {
        var inputs = Unknown with
        {
            Engagement = NoEngagement with { EngagementRate = 50 },
            Reach = NoReach with { ReachRate = 80 },
            Growth = NoGrowth with { GrowthRate30 = -20 },
        };

        var result = RelevanceCalculator.Calculate(inputs);

        result.EngagementScore.Should().Be(100);
        result.ReachScore.Should().Be(100);
        result.GrowthScore.Should().Be(0);
    }

    [Fact]
    public void Overall_is_hundred_when_every_component_is_maxed()
    {
        var inputs = new RelevanceInputs(
            "instagram",
            Followers: 1000,
            Following: 0,
            NoEngagement with { EngagementRate = 20, TotalLikes = 10, TotalComments = 10 },
            NoReach with { ReachRate = 60 },
            NoGrowth with { GrowthRate30 = 10, RetentionRate30 = 100 },
            EveryHours(0, 24, 48, 72),
            RelevanceWeights.Default);

        var result = RelevanceCalculator.Calculate(inputs);

        result.Overall.Should().Be(100);
        result.EstimatedComponents.Should().BeEmpty();
    }

    [Fact]
    public void Overall_is_zero_when_every_component_is_zero()
    {
        var inputs = new RelevanceInputs(
            "tiktok",
            Followers: 0,
            Following: 10,
            NoEngagement with { EngagementRate = 0, TotalLikes = 10, TotalComments = 0 },
            NoReach with { ReachRate = 0 },
            NoGrowth with { GrowthRate30 = -50, RetentionRate30 = 0 },
            EveryHours(0, 0, 0, 100), // gaps 0, 0, 100: cv = sqrt(2), so consistency stays above 0
            RelevanceWeights.Default with { Consistency = 0, Engagement = 0.4 });

        var result = RelevanceCalculator.Calculate(inputs);

        result.ConsistencyScore.Should().BeApproximately(100 * Math.Exp(-Math.Sqrt(2)), 1e-12);
        result.Overall.Should().Be(0);
    }

    [Fact]
    public void Equal_gaps_give_full_consistency_in_any_order()
    {
        var inputs = Unknown with { PostTimes = EveryHours(48, 0, 96, 24, 72) };

        RelevanceCalculator.Calculate(inputs).ConsistencyScore.Should().Be(100);
    }

    [Fact]
    public void Consistency_uses_population_standard_deviation_of_gaps_in_hours()
    {
        // Gaps 12h and 36h: mean 24, population std dev 12, cv 0.5.
        var inputs = Unknown with { PostTimes = EveryHours(0, 12, 48) };

        RelevanceCalculator.Calculate(inputs).ConsistencyScore.Should().BeApproximately(100 * Math.Exp(-0.5), 1e-12);
    }

    [Fact]
    public void Fewer_than_three_posts_give_null_consistency()
    {
        var result = RelevanceCalculator.Calculate(Unknown with { PostTimes = EveryHours(0, 24) });

        result.ConsistencyScore.Should().BeNull();
        result.EstimatedComponents.Should().Contain("consistency");
    }

    [Fact]
    public void Posts_at_one_instant_give_null_consistency()
    {
        RelevanceCalculator.Calculate(Unknown with { PostTimes = EveryHours(5, 5, 5) })
            .ConsistencyScore.Should().BeNull();
    }

    [Fact]
    public void Following_zero_scores_full_follow_ratio()
    {
        var result = RelevanceCalculator.Calculate(Unknown with { Followers = 0, Following = 0 });

        result.AudienceQualityScore.Should().Be(100);
        result.EstimatedComponents.Should().NotContain("audienceQuality");
    }

    [Fact]
    public void Audience_quality_averages_only_known_parts()
    {
        var inputs = Unknown with
        {
            Followers = 500,
            Following = 100, // 500 / 100 * 10 = 50
            Engagement = NoEngagement with { TotalLikes = 1000, TotalComments = 10 }, // 10 / 1000 * 2000 = 20
        };

        RelevanceCalculator.Calculate(inputs).AudienceQualityScore.Should().BeApproximately(35, 1e-12);

        var withRetention = inputs with { Growth = NoGrowth with { RetentionRate30 = 80 } };
        RelevanceCalculator.Calculate(withRetention).AudienceQualityScore.Should().BeApproximately(50, 1e-12);

        var unknownFollowing = inputs with { Following = null };
        RelevanceCalculator.Calculate(unknownFollowing).AudienceQualityScore.Should().BeApproximately(20, 1e-12);
    }

    [Fact]
    public void Custom_weights_are_applied()
    {
        var inputs = Unknown with
        {
            Engagement = NoEngagement with { EngagementRate = 8 }, // score 80
            Weights = new RelevanceWeights(0.5, 0.1, 0.1, 0.2, 0.1),
        };

        var result = RelevanceCalculator.Calculate(inputs);

        // 0.5 * 80 + (0.1 + 0.1 + 0.2 + 0.1) * 50
        result.Overall.Should().Be(65);
        result.EstimatedComponents.Should().Equal("reach", "growth", "consistency", "audienceQuality");
    }

    [Fact]
    public void Overall_rounds_to_two_decimals_half_away_from_zero()
    {
        // Reach rate 6.0625 gives a score of exactly 12.125 (binary-exact), a true midpoint at 2 decimals.
        var inputs = Unknown with
        {
            Reach = NoReach with { ReachRate = 6.0625 },
            Weights = new RelevanceWeights(0, 1, 0, 0, 0),
        };

        var result = RelevanceCalculator.Calculate(inputs);

        result.ReachScore.Should().Be(12.125);
        result.Overall.Should().Be(12.13);
    }
}
