using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;

namespace AnalisaAI.UnitTests.Metrics;

/// <summary>The largest values ingestion accepts (10^12, in batches of 1000) go through every calculator without overflow or a non-finite result.</summary>
public class ExtremeValuesTests
{
    private const long Max = IngestionRules.MaxCount;
    private const int Posts = 1000;
    private static readonly DateOnly Today = new(2026, 6, 30);

    [Fact]
    public void Maximal_counts_give_finite_metrics_and_a_saturated_projection()
    {
        var engagement = EngagementCalculator.Calculate(
            new EngagementInputs(Posts, Posts * Max, Posts * Max, Posts * Max, Posts * Max, Posts, 4 * Posts * Max, Posts * Max),
            followers: 1);
        var reach = ReachCalculator.Calculate(
            new ReachInputs(Posts, Posts * Max, Posts, Posts * Max, Posts, Posts * Max, Posts, Posts * Max, Posts, 30, 30 * Max),
            followers: 1);
        var growth = GrowthCalculator.Calculate(
            new GrowthInputs(new SnapshotPoint(Today, Max), new SnapshotPoint(Today.AddDays(-1), 1), new SnapshotPoint(Today.AddDays(-7), 1),
                new SnapshotPoint(Today.AddDays(-30), 1), 30, 30, 30 * Max),
            followers: Max);
        var relevance = RelevanceCalculator.Calculate(new RelevanceInputs(
            "instagram", Max, 1, engagement, reach, growth,
            [.. Enumerable.Range(0, Posts).Select(i => new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i))],
            RelevanceWeights.Default));

        engagement.EngagementRate.Should().Be(4.0 * Max * 100);
        new double?[] { engagement.AvgInteractions, engagement.EngagementRateByReach, reach.AvgReach, reach.ReachRate, reach.StoryExitRate,
                growth.GrowthRate30, growth.AvgDailyGrowth30, growth.ChurnRate30, relevance.Overall }
            .Should().OnlyContain(value => value.HasValue && double.IsFinite(value.Value));
        growth.NetNewFollowers30.Should().Be(Max - 1);
        growth.ProjectedFollowers30.Should().Be(long.MaxValue, "10^12 times growth from 1 follower is past what a long holds");
        relevance.Overall.Should().BeInRange(0, 100);
    }

    [Fact]
    public void A_projection_within_range_is_still_rounded_exactly()
    {
        var growth = GrowthCalculator.Calculate(
            new GrowthInputs(new SnapshotPoint(Today, Max), null, null, new SnapshotPoint(Today.AddDays(-30), Max / 2), 1, 1, 0),
            followers: Max);

        growth.ProjectedFollowers30.Should().Be(2 * Max);
    }
}
