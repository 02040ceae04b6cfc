using AnalisaAI.Api.Features.Metrics.Reach;

namespace AnalisaAI.UnitTests.Metrics;

public class ReachCalculatorTests
{
    private static readonly ReachInputs Empty = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    [Fact]
    public void Nothing_known_gives_nulls_and_zero_stories()
    {
        var result = ReachCalculator.Calculate(Empty, followers: 1000);

        result.Should().Be(new ReachMetrics(null, null, null, 0, null, null, null, null));
    }

    [Fact]
    public void Means_and_rates_over_known_values()
    {
        var inputs = Empty with
        {
            PostsWithReach = 2, ReachSum = 3000,
            PostsWithImpressions = 4, ImpressionsSum = 10000,
            StoryCount = 3, StoryViewsSum = 900,
            StoriesWithExits = 2, ExitsSum = 150, ViewsOfStoriesWithExits = 600,
            SnapshotsWithProfileViews = 5, ProfileViewsSum = 123,
        };

        var result = ReachCalculator.Calculate(inputs, followers: 5000);

        result.AvgReach.Should().Be(1500);
        result.AvgImpressions.Should().Be(2500);
        result.ReachRate.Should().BeApproximately(30, 1e-12);
        result.StoriesCount.Should().Be(3);
        result.AvgStoryViews.Should().Be(300);
        result.StoryExitRate.Should().BeApproximately(25, 1e-12);
        result.StoryCompletionRate.Should().BeApproximately(75, 1e-12);
        result.ProfileViews.Should().Be(123);
    }

    [Fact]
    public void Zero_followers_give_a_null_reach_rate_but_keep_the_average_reach()
    {
        var result = ReachCalculator.Calculate(Empty with { PostsWithReach = 1, ReachSum = 3 }, followers: 0);

        result.AvgReach.Should().Be(3);
        result.ReachRate.Should().BeNull();
    }

    [Fact]
    public void Stories_with_unknown_exits_give_null_exit_and_completion_rates()
    {
        var result = ReachCalculator.Calculate(Empty with { StoryCount = 2, StoryViewsSum = 500 }, followers: 100);

        result.AvgStoryViews.Should().Be(250);
        result.StoryExitRate.Should().BeNull();
        result.StoryCompletionRate.Should().BeNull();
    }

    [Fact]
    public void Exits_over_zero_views_give_null_exit_rate()
    {
        var inputs = Empty with { StoryCount = 1, StoriesWithExits = 1, ExitsSum = 0, ViewsOfStoriesWithExits = 0 };

        var result = ReachCalculator.Calculate(inputs, followers: 100);

        result.AvgStoryViews.Should().Be(0);
        result.StoryExitRate.Should().BeNull();
        result.StoryCompletionRate.Should().BeNull();
    }

    [Fact]
    public void Known_profile_views_of_zero_are_zero_not_null()
    {
        var result = ReachCalculator.Calculate(Empty with { SnapshotsWithProfileViews = 2 }, followers: 100);

        result.ProfileViews.Should().Be(0);
    }
}
