using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;
using AnalisaAI.Api.Features.Metrics.Signals;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Influencers;

public sealed class InfluencerCatalogueTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Create_returns_201_with_location_and_the_full_shape()
    {
        var admin = await factory.CreateAdminClientAsync();
        var handle = InfluencerApi.UniqueHandle("Shape");

        var response = await admin.PostAsJsonAsync(InfluencerApi.Route, new
        {
            handle = "@" + handle,
            platform = "tiktok",
            displayName = "  Ana Shape ",
            followers = 1000,
            following = 10,
            postsCount = 42,
            categories = new[] { "Travel", "food", "travel ", "Beauty" },
        });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = (await response.ReadJsonAsync()).AsObject();
        var id = body["id"]!.GetValue<Guid>();
        response.Headers.Location!.OriginalString.Should().Be($"/api/influencers/{id}");
        body.Select(p => p.Key).Should().Equal(
            "id", "handle", "platform", "displayName", "followers", "following", "postsCount", "categories",
            "createdAt", "updatedAt", "dataAsOf", "dataTargetSeconds", "lastUpdate", "metrics");
        body["handle"]!.GetValue<string>().Should().Be(handle);
        body["platform"]!.GetValue<string>().Should().Be("tiktok");
        body["displayName"]!.GetValue<string>().Should().Be("Ana Shape");
        body["followers"]!.GetValue<long>().Should().Be(1000);
        body["following"]!.GetValue<long>().Should().Be(10);
        body["postsCount"]!.GetValue<long>().Should().Be(42);
        body["categories"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("beauty", "food", "travel");
        body["createdAt"]!.GetValue<string>().Should().Be("2026-06-30T12:00:00Z");
        body["updatedAt"].Should().BeNull();
        body["dataAsOf"].Should().BeNull("no data has arrived yet");
        body["dataTargetSeconds"]!.GetValue<double>().Should().Be(TimeSpan.FromDays(1).TotalSeconds, "not viewed yet: MetricsUpdate:TargetAge");
        body["lastUpdate"]!["status"]!.GetValue<string>().Should().Be("never");
        body["lastUpdate"]!.AsObject().Select(p => p.Key).Should().Equal("status", "at", "error");
        body["lastUpdate"]!["at"].Should().BeNull();
        body["metrics"].Should().BeNull();
        body.ContainsKey("metrics").Should().BeTrue();

        var stored = await factory.WithDbAsync(db => db.Influencers.AsNoTracking().SingleAsync(i => i.Id == id));
        stored.NormalizedHandle.Should().Be(handle.ToLowerInvariant());
        stored.LastUpdateStatus.Should().Be(LatestRunStatus.Never);
        stored.Version.Should().NotBeEmpty();
        stored.Id.Version.Should().Be(7);

        // Reading it is a view, which gives it the hot data target; everything else reads back as created.
        var read = (await (await admin.GetAsync(response.Headers.Location)).ReadJsonAsync()).AsObject();
        read["dataTargetSeconds"]!.GetValue<double>().Should().Be(TimeSpan.FromHours(1).TotalSeconds, "MetricsUpdate:HotTargetAge");
        read["dataTargetSeconds"] = body["dataTargetSeconds"]!.DeepClone();
        read.ToJsonString().Should().Be(body.ToJsonString());
    }

    [Fact]
    public async Task Categories_are_created_once_and_shared()
    {
        var admin = await factory.CreateAdminClientAsync();
        var name = $"shared-{Guid.NewGuid():N}"[..20];
        await InfluencerApi.CreateIdAsync(admin, categories: [name.ToUpperInvariant()]);
        await InfluencerApi.CreateIdAsync(admin, categories: [name]);

        var count = await factory.WithDbAsync(db => db.Categories.CountAsync(c => c.Name == name));
        count.Should().Be(1);
    }

    [Theory]
    [InlineData("instagram", "INSTAGRAM")]
    [InlineData("youtube", "youtube")]
    public async Task Duplicate_platform_and_handle_is_409_case_insensitively(string platform, string duplicatePlatform)
    {
        var admin = await factory.CreateAdminClientAsync();
        var handle = InfluencerApi.UniqueHandle("Dup");
        await InfluencerApi.CreateIdAsync(admin, handle, platform);

        var response = await admin.PostAsJsonAsync(InfluencerApi.Route, new { handle = "@" + handle.ToUpperInvariant(), platform = duplicatePlatform });

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task Same_handle_on_another_platform_is_allowed()
    {
        var admin = await factory.CreateAdminClientAsync();
        var handle = InfluencerApi.UniqueHandle();
        await InfluencerApi.CreateIdAsync(admin, handle, "instagram");

        var response = await admin.PostAsJsonAsync(InfluencerApi.Route, new { handle, platform = "facebook" });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{ "platform": "instagram" }""", "handle" },
        { """{ "handle": "has space", "platform": "instagram" }""", "handle" },
        { """{ "handle": "@", "platform": "instagram" }""", "handle" },
        { $$"""{ "handle": "{{new string('a', 101)}}", "platform": "instagram" }""", "handle" },
        { """{ "handle": "ok" }""", "platform" },
        { """{ "handle": "ok", "platform": "myspace" }""", "platform" },
        { """{ "handle": "ok", "platform": "instagram", "followers": -1 }""", "followers" },
        { """{ "handle": "ok", "platform": "instagram", "following": -1 }""", "following" },
        { """{ "handle": "ok", "platform": "instagram", "postsCount": -5 }""", "postsCount" },
        { $$"""{ "handle": "ok", "platform": "instagram", "displayName": "{{new string('d', 201)}}" }""", "displayName" },
        { """{ "handle": "ok", "platform": "instagram", "categories": ["fine", " "] }""", "categories[1]" },
        { $$"""{ "handle": "ok", "platform": "instagram", "categories": ["{{new string('c', 51)}}"] }""", "categories[0]" },
        { $$"""{ "handle": "ok", "platform": "instagram", "categories": [{{string.Join(',', Enumerable.Range(0, 21).Select(i => $"\"c{i}\""))}}] }""", "categories" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Invalid_create_body_is_400_naming_the_field(string json, string field)
    {
        var admin = await factory.CreateAdminClientAsync();

        var response = await admin.PostAsync(InfluencerApi.Route, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).ErrorKeys().Should().Equal(field);
    }

    [Fact]
    public async Task Update_replaces_the_fields_and_keeps_the_identity()
    {
        var admin = await factory.CreateAdminClientAsync();
        var created = await InfluencerApi.CreateAsync(admin, new
        {
            handle = InfluencerApi.UniqueHandle(), platform = "instagram", displayName = "Before", followers = 5, categories = new[] { "old" },
        });
        var id = created["id"]!.GetValue<Guid>();
        var versionBefore = await factory.WithDbAsync(db => db.Influencers.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());
        var newHandle = InfluencerApi.UniqueHandle("Renamed");

        var response = await admin.PutAsJsonAsync($"{InfluencerApi.Route}/{id}", new
        {
            handle = newHandle, platform = "youtube", displayName = "After", postsCount = 7, categories = new[] { "New", "other" },
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = (await response.ReadJsonAsync()).AsObject();
        body["id"]!.GetValue<Guid>().Should().Be(id);
        body["handle"]!.GetValue<string>().Should().Be(newHandle);
        body["platform"]!.GetValue<string>().Should().Be("youtube");
        body["displayName"]!.GetValue<string>().Should().Be("After");
        body["followers"].Should().BeNull("PUT replaces the representation");
        body["postsCount"]!.GetValue<long>().Should().Be(7);
        body["categories"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("new", "other");
        body["createdAt"]!.GetValue<string>().Should().Be(created["createdAt"]!.GetValue<string>());

        var versionAfter = await factory.WithDbAsync(db => db.Influencers.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());
        versionAfter.Should().NotBe(versionBefore);
    }

    [Fact]
    public async Task Update_to_a_handle_another_influencer_has_is_409_but_keeping_its_own_is_fine()
    {
        var admin = await factory.CreateAdminClientAsync();
        var taken = InfluencerApi.UniqueHandle("Taken");
        await InfluencerApi.CreateIdAsync(admin, taken);
        var own = InfluencerApi.UniqueHandle();
        var id = await InfluencerApi.CreateIdAsync(admin, own);

        var clash = await admin.PutAsJsonAsync($"{InfluencerApi.Route}/{id}", new { handle = taken.ToLowerInvariant(), platform = "instagram" });
        var same = await admin.PutAsJsonAsync($"{InfluencerApi.Route}/{id}", new { handle = own.ToUpperInvariant(), platform = "instagram" });

        clash.StatusCode.Should().Be(HttpStatusCode.Conflict);
        await clash.ReadProblemAsync();
        same.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Update_with_an_invalid_body_is_400()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);

        var response = await admin.PutAsJsonAsync($"{InfluencerApi.Route}/{id}", new { handle = "ok", platform = "instagram", followers = -3 });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).ErrorKeys().Should().Equal("followers");
    }

    [Theory]
    [InlineData("followers", 1_000_000_000_001L)]
    [InlineData("following", long.MaxValue)]
    [InlineData("postsCount", -1L)]
    public async Task Counts_beyond_0_to_10_to_the_12_are_refused_on_create_and_update_and_change_nothing(string field, long value)
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var body = new Dictionary<string, object> { ["handle"] = "bounds_" + Guid.NewGuid().ToString("N")[..8], ["platform"] = "instagram", [field] = value };

        var created = await admin.PostAsJsonAsync(InfluencerApi.Route, body);
        var updated = await admin.PutAsJsonAsync($"{InfluencerApi.Route}/{id}", body);

        foreach (var response in new[] { created, updated })
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.ReadProblemAsync()).ErrorKeys().Should().Equal(field);
        }

        (await admin.GetFromJsonAsync<JsonElement>($"{InfluencerApi.Route}/{id}")).GetProperty("handle").GetString().Should().NotStartWith("bounds_");
    }

    [Fact]
    public async Task Unknown_id_is_404_problem_on_every_route()
    {
        var admin = await factory.CreateAdminClientAsync();
        var url = $"{InfluencerApi.Route}/{Guid.NewGuid()}";
        var responses = new[]
        {
            await admin.GetAsync(url),
            await admin.PutAsJsonAsync(url, new { handle = "nobody", platform = "instagram" }),
            await admin.DeleteAsync(url),
            await admin.PostAsJsonAsync($"{url}/posts", new { items = new[] { InfluencerApi.Post("p1") } }),
            await admin.PostAsJsonAsync($"{url}/stories", new { items = new[] { InfluencerApi.Story("s1") } }),
            await admin.PostAsJsonAsync($"{url}/audience-snapshots", new { items = new[] { InfluencerApi.Snapshot("2026-06-01", 10) } }),
        };

        foreach (var response in responses)
        {
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, response.RequestMessage!.Method + " " + response.RequestMessage.RequestUri);
            await response.ReadProblemAsync();
        }
    }

    [Fact]
    public async Task Get_returns_the_latest_metrics_when_a_run_succeeded()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var runId = await InfluencerApi.SeedRunAsync(factory, id, 73.5);

        var body = (await (await admin.GetAsync($"{InfluencerApi.Route}/{id}")).ReadJsonAsync()).AsObject();

        body["metrics"]!["runId"]!.GetValue<Guid>().Should().Be(runId);
        body["metrics"]!["relevance"]!["overall"]!.GetValue<double>().Should().Be(73.5);
        body["metrics"]!["growth"]!["followers"]!.GetValue<long>().Should().Be(1234);
        body["updatedAt"]!.GetValue<string>().Should().Be("2026-06-30T12:00:00Z");
    }

    [Fact]
    public async Task Delete_is_204_and_takes_the_social_data_and_metrics_with_it()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin, categories: ["kept"]);
        var survivor = await InfluencerApi.CreateIdAsync(admin, categories: ["kept"]);
        foreach (var influencer in new[] { id, survivor })
        {
            await InfluencerApi.IngestAsync(admin, influencer, "posts", [InfluencerApi.Post("p1"), InfluencerApi.Post("p2")]);
            await InfluencerApi.IngestAsync(admin, influencer, "stories", [InfluencerApi.Story("s1")]);
            await InfluencerApi.IngestAsync(admin, influencer, "audience-snapshots", [InfluencerApi.Snapshot("2026-06-01", 10)]);
        }

        var runId = await InfluencerApi.SeedRunAsync(factory, id, 50);

        var response = await admin.DeleteAsync($"{InfluencerApi.Route}/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await admin.GetAsync($"{InfluencerApi.Route}/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var left = await factory.WithDbAsync(async db => new
        {
            Posts = await db.Posts.CountAsync(p => p.InfluencerId == id),
            Stories = await db.Stories.CountAsync(s => s.InfluencerId == id),
            Snapshots = await db.AudienceSnapshots.CountAsync(s => s.InfluencerId == id),
            Runs = await db.MetricRuns.CountAsync(r => r.InfluencerId == id),
            Results = await db.Set<RelevanceResult>().CountAsync(r => r.RunId == runId) + await db.Set<EngagementResult>().CountAsync(r => r.RunId == runId)
                + await db.Set<ReachResult>().CountAsync(r => r.RunId == runId) + await db.Set<GrowthResult>().CountAsync(r => r.RunId == runId)
                + await db.Set<BenchmarkResult>().CountAsync(r => r.RunId == runId) + await db.Set<SignalsResult>().CountAsync(r => r.RunId == runId)
                + await db.Set<BenchmarkEntry>().CountAsync(e => e.InfluencerId == id && !e.Deleted), // the entry stays as a tombstone
            SurvivorPosts = await db.Posts.CountAsync(p => p.InfluencerId == survivor),
            Category = await db.Categories.CountAsync(c => c.Name == "kept"),
        });
        left.Should().BeEquivalentTo(new { Posts = 0, Stories = 0, Snapshots = 0, Runs = 0, Results = 0, SurvivorPosts = 2, Category = 1 });
        (await admin.DeleteAsync($"{InfluencerApi.Route}/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
