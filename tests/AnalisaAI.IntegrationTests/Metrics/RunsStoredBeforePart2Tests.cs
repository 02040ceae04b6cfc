using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AnalisaAI.IntegrationTests.Metrics;

/// <summary>
/// A database with runs stored before part 2 of docs/metrics.md (no signals, no added engagement fields), migrated
/// to today's schema on start: latest, history and list read those runs back with null for what they lack.
/// </summary>
public sealed class RunsStoredBeforePart2Tests
{
    /// <summary>The last migration before part 2's stages existed (its name, the same for every provider).</summary>
    public const string LastMigrationBeforePart2 = "DataAsOf";

    [Fact]
    public async Task A_run_stored_before_the_new_stages_reads_back_with_nulls_after_the_migration()
    {
        string databasePath;
        string adminPassword;
        string id;
        await using (var first = new ReopenedFactory(null) { KeepDatabase = true })
        {
            databasePath = first.DatabasePath;
            adminPassword = first.AdminPassword;
            var admin = await first.CreateAdminClientAsync();
            var created = await admin.PostAsJsonAsync("/api/influencers", new { handle = "stored-before", platform = "instagram", followers = 12000 });
            created.StatusCode.Should().Be(HttpStatusCode.Created);
            id = (await created.ReadJsonAsync())["id"]!.GetValue<string>();
            var accepted = await admin.PostAsync($"/api/influencers/{id}/metrics/recalculate", null);
            accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
            await TestData.EventuallyAsync(() => admin.GetAsync($"/api/influencers/{id}/metrics"), r => r.StatusCode == HttpStatusCode.OK);

            // Back to the schema of before part 2: the run keeps its four stages, as one stored back then would.
            await first.WithDbAsync(async db =>
            {
                await db.GetService<IMigrator>().MigrateAsync(LastMigrationBeforePart2);
                return (await db.Database.GetAppliedMigrationsAsync()).Last();
            });
        }

        await using var second = new ReopenedFactory(databasePath);
        var client = second.CreateClient();
        var tokens = await client.LoginAsync(ApiFactory.AdminEmail, adminPassword);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        var latest = await (await client.GetAsync($"/api/influencers/{id}/metrics")).ReadJsonAsync();
        AssertStoredBeforePart2(latest, "latest");

        var history = (await (await client.GetAsync($"/api/influencers/{id}/metrics/history")).ReadJsonAsync())["items"]!.AsArray();
        history.Should().ContainSingle();
        AssertStoredBeforePart2(history[0]!, "history");

        var list = (await (await client.GetAsync("/api/influencers")).ReadJsonAsync())["items"]!.AsArray();
        AssertStoredBeforePart2(list.Single(i => i!["id"]!.GetValue<string>() == id)!["metrics"]!, "list");
    }

    internal static void AssertStoredBeforePart2(JsonNode metrics, string where)
    {
        metrics["relevance"].Should().NotBeNull(where);
        metrics.AsObject().Should().ContainKey("signals");
        metrics["signals"].Should().BeNull($"{where}: the run has no signals");
        metrics.AsObject().Should().ContainKey("benchmark");
        metrics["benchmark"].Should().BeNull($"{where}: the run has no benchmark");
        foreach (var field in GoldenV2Fields.EngagementAdded)
        {
            metrics["engagement"]!.AsObject().Should().ContainKey(field);
            metrics["engagement"]![field].Should().BeNull($"{where}: engagement.{field} is unknown, never 0");
        }
    }

    /// <summary>The app on a given database when reopened (the first one keeps its own), deleting it afterwards.</summary>
    private sealed class ReopenedFactory(string? databasePath) : ApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            if (databasePath is not null)
            {
                settings["ConnectionStrings:Default"] = $"Data Source={databasePath}";
            }

            return settings;
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (databasePath is not null)
            {
                DeleteDatabase(databasePath);
            }
        }
    }
}
