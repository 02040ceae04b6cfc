using System.Net;
using System.Net.Http.Json;
using AnalisaAI.IntegrationTests.Infrastructure;
using AnalisaAI.IntegrationTests.Lists;
using Microsoft.Data.Sqlite;

namespace AnalisaAI.IntegrationTests.Persistence;

/// <summary>
/// A SQLite file another process keeps locked (a backup, a tool holding a write transaction): once the driver has
/// waited out its command timeout (1 s here, 30 s by default), a write answers 503 with Retry-After, never 500, and
/// works again once the lock is gone; reads go on meanwhile (WAL).
/// </summary>
public sealed class SqliteBusyTests
{
    [Fact]
    public async Task A_write_that_finds_the_file_locked_by_another_process_answers_503_and_works_after()
    {
        await using var factory = new BusyTimeoutApiFactory();
        var analyst = await factory.CreateAnalystClientAsync();

        HttpResponseMessage blocked, read;
        await using (var other = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=false"))
        {
            await other.OpenAsync();
            await using var transaction = other.BeginTransaction(deferred: false);
            await using (var write = other.CreateCommand())
            {
                write.Transaction = transaction;
                write.CommandText = """UPDATE "Influencers" SET "Followers" = "Followers" WHERE 0 = 1""";
                await write.ExecuteNonQueryAsync();
            }

            blocked = await analyst.PostAsJsonAsync(ListsApi.Route, new { name = "Blocked" });
            read = await analyst.GetAsync(ListsApi.Route);
        }

        blocked.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, await blocked.Content.ReadAsStringAsync());
        blocked.Headers.RetryAfter.Should().NotBeNull();
        read.StatusCode.Should().Be(HttpStatusCode.OK, "readers are not held by a writer in WAL mode");
        (await analyst.PostAsJsonAsync(ListsApi.Route, new { name = "After" })).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    /// <summary>The app with the driver's command timeout at 1 s, so the driver gives up soon after SQLite's own busy wait.</summary>
    private sealed class BusyTimeoutApiFactory : ApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["ConnectionStrings:Default"] = $"Data Source={DatabasePath};Default Timeout=1";
            return settings;
        }
    }
}
