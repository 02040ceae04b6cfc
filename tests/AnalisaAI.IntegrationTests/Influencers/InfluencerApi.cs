using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;
using AnalisaAI.Api.Features.Metrics.Signals;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Influencers;

/// <summary>Request helpers and item builders for the influencer tests.</summary>
public static class InfluencerApi
{
    public const string Route = "/api/influencers";

    public static string UniqueHandle(string prefix = "inf") => $"{prefix}_{Guid.NewGuid():N}"[..24];

    public static async Task<JsonObject> CreateAsync(HttpClient admin, object body)
    {
        var response = await admin.PostAsJsonAsync(Route, body);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).AsObject();
    }

    public static async Task<Guid> CreateIdAsync(HttpClient admin, string? handle = null, string platform = "instagram", string[]? categories = null) =>
        (await CreateAsync(admin, new { handle = handle ?? UniqueHandle(), platform, categories }))["id"]!.GetValue<Guid>();

    public static async Task<JsonObject> IngestAsync(HttpClient admin, Guid id, string kind, IEnumerable<object> items)
    {
        var response = await admin.PostAsJsonAsync($"{Route}/{id}/{kind}", new { items });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).AsObject();
    }

    public static object Post(string externalId, long likes = 10, long comments = 2, DateTimeOffset? publishedAt = null, string contentType = "image", long? reach = null) =>
        new { externalId, publishedAt = publishedAt ?? ApiFactory.Start.AddDays(-1), contentType, likes, comments, shares = 1, saves = (long?)null, views = 100, reach, impressions = 150 };

    public static object Story(string externalId, long views = 50, long? exits = 3) =>
        new { externalId, publishedAt = ApiFactory.Start.AddHours(-3), views, reach = 40, exits, replies = 1 };

    public static object Snapshot(string date, long followers, long? following = null) =>
        new { date, followers, following, gained = 5, lost = 1, profileViews = 20 };

    public static void ShouldBeIngestion(this JsonObject result, int received, int inserted, int updated)
    {
        result["received"]!.GetValue<int>().Should().Be(received);
        result["inserted"]!.GetValue<int>().Should().Be(inserted);
        result["updated"]!.GetValue<int>().Should().Be(updated);
    }

    public static string[] ErrorKeys(this JsonObject problem) =>
        problem["errors"]!.AsObject().Select(e => e.Key).ToArray();

    /// <summary>Stores one successful run with all four stage results and makes it the influencer's latest.</summary>
    public static Task<Guid> SeedRunAsync(ApiFactory factory, Guid influencerId, double overall) =>
        factory.WithDbAsync(async db =>
        {
            var runId = Guid.CreateVersion7();
            var at = ApiFactory.Start.UtcDateTime;
            db.MetricRuns.Add(new MetricRun
            {
                Id = runId, InfluencerId = influencerId, Trigger = RunTrigger.Manual, Status = RunStatus.Succeeded,
                StartedAt = at, FinishedAt = at, CalculatedAt = at,
            });
            db.AddRange(
                new EngagementResult { RunId = runId, InfluencerId = influencerId, CalculatedAt = at, Metrics = new(3, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null) },
                new ReachResult { RunId = runId, InfluencerId = influencerId, CalculatedAt = at, Metrics = new(null, null, null, 0, null, null, null, null) },
                new GrowthResult
                {
                    RunId = runId, InfluencerId = influencerId, CalculatedAt = at,
                    Metrics = new(1234, null, null, null, null, null, null, null, null, null, null),
                },
                new RelevanceResult { RunId = runId, InfluencerId = influencerId, CalculatedAt = at, Metrics = new(overall, null, null, null, null, null, []) },
                new BenchmarkResult { RunId = runId, InfluencerId = influencerId, CalculatedAt = at, Metrics = new("nano", 0, null, null, 0, null, null) },
                new SignalsResult { RunId = runId, InfluencerId = influencerId, CalculatedAt = at, Metrics = new([], [], "low", 0) });
            var influencer = await db.Influencers.FindAsync(influencerId);
            influencer!.LatestRunId = runId;
            influencer.RelevanceOverall = overall;
            influencer.UpdatedAt = at;

            // As a run's commit saves benchmark results: once, under the execution strategy (BenchmarkEntryWriter).
            await TransientFailureRetries.OnceAsync(db, db.SaveChangesAsync, CancellationToken.None);
            return runId;
        });
}
