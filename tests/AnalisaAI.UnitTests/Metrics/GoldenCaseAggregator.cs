using System.Text.Json;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;

namespace AnalisaAI.UnitTests.Metrics;

/// <summary>
/// In-memory reference for the selection and aggregation rules of docs/metrics.md: turns a golden case's raw
/// posts, stories and snapshots into the calculators' inputs.
/// </summary>
internal static class GoldenCaseAggregator
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<GoldenCase> LoadCases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "metrics-golden.json");
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<GoldenFile>(stream, JsonOptions)
                   ?? throw new InvalidOperationException("Empty golden file.");
        return file.Cases;
    }

    public static GoldenCase LoadCase(string name) => LoadCases().Single(c => c.Name == name);

    /// <summary>Posts and stories in the half-open window (T - W days, T].</summary>
    private static bool InWindow(DateTimeOffset publishedAt, GoldenCase c) =>
        publishedAt > c.CalculatedAt.AddDays(-c.WindowDays) && publishedAt <= c.CalculatedAt;

    private static DateOnly CalculationDate(GoldenCase c) => DateOnly.FromDateTime(c.CalculatedAt.UtcDateTime);

    public static IReadOnlyList<GoldenPost> WindowPosts(GoldenCase c) =>
        c.Posts.Where(p => InWindow(p.PublishedAt, c)).ToArray();

    public static EngagementInputs Engagement(GoldenCase c)
    {
        var posts = WindowPosts(c);
        var withReach = posts.Where(p => p.Reach is not null).ToArray();
        return new EngagementInputs(
            PostCount: posts.Count,
            TotalLikes: posts.Sum(p => p.Likes),
            TotalComments: posts.Sum(p => p.Comments),
            TotalShares: posts.Sum(p => p.Shares ?? 0),
            TotalSaves: posts.Sum(p => p.Saves ?? 0),
            PostsWithReach: withReach.Length,
            InteractionsOfPostsWithReach: withReach.Sum(Interactions),
            ReachOfPostsWithReach: withReach.Sum(p => p.Reach!.Value));
    }

    public static ReachInputs Reach(GoldenCase c)
    {
        var posts = WindowPosts(c);
        var stories = c.Stories.Where(s => InWindow(s.PublishedAt, c)).ToArray();
        var storiesWithExits = stories.Where(s => s.Exits is not null).ToArray();

        var lastDay = CalculationDate(c);
        var firstDay = lastDay.AddDays(-c.WindowDays + 1);
        var profileViews = c.Snapshots
            .Where(s => s.Date >= firstDay && s.Date <= lastDay && s.ProfileViews is not null)
            .Select(s => s.ProfileViews!.Value)
            .ToArray();

        return new ReachInputs(
            PostsWithReach: posts.Count(p => p.Reach is not null),
            ReachSum: posts.Sum(p => p.Reach ?? 0),
            PostsWithImpressions: posts.Count(p => p.Impressions is not null),
            ImpressionsSum: posts.Sum(p => p.Impressions ?? 0),
            StoryCount: stories.Length,
            StoryViewsSum: stories.Sum(s => s.Views),
            StoriesWithExits: storiesWithExits.Length,
            ExitsSum: storiesWithExits.Sum(s => s.Exits!.Value),
            ViewsOfStoriesWithExits: storiesWithExits.Sum(s => s.Views),
            SnapshotsWithProfileViews: profileViews.Length,
            ProfileViewsSum: profileViews.Sum());
    }

    public static GrowthInputs Growth(GoldenCase c)
    {
        var ordered = c.Snapshots.OrderBy(s => s.Date).ToArray();
        var latest = LastOnOrBefore(ordered, CalculationDate(c));
        if (latest is null)
        {
            return new GrowthInputs(null, null, null, null, 0, 0, 0);
        }

        var recent = ordered
            .Where(s => s.Date > latest.Date.AddDays(-30) && s.Date <= latest.Date)
            .ToArray();

        return new GrowthInputs(
            Latest: Point(latest),
            Base1: Point(LastOnOrBefore(ordered, latest.Date.AddDays(-1))),
            Base7: Point(LastOnOrBefore(ordered, latest.Date.AddDays(-7))),
            Base30: Point(LastOnOrBefore(ordered, latest.Date.AddDays(-30))),
            RecentCount: recent.Length,
            RecentWithLostCount: recent.Count(s => s.Lost is not null),
            RecentLostSum: recent.Sum(s => s.Lost ?? 0));
    }

    public static RelevanceInputs Relevance(
        GoldenCase c,
        EngagementMetrics engagement,
        ReachMetrics reach,
        GrowthMetrics growth) =>
        new(
            Platform: c.Influencer.Platform,
            Followers: c.Influencer.Followers,
            Following: c.Influencer.Following,
            Engagement: engagement,
            Reach: reach,
            Growth: growth,
            PostTimes: WindowPosts(c).Select(p => p.PublishedAt).ToArray(),
            Weights: c.Weights?.ToWeights() ?? RelevanceWeights.Default);

    private static long Interactions(GoldenPost p) => p.Likes + p.Comments + (p.Shares ?? 0) + (p.Saves ?? 0);

    private static GoldenSnapshot? LastOnOrBefore(GoldenSnapshot[] ordered, DateOnly date) =>
        ordered.LastOrDefault(s => s.Date <= date);

    private static SnapshotPoint? Point(GoldenSnapshot? s) => s is null ? null : new SnapshotPoint(s.Date, s.Followers);
}

internal sealed record GoldenFile(IReadOnlyList<GoldenCase> Cases);

internal sealed record GoldenCase(
    string Name,
    GoldenInfluencer Influencer,
    DateTimeOffset CalculatedAt,
    int WindowDays,
    GoldenWeights? Weights,
    IReadOnlyList<GoldenPost> Posts,
    IReadOnlyList<GoldenStory> Stories,
    IReadOnlyList<GoldenSnapshot> Snapshots,
    JsonElement Expected)
{
    public override string ToString() => Name;
}

internal sealed record GoldenInfluencer(string Platform, long Followers, long? Following);

internal sealed record GoldenWeights(
    double Engagement,
    double Reach,
    double Growth,
    double Consistency,
    double AudienceQuality)
{
    public RelevanceWeights ToWeights() => new(Engagement, Reach, Growth, Consistency, AudienceQuality);
}

internal sealed record GoldenPost(
    DateTimeOffset PublishedAt,
    long Likes,
    long Comments,
    long? Shares,
    long? Saves,
    long? Reach,
    long? Impressions);

internal sealed record GoldenStory(DateTimeOffset PublishedAt, long Views, long? Exits);

internal sealed record GoldenSnapshot(DateOnly Date, long Followers, long? Lost, long? ProfileViews);
