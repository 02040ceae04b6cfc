using System.Net;
using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.IntegrationTests.Infrastructure;
using AnalisaAI.IntegrationTests.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AnalisaAI.IntegrationTests.ScaleOut;

/// <summary>
/// On live PostgreSQL: a database at the schema of before part 2, with a run stored, migrated by the app on start.
/// Latest, history and list read the run back with null for what it lacks, and the migration made it a peer for growth.
/// </summary>
[Collection(ScaleOutCollection.Name)]
public sealed class RunsStoredBeforePart2OnPostgresTests
{
    [PostgresFact]
    public async Task A_run_stored_before_the_new_stages_reads_back_with_nulls_after_the_migration()
    {
        await using var cluster = await ScaleOutCluster.CreateAsync();
        var first = await cluster.StartReadyAsync("before");
        var id = (await cluster.AddInfluencersAsync(1))[0];
        var admin = await cluster.AdminClientAsync(first);
        (await admin.PostAsync($"/api/influencers/{id}/metrics/recalculate", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await TestData.EventuallyAsync(() => admin.GetAsync($"/api/influencers/{id}/metrics"), r => r.StatusCode == HttpStatusCode.OK);
        first.Kill();

        // Back to the schema of before part 2: the run keeps its four stages, as one stored back then would.
        await using (var db = cluster.Db())
        {
            await db.GetService<IMigrator>().MigrateAsync(RunsStoredBeforePart2Tests.LastMigrationBeforePart2);
        }

        var second = await cluster.StartReadyAsync("after");
        var client = await cluster.AdminClientAsync(second);
        RunsStoredBeforePart2Tests.AssertStoredBeforePart2(await (await client.GetAsync($"/api/influencers/{id}/metrics")).ReadJsonAsync(), "latest");
        var history = (await (await client.GetAsync($"/api/influencers/{id}/metrics/history")).ReadJsonAsync())["items"]!.AsArray();
        history.Should().ContainSingle();
        RunsStoredBeforePart2Tests.AssertStoredBeforePart2(history[0]!, "history");
        var list = (await (await client.GetAsync("/api/influencers")).ReadJsonAsync())["items"]!.AsArray();
        RunsStoredBeforePart2Tests.AssertStoredBeforePart2(list.Single(i => i!["id"]!.GetValue<string>() == id.ToString())!["metrics"]!, "list");

        await using var migrated = cluster.Db();
        var entry = await migrated.Set<BenchmarkEntry>().SingleAsync(e => e.InfluencerId == id);
        entry.Tier.Should().Be("micro", "the migration fills each influencer's entry from its latest run");
        entry.EngagementRatePublic.Should().BeNull("unknown before part 2");
        entry.PreviousKnown.Should().BeFalse();
    }
}
