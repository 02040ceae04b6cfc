using System.Net;
using System.Net.Http.Json;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.IntegrationTests.Influencers;
using AnalisaAI.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>Issue 10, item 4: the attack's poison data is refused naming its JSON path; the largest accepted data still computes.</summary>
public sealed class IngestionBoundsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string, object, string> PoisonItems => new()
    {
        { "posts", new { externalId = "p", publishedAt = ApiFactory.Start.AddDays(-1), contentType = "image", likes = 4_611_686_018_427_387_904L, comments = 0 }, "items[0].likes" },
        { "posts", new { externalId = "p", publishedAt = ApiFactory.Start.AddDays(-1), contentType = "image", likes = 1, comments = 0, impressions = 1_000_000_000_001L }, "items[0].impressions" },
        { "posts", new { externalId = "p", publishedAt = new DateTimeOffset(2003, 12, 31, 0, 0, 0, TimeSpan.Zero), contentType = "image", likes = 1, comments = 0 }, "items[0].publishedAt" },
        { "posts", new { externalId = "p", publishedAt = ApiFactory.Start.AddMinutes(6), contentType = "image", likes = 1, comments = 0 }, "items[0].publishedAt" },
        { "stories", new { externalId = "s", publishedAt = ApiFactory.Start.AddHours(-1), views = long.MaxValue }, "items[0].views" },
        { "audience-snapshots", new { date = "0001-01-01", followers = 10 }, "items[0].date" },
        { "audience-snapshots", new { date = "9999-12-31", followers = 10 }, "items[0].date" },
        { "audience-snapshots", new { date = "2026-07-02", followers = 10 }, "items[0].date" },
        { "audience-snapshots", new { date = "2026-06-01", followers = 1_000_000_000_001L }, "items[0].followers" },
    };

    [Theory]
    [MemberData(nameof(PoisonItems))]
    public async Task Poison_values_are_400_naming_the_json_path(string kind, object item, string path)
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);

        var response = await admin.PostAsJsonAsync($"{InfluencerApi.Route}/{id}/{kind}", new { items = new[] { item } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).ErrorKeys().Should().Equal(path);
    }

    [Fact]
    public async Task A_thousand_posts_at_the_largest_counts_recalculate_successfully()
    {
        const long max = 1_000_000_000_000;
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var posts = Enumerable.Range(0, 1000).Select(i => (object)new
        {
            externalId = $"max{i}", publishedAt = ApiFactory.Start.AddMinutes(-10 - i), contentType = "reel",
            likes = max, comments = max, shares = max, saves = max, views = max, reach = max, impressions = max,
        });
        await InfluencerApi.IngestAsync(admin, id, "posts", posts);
        await InfluencerApi.IngestAsync(admin, id, "audience-snapshots",
            [new { date = "2026-05-31", followers = 1 }, new { date = "2026-06-30", followers = max, following = 0, lost = max }]);
        await InfluencerApi.IngestAsync(admin, id, "stories",
            [new { externalId = "s", publishedAt = ApiFactory.Start.AddHours(-1), views = max, reach = max, exits = max, replies = max }]);

        await using var scope = factory.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExecuteRunCommand(id, RunTrigger.Manual));

        outcome.Status.Should().Be(RunStatus.Succeeded);
        var metrics = await admin.GetAsync($"{InfluencerApi.Route}/{id}/metrics");
        metrics.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await metrics.ReadJsonAsync();
        body["engagement"]!["totalLikes"]!.GetValue<long>().Should().Be(1000 * max);
        body["growth"]!["projectedFollowers30"]!.GetValue<long>().Should().Be(long.MaxValue);
        (await factory.WithDbAsync(db => db.MetricRuns.CountAsync(r => r.InfluencerId == id && r.Status == RunStatus.Failed))).Should().Be(0);
    }
}
