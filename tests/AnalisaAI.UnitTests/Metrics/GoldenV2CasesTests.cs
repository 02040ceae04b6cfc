using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;

namespace AnalisaAI.UnitTests.Metrics;

/// <summary>Every case of tests/Fixtures/metrics-v2-golden.json through the pure part-2 calculators.</summary>
public class GoldenV2CasesTests
{
    public static TheoryData<string> CaseNames() => new(GoldenV2Aggregator.LoadCases().Select(c => c.Name));

    [Fact]
    public void The_v2_golden_file_has_twelve_cases() => GoldenV2Aggregator.LoadCases().Should().HaveCount(12);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_calculators_reproduce_each_v2_golden_case(string name)
    {
        var c = GoldenV2Aggregator.LoadCase(name);
        var engagement = GoldenV2Aggregator.Engagement(c.Input);
        var growth = GoldenV2Aggregator.Growth(c.Input);
        var benchmark = GoldenV2Aggregator.Benchmark(c.Input, engagement, growth);
        var signals = GoldenV2Aggregator.Signals(c.Input, engagement, benchmark);

        JsonMatch.Assert(c.Expected.GetProperty("engagement"), engagement, "engagement");
        JsonMatch.Assert(c.Expected.GetProperty("benchmark"), benchmark, "benchmark");
        JsonMatch.Assert(c.Expected.GetProperty("signals"), signals, "signals");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Consistency_is_100_times_exp_of_minus_the_posting_gap_cv(string name)
    {
        var c = GoldenV2Aggregator.LoadCase(name);
        var engagement = GoldenV2Aggregator.Engagement(c.Input);
        var relevance = RelevanceCalculator.Calculate(new RelevanceInputs(
            c.Input.Influencer.Platform,
            c.Input.Influencer.Followers,
            c.Input.Influencer.Following,
            EngagementCalculator.Calculate(new EngagementInputs(0, 0, 0, 0, 0, 0, 0, 0), c.Input.Influencer.Followers),
            ReachCalculator.Calculate(new ReachInputs(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), c.Input.Influencer.Followers),
            GoldenV2Aggregator.Growth(c.Input),
            [.. GoldenV2Aggregator.WindowPosts(c.Input).Select(p => new DateTimeOffset(p.PublishedAt, TimeSpan.Zero))],
            RelevanceWeights.Default));

        if (engagement.PostingGapCv is { } cv)
        {
            relevance.ConsistencyScore.Should().Be(100 * Math.Exp(-cv), "the same number, exactly");
        }
        else
        {
            relevance.ConsistencyScore.Should().BeNull();
        }
    }
}
