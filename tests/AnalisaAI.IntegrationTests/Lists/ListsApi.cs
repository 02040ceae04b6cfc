using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;
using AnalisaAI.Api.Features.Metrics.Signals;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Lists;

/// <summary>Request helpers for saved lists and CSV exports, and influencers written straight to the database.</summary>
public static class ListsApi
{
    public const string Route = "/api/lists";

    public static async Task<JsonObject> CreateAsync(HttpClient client, string name)
    {
        var response = await client.PostAsJsonAsync(Route, new { name });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).AsObject();
    }

    public static async Task<Guid> CreateIdAsync(HttpClient client, string name = "Campaign") =>
        (await CreateAsync(client, name))["id"]!.GetValue<Guid>();

    public static Task<HttpResponseMessage> AddAsync(HttpClient client, Guid listId, params Guid[] influencerIds) =>
        client.PostAsJsonAsync($"{Route}/{listId}/items", new { influencerIds });

    public static async Task<int> AddedAsync(HttpClient client, Guid listId, params Guid[] influencerIds)
    {
        var response = await AddAsync(client, listId, influencerIds);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["added"]!.GetValue<int>();
    }

    public static async Task<Guid[]> ItemIdsAsync(HttpClient client, Guid listId)
    {
        var response = await client.GetAsync($"{Route}/{listId}/items");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToArray();
    }

    public static async Task<JsonObject> ListAsync(HttpClient client, Guid listId)
    {
        var lists = (await client.GetFromJsonAsync<JsonObject>(Route))!["items"]!.AsArray();
        return lists.Single(l => l!["id"]!.GetValue<Guid>() == listId)!.AsObject();
    }

    public static HttpRequestMessage CsvRequest(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        return request;
    }

    public static async Task<string> CsvAsync(HttpClient client, string path)
    {
        using var response = await client.SendAsync(CsvRequest(path));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Influencers with no data, straight into the database: cheap in the thousands.</summary>
    public static Task<List<Guid>> AddBareInfluencersAsync(ApiFactory factory, int count, string prefix, Func<int, string?>? displayName = null) =>
        factory.WithDbAsync(async db =>
        {
            var now = factory.Time.GetUtcNow().UtcDateTime;
            var influencers = Enumerable.Range(0, count).Select(i => new Influencer
            {
                Id = Guid.CreateVersion7(),
                Handle = $"{prefix}{i:00000}",
                NormalizedHandle = Influencer.Normalize($"{prefix}{i:00000}"),
                Platform = Platform.Instagram,
                DisplayName = displayName?.Invoke(i),
                Followers = 1_000 + i,
                CreatedAt = now,
                LastUpdateStatus = LatestRunStatus.Never,
                Version = Guid.NewGuid(),
            }).ToList();
            db.Influencers.AddRange(influencers);
            await db.SaveChangesAsync();
            return influencers.Select(i => i.Id).ToList();
        });

    /// <summary>A successful run with these figures, made the influencer's latest, with the row's copies the list filters on.</summary>
    public static Task SeedRunAsync(ApiFactory factory, Guid influencerId, RunFigures figures) =>
        factory.WithDbAsync(async db =>
        {
            var runId = Guid.CreateVersion7();
            var at = figures.CalculatedAt;
            db.MetricRuns.Add(new MetricRun
            {
                Id = runId, InfluencerId = influencerId, Trigger = RunTrigger.Manual, Status = RunStatus.Succeeded,
                StartedAt = at, FinishedAt = at, CalculatedAt = at,
            });
            db.AddRange(
                new EngagementResult
                {
                    RunId = runId, InfluencerId = influencerId, CalculatedAt = at,
                    Metrics = new(3, 0, 0, 0, 0, 0, 0, 0, 0, 0, figures.EngagementRate, null, 3, figures.EngagementRatePublic),
                },
                new ReachResult { RunId = runId, InfluencerId = influencerId, CalculatedAt = at, Metrics = new(null, null, null, 0, null, null, null, null) },
                new GrowthResult
                {
                    RunId = runId, InfluencerId = influencerId, CalculatedAt = at,
                    Metrics = new(1234, null, null, null, null, null, figures.GrowthRate30, null, null, null, null),
                },
                new RelevanceResult { RunId = runId, InfluencerId = influencerId, CalculatedAt = at, Metrics = new(figures.Relevance, null, null, null, null, null, []) },
                new BenchmarkResult { RunId = runId, InfluencerId = influencerId, CalculatedAt = at, Metrics = new(figures.Tier, 5, figures.ErPercentile, null, 0, null, null) },
                new SignalsResult { RunId = runId, InfluencerId = influencerId, CalculatedAt = at, Metrics = new([], figures.Flags, "low", 0) });
            var influencer = await db.Influencers.FindAsync(influencerId);
            influencer!.LatestRunId = runId;
            influencer.RelevanceOverall = figures.Relevance;
            influencer.UpdatedAt = at;
            influencer.DataAsOf = figures.DataAsOf;
            influencer.FollowerTier = figures.Tier;
            influencer.ErPercentile = figures.ErPercentile;
            influencer.DataConfidence = "low";
            influencer.RaisedFlags = Influencer.FormatFlags(figures.Flags);
            influencer.LastUpdateStatus = LatestRunStatus.Succeeded;

            // As a run's commit saves benchmark results: once, under the execution strategy (BenchmarkEntryWriter).
            return await TransientFailureRetries.OnceAsync(db, db.SaveChangesAsync, CancellationToken.None);
        });
}
