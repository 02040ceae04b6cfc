using System.Text.Json;
using AnalisaAI.Api.Features.Metrics;
using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Signals;

namespace AnalisaAI.UnitTests.Metrics;

/// <summary>
/// In-memory reference for the selection rules of part 2 of docs/metrics.md: turns a v2 golden case's raw posts,
/// snapshots and peers into the pure calculators' inputs, and runs them.
/// </summary>
internal static class GoldenV2Aggregator
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<GoldenV2Case> LoadCases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "metrics-v2-golden.json");
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<GoldenV2File>(stream, JsonOptions)
                   ?? throw new InvalidOperationException("Empty golden file.");
        return file.Cases;
    }

    public static GoldenV2Case LoadCase(string name) => LoadCases().Single(c => c.Name == name);

    private static DateTime T(GoldenV2Input i) => i.CalculatedAt.UtcDateTime;

    /// <summary>P: the posts in the half-open window (T - W days, T].</summary>
    public static IReadOnlyList<SamplePost> WindowPosts(GoldenV2Input i) =>
        [.. i.Posts
            .Where(p => p.PublishedAt > i.CalculatedAt.AddDays(-i.WindowDays) && p.PublishedAt <= i.CalculatedAt)
            .Select(p => new SamplePost(
                p.ExternalId,
                p.PublishedAt.UtcDateTime,
                p.ContentType is "video" or "reel" or "short",
                p.Likes,
                p.Comments,
                p.Views))];

    public static EngagementSampleMetrics Engagement(GoldenV2Input i)
    {
        var lastPost = i.Posts.Where(p => p.PublishedAt <= i.CalculatedAt).Select(p => (DateTime?)p.PublishedAt.UtcDateTime).Max();
        return EngagementSampleCalculator.Calculate(new EngagementSampleInputs(WindowPosts(i), i.WindowDays, T(i), lastPost), i.Influencer.Followers);
    }

    public static GrowthMetrics Growth(GoldenV2Input i)
    {
        var ordered = i.Snapshots.OrderBy(s => s.Date).ToArray();
        var latest = ordered.LastOrDefault(s => s.Date <= DateOnly.FromDateTime(T(i)));
        if (latest is null)
        {
            return GrowthCalculator.Calculate(new GrowthInputs(null, null, null, null, 0, 0, 0), i.Influencer.Followers);
        }

        var recent = ordered.Where(s => s.Date > latest.Date.AddDays(-30) && s.Date <= latest.Date).ToArray();
        return GrowthCalculator.Calculate(
            new GrowthInputs(
                Point(latest),
                Point(ordered.LastOrDefault(s => s.Date <= latest.Date.AddDays(-1))),
                Point(ordered.LastOrDefault(s => s.Date <= latest.Date.AddDays(-7))),
                Point(ordered.LastOrDefault(s => s.Date <= latest.Date.AddDays(-30))),
                recent.Length,
                recent.Count(s => s.Lost is not null),
                recent.Sum(s => s.Lost ?? 0)),
            i.Influencer.Followers);
    }

    /// <summary>The benchmark as a pure function of the peers' stored results.</summary>
    public static BenchmarkMetrics Benchmark(GoldenV2Input i, EngagementSampleMetrics engagement, GrowthMetrics growth)
    {
        var stored = i.Peers.SelectMany(p => p.Results.Select(r => new PeerResult(
            p.InfluencerId, r.RunId, r.CalculatedAt.UtcDateTime, p.Platform, r.Followers, r.EngagementRatePublic, r.GrowthRate30)));
        var asOf = PeerSelection.AsOf(stored, i.Influencer.Id, T(i));
        return BenchmarkCalculator.Calculate(PeerSelection.Inputs(
            i.Influencer.Platform, i.Influencer.Followers, engagement.EngagementRatePublic, growth.GrowthRate30, asOf));
    }

    public static SignalsMetrics Signals(GoldenV2Input i, EngagementSampleMetrics engagement, BenchmarkMetrics benchmark) =>
        SignalsCalculator.Calculate(new SignalsInputs(
            i.Influencer.Followers,
            i.Influencer.Following,
            DateOnly.FromDateTime(T(i)),
            WindowPosts(i),
            [.. i.Snapshots.Select(s => new DailyFollowers(s.Date, s.Followers))],
            engagement.EngagementRatePublic,
            benchmark.ErTierMedian,
            benchmark.ErPercentile));

    private static SnapshotPoint? Point(GoldenV2Snapshot? s) => s is null ? null : new SnapshotPoint(s.Date, s.Followers);
}
