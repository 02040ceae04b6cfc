using System.Diagnostics;
using System.Net.Http.Headers;

namespace AnalisaAI.LoadBenchmark;

/// <summary>
/// N manual recalculations POSTed through the API as admin (influencers with 40 posts and 60 snapshots
/// each, automatic update off), then the time until every run has finished: the background drain rate.
/// </summary>
public static class BacklogSection
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public static async Task RunAsync(Servers servers, BenchmarkOptions options)
    {
        var count = options.Recalculations;
        Console.WriteLine($"Backlog: starting the API (update off), seeding {count:N0} influencers with data ...");
        await using var server = await servers.StartApiAsync("backlog", automaticUpdate: false);
        var influencerIds = await CatalogueSeeder.SeedAsync(server.DatabasePath, count, count);
        var tokens = await new AuthClient(server.Http, AuthRoutes.Api).LoginAsync(Servers.AdminEmail, servers.Password);
        server.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        Console.WriteLine($"Backlog: posting {count:N0} recalculations with {options.Clients} clients, then waiting for the runs (at most {options.Seconds} s) ...");
        var posts = new LatencySamples();
        var clock = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < influencerIds.Count; i = Interlocked.Increment(ref next))
            {
                var id = influencerIds[i];
                await posts.TimeAsync(() => PostRecalculationAsync(server.Http, id));
            }
        })));
        var posted = clock.Elapsed;

        int succeeded, failed;
        while (true)
        {
            succeeded = await RunLog.CountAsync(server.DatabasePath, "Succeeded", "Manual");
            failed = await RunLog.CountAsync(server.DatabasePath, "Failed", "Manual");
            if (succeeded + failed >= posts.Count || clock.Elapsed > options.PhaseDuration)
            {
                break;
            }

            await Task.Delay(PollInterval);
        }

        var drained = clock.Elapsed;
        var runTimes = await RunLog.RunTimesAsync(server.DatabasePath);
        var table = new ResultTable($"Backlog drain: {count:N0} manual recalculations ({CatalogueSeeder.PostsEach} posts, {CatalogueSeeder.SnapshotsEach} snapshots each)", "", "value");
        table.Add("POSTs accepted (202) / failed", $"{posts.Count} / {posts.Errors}");
        table.Add("POST p50 / p99 ms", $"{ResultTable.Number(posts.Percentile(50))} / {ResultTable.Number(posts.Percentile(99))}");
        table.Add("all POSTs answered after s", ResultTable.Number(posted.TotalSeconds, 2));
        table.Add("runs succeeded / failed", $"{succeeded} / {failed}{(succeeded + failed < posts.Count ? $" (stopped after {options.Seconds} s)" : "")}");
        table.Add("all runs finished after s", ResultTable.Number(drained.TotalSeconds, 2));
        table.Add("drain rate, runs/s", ResultTable.Number(succeeded / drained.TotalSeconds));
        table.Add("one run inside its job, p50 / p99 ms", $"{ResultTable.Number(runTimes.Percentile(50))} / {ResultTable.Number(runTimes.Percentile(99))}");
        table.Print();
    }

    private static async Task<string> PostRecalculationAsync(HttpClient http, Guid influencerId)
    {
        using var response = await http.PostAsync($"/api/influencers/{influencerId}/metrics/recalculate", content: null);
        return response.IsSuccessStatusCode
            ? await response.Content.ReadAsStringAsync()
            : throw new HttpRequestException($"{(int)response.StatusCode} from the recalculation of {influencerId}");
    }
}
