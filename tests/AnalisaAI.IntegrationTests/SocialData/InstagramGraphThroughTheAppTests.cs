using System.Net;
using System.Net.Http.Json;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.SocialData;

/// <summary>
/// The app configured with SocialData:Source=InstagramGraph against the local Graph API stub: the profile stage
/// stores what the Graph API reports (counts, name, recent media as posts) before the metrics read it.
/// </summary>
public sealed class InstagramGraphThroughTheAppTests
{
    private const string Profile = """
        {
          "business_discovery": {
            "username": "ana.fit_",
            "name": "Ana Fit",
            "biography": "Treinos e receitas",
            "followers_count": 152340,
            "follows_count": 312,
            "media_count": 981,
            "media": { "data": [
              { "id": "1801", "timestamp": "2026-06-29T10:00:00+0000", "media_type": "IMAGE", "media_product_type": "FEED", "like_count": 5230, "comments_count": 120 },
              { "id": "1802", "timestamp": "2026-06-27T18:30:15+0000", "media_type": "VIDEO", "media_product_type": "REELS", "like_count": 9100, "comments_count": 340 }
            ] }
          },
          "id": "17841400000000001"
        }
        """;

    [Fact]
    public async Task A_manual_run_refreshes_the_profile_and_posts_from_the_graph_api()
    {
        await using var stub = await GraphApiStub.StartAsync(200, Profile);
        await using var factory = new GraphFactory(stub.BaseUrl);
        var admin = await factory.CreateAdminClientAsync();
        var created = await admin.PostAsJsonAsync("/api/influencers", new { handle = "ana.fit_", platform = "instagram", followers = 1000 });
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<Guid>();

        (await admin.PostAsync($"/api/influencers/{id}/metrics/recalculate", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var metrics = await TestData.EventuallyAsync(() => admin.GetAsync($"/api/influencers/{id}/metrics"), r => r.StatusCode == HttpStatusCode.OK);

        metrics.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await metrics.ReadJsonAsync();
        body["engagement"]!["postsAnalyzed"]!.GetValue<int>().Should().Be(2, "the recent media were stored as posts first");
        body["engagement"]!["totalLikes"]!.GetValue<long>().Should().Be(5230 + 9100);
        body["growth"]!["followers"]!.GetValue<long>().Should().Be(152340, "F is the follower count after the profile stage");
        var influencer = await (await admin.GetAsync($"/api/influencers/{id}")).ReadJsonAsync();
        influencer["displayName"]!.GetValue<string>().Should().Be("Ana Fit");
        influencer["following"]!.GetValue<long>().Should().Be(312);
        influencer["postsCount"]!.GetValue<long>().Should().Be(981);
        stub.Requests.Should().OnlyContain(r => r.Authorization.StartsWith("Bearer ", StringComparison.Ordinal) && !r.RawQuery.Contains("access_token"));
    }

    [Fact]
    public async Task A_successful_fetch_renews_data_as_of_and_a_failed_one_leaves_it()
    {
        // The first call answers, every later one fails.
        await using var stub = await GraphApiStub.StartAsync((context, hit) =>
            hit == 1 ? GraphApiStub.WriteAsync(context, 200, Profile) : GraphApiStub.WriteAsync(context, 400, GraphApiStub.Error(100, "Unsupported get request")));
        await using var factory = new GraphFactory(stub.BaseUrl, refetchMinAge: TimeSpan.Zero);
        var admin = await factory.CreateAdminClientAsync();
        var created = await admin.PostAsJsonAsync("/api/influencers", new { handle = "ana.fit_", platform = "instagram" });
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<Guid>();
        (await admin.PostAsJsonAsync($"/api/influencers/{id}/posts", new { items = new[] { new { externalId = "own-1", publishedAt = ApiFactory.Start.AddDays(-2), contentType = "image", likes = 10, comments = 1 } } }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var ingestedAt = factory.Time.GetUtcNow().UtcDateTime;

        factory.Time.Advance(TimeSpan.FromMinutes(5));
        await RunToEndAsync(factory, admin, id);
        var fetchedAt = factory.Time.GetUtcNow().UtcDateTime;

        var influencer = await (await admin.GetAsync($"/api/influencers/{id}")).ReadJsonAsync();
        fetchedAt.Should().NotBe(ingestedAt);
        influencer["dataAsOf"]!.GetValue<DateTime>().Should().Be(fetchedAt, "the source answered: new data arrived at the run");
        influencer["metrics"]!["dataAsOf"]!.GetValue<DateTime>().Should().Be(fetchedAt);

        // The source now fails: the run fails at the profile stage and the data keep their age.
        factory.Time.Advance(TimeSpan.FromMinutes(5));
        (await RunToEndAsync(factory, admin, id)).FailedStage.Should().Be("profile");
        stub.Hits.Should().Be(2, "the second run did ask the source");
        (await (await admin.GetAsync($"/api/influencers/{id}")).ReadJsonAsync())["dataAsOf"]!.GetValue<DateTime>().Should().Be(fetchedAt);
    }

    private static async Task<MetricRun> RunToEndAsync(GraphFactory factory, HttpClient admin, Guid id)
    {
        var accepted = await admin.PostAsync($"/api/influencers/{id}/metrics/recalculate", null);
        accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var runId = (await accepted.ReadJsonAsync())["runId"]!.GetValue<Guid>();
        return await TestData.EventuallyAsync(
            () => factory.WithDbAsync(db => db.MetricRuns.AsNoTracking().SingleAsync(r => r.Id == runId)),
            r => r.Status != RunStatus.Running);
    }

    [Fact]
    public async Task A_graph_api_error_fails_the_run_at_the_profile_stage_without_leaking_the_token()
    {
        // A rejected token (code 190) no longer fails a run (the source turns unauthorized and the run uses stored
        // data: SourceBudgetThroughTheAppTests); an error that the API echoes the token into still must not leak it.
        await using var stub = await GraphApiStub.StartAsync(400, GraphApiStub.Error(100, $"Unsupported get request for token {GraphFactory.Token}"));
        await using var factory = new GraphFactory(stub.BaseUrl);
        var admin = await factory.CreateAdminClientAsync();
        var created = await admin.PostAsJsonAsync("/api/influencers", new { handle = "ana.fit_", platform = "instagram" });
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<Guid>();

        (await admin.PostAsync($"/api/influencers/{id}/metrics/recalculate", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var run = await TestData.EventuallyAsync(
            () => factory.WithDbAsync(db => db.MetricRuns.AsNoTracking().SingleAsync(r => r.InfluencerId == id)),
            r => r.Status != RunStatus.Running);

        run.Status.Should().Be(RunStatus.Failed);
        run.FailedStage.Should().Be("profile");
        run.Error.Should().NotBeNullOrEmpty().And.NotContain(GraphFactory.Token);
        factory.Logs.Lines.Should().NotContain(l => l.Message.Contains(GraphFactory.Token, StringComparison.Ordinal)
            || (l.Exception != null && l.Exception.ToString().Contains(GraphFactory.Token, StringComparison.Ordinal)));
    }

    private sealed class GraphFactory(string baseUrl, TimeSpan? refetchMinAge = null) : ApiFactory
    {
        public const string Token = "EAAG-app-test-token-7d3e";

        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["SocialData:Source"] = "InstagramGraph";
            settings["SocialData:InstagramGraph:BaseUrl"] = baseUrl;
            settings["SocialData:InstagramGraph:AccessToken"] = Token;
            settings["SocialData:InstagramGraph:BusinessAccountId"] = "17841400000000001";
            if (refetchMinAge is { } age)
            {
                settings["SocialData:InstagramGraph:RefetchMinAge"] = age.ToString();
            }

            return settings;
        }
    }
}
