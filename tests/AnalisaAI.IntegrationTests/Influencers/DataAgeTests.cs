using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Influencers;

/// <summary>
/// <c>dataAsOf</c> over HTTP: when new data last arrived, beside <c>calculatedAt</c> in every metrics-bearing
/// response. The clock is the factory's: each test moves it and reads it back, so the values are exact.
/// </summary>
public sealed class DataAgeTests(DataAgeTests.Factory factory) : IClassFixture<DataAgeTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();

            // Tokens outlive the hours the tests move the clock by.
            settings["Jwt:AccessTokenMinutes"] = "1440";

            // Not the defaults, so the targets in the responses must come from the settings.
            settings["MetricsUpdate:HotTargetAge"] = "00:30:00";
            settings["MetricsUpdate:TargetAge"] = "06:00:00";
            return settings;
        }
    }

    private DateTime Now => factory.Time.GetUtcNow().UtcDateTime;

    [Theory]
    [InlineData("posts")]
    [InlineData("stories")]
    [InlineData("audience-snapshots")]
    public async Task An_ingestion_sets_data_as_of_to_now(string kind)
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        (await GetAsync(admin, id))["dataAsOf"].Should().BeNull("no data has arrived yet");

        factory.Time.Advance(TimeSpan.FromMinutes(7));
        await InfluencerApi.IngestAsync(admin, id, kind, [Item(kind, "a")]);
        var first = Now;
        factory.Time.Advance(TimeSpan.FromMinutes(5));
        var afterFirst = DataAsOf(await GetAsync(admin, id));
        await InfluencerApi.IngestAsync(admin, id, kind, [Item(kind, "b")]);

        afterFirst.Should().Be(first);
        DataAsOf(await GetAsync(admin, id)).Should().Be(Now, "every ingestion is new data");
    }

    [Fact]
    public async Task A_run_on_stored_data_keeps_data_as_of_and_its_result_carries_the_age_it_read()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        await IngestSomeDataAsync(admin, id, "first");
        var ingestedAt = Now;

        factory.Time.Advance(TimeSpan.FromHours(3));
        await RunAsync(admin, id);
        var firstRunAt = Now;

        var influencer = await GetAsync(admin, id);
        DataAsOf(influencer).Should().Be(ingestedAt, "the Stored source brings no new data");
        influencer["updatedAt"]!.GetValue<DateTime>().Should().Be(firstRunAt);
        influencer["metrics"]!["dataAsOf"]!.GetValue<DateTime>().Should().Be(ingestedAt);
        influencer["metrics"]!["calculatedAt"]!.GetValue<DateTime>().Should().Be(firstRunAt);
        var latest = await (await admin.GetAsync($"{InfluencerApi.Route}/{id}/metrics")).ReadJsonAsync();
        latest["dataAsOf"]!.GetValue<DateTime>().Should().Be(ingestedAt);
        latest["calculatedAt"]!.GetValue<DateTime>().Should().Be(firstRunAt);

        // New data, then a second run: each history item keeps the age its own run read.
        factory.Time.Advance(TimeSpan.FromHours(1));
        await IngestSomeDataAsync(admin, id, "second");
        var secondIngestAt = Now;
        factory.Time.Advance(TimeSpan.FromMinutes(10));
        await RunAsync(admin, id);

        var history = (await (await admin.GetAsync($"{InfluencerApi.Route}/{id}/metrics/history")).ReadJsonAsync())["items"]!.AsArray();
        history.Select(i => i!["dataAsOf"]!.GetValue<DateTime>()).Should().Equal(secondIngestAt, ingestedAt);
        history.Select(i => i!["calculatedAt"]!.GetValue<DateTime>()).Should().Equal(Now, firstRunAt);
        DataAsOf(await GetAsync(admin, id)).Should().Be(secondIngestAt);
    }

    [Fact]
    public async Task Created_updated_and_listed_influencers_carry_data_as_of()
    {
        var admin = await factory.CreateAdminClientAsync();
        var tag = NewTag();
        var created = await InfluencerApi.CreateAsync(admin, new { handle = InfluencerApi.UniqueHandle(), platform = "instagram", categories = new[] { tag } });
        created.Should().ContainKey("dataAsOf");
        created["dataAsOf"].Should().BeNull();
        var id = created["id"]!.GetValue<Guid>();
        await IngestSomeDataAsync(admin, id, "p");
        var ingestedAt = Now;
        factory.Time.Advance(TimeSpan.FromMinutes(1));

        var updated = await admin.PutAsJsonAsync($"{InfluencerApi.Route}/{id}", new { handle = created["handle"]!.GetValue<string>(), platform = "instagram", displayName = "Renamed", categories = new[] { tag } });
        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        DataAsOf((await updated.ReadJsonAsync()).AsObject()).Should().Be(ingestedAt, "editing the influencer is not new data");
        var item = (await ListAsync(admin, $"category={tag}"))["items"]!.AsArray().Single()!.AsObject();
        DataAsOf(item).Should().Be(ingestedAt);
    }

    [Fact]
    public async Task The_list_sorts_by_data_as_of_with_no_data_as_the_oldest()
    {
        var admin = await factory.CreateAdminClientAsync();
        var tag = NewTag();
        var none = await CreateTaggedAsync(admin, tag, "none");
        var older = await CreateTaggedAsync(admin, tag, "older");
        var newer = await CreateTaggedAsync(admin, tag, "newer");
        await IngestSomeDataAsync(admin, older.Id, "o");
        factory.Time.Advance(TimeSpan.FromMinutes(2));
        await IngestSomeDataAsync(admin, newer.Id, "n");

        Handles(await ListAsync(admin, $"category={tag}&sort=dataAsOf")).Should().Equal(none.Handle, older.Handle, newer.Handle);
        Handles(await ListAsync(admin, $"category={tag}&sort=-dataAsOf")).Should().Equal(newer.Handle, older.Handle, none.Handle);
        Handles(await ListAsync(admin, $"category={tag}&sort=handle")).Should().Equal(new[] { none.Handle, older.Handle, newer.Handle }.Order(StringComparer.Ordinal),
            "a control: the order above is not the handles' order by chance");
    }

    [Fact]
    public async Task The_data_target_is_the_hot_one_for_a_viewed_influencer_and_the_cold_one_otherwise()
    {
        var admin = await factory.CreateAdminClientAsync();
        var tag = NewTag();
        var influencer = await CreateTaggedAsync(admin, tag, "target");
        var listed = async () => (await ListAsync(admin, $"category={tag}"))["items"]![0]!["dataTargetSeconds"]!.GetValue<double>();

        (await listed()).Should().Be(6 * 3600, "nobody has viewed it: MetricsUpdate:TargetAge");
        (await GetAsync(admin, influencer.Id))["dataTargetSeconds"]!.GetValue<double>().Should().Be(30 * 60, "reading it is a view: MetricsUpdate:HotTargetAge");

        // The view is written in the background; once it is, the list gives the hot target too.
        (await TestData.EventuallyAsync(listed, seconds => seconds == 30 * 60)).Should().Be(30 * 60);
    }

    private static object Item(string kind, string key) => kind switch
    {
        "posts" => InfluencerApi.Post(key),
        "stories" => InfluencerApi.Story(key),
        _ => InfluencerApi.Snapshot(key == "a" ? "2026-06-01" : "2026-06-02", 1000),
    };

    /// <summary>Enough posts and snapshots for a successful run.</summary>
    private static async Task IngestSomeDataAsync(HttpClient admin, Guid id, string prefix)
    {
        await InfluencerApi.IngestAsync(admin, id, "posts", Enumerable.Range(0, 3).Select(i => InfluencerApi.Post($"{prefix}{i}", likes: 100 + i)));
        await InfluencerApi.IngestAsync(admin, id, "audience-snapshots", [InfluencerApi.Snapshot("2026-06-01", 5000), InfluencerApi.Snapshot("2026-06-20", 5100)]);
    }

    private async Task RunAsync(HttpClient admin, Guid id)
    {
        var accepted = await admin.PostAsync($"{InfluencerApi.Route}/{id}/metrics/recalculate", null);
        accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var runId = (await accepted.ReadJsonAsync())["runId"]!.GetValue<Guid>();
        var run = await TestData.EventuallyAsync(
            () => factory.WithDbAsync(db => db.MetricRuns.AsNoTracking().SingleAsync(r => r.Id == runId)),
            r => r.Status != RunStatus.Running);
        run.Status.Should().Be(RunStatus.Succeeded, run.Error);
    }

    private static async Task<(Guid Id, string Handle)> CreateTaggedAsync(HttpClient admin, string tag, string name)
    {
        var handle = $"{name}-{tag}";
        var created = await InfluencerApi.CreateAsync(admin, new { handle, platform = "instagram", categories = new[] { tag } });
        return (created["id"]!.GetValue<Guid>(), handle);
    }

    private static async Task<JsonObject> GetAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"{InfluencerApi.Route}/{id}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await response.ReadJsonAsync()).AsObject();
    }

    private static async Task<JsonObject> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"{InfluencerApi.Route}?{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).AsObject();
    }

    private static DateTime? DataAsOf(JsonObject influencer) => influencer["dataAsOf"]?.GetValue<DateTime>();

    private static string[] Handles(JsonObject page) =>
        page["items"]!.AsArray().Select(i => i!["handle"]!.GetValue<string>()).ToArray();

    private static string NewTag() => $"t{Guid.NewGuid():N}"[..12];
}
