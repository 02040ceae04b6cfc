using System.Diagnostics;
using System.Net.Http.Headers;

namespace AnalisaAI.LoadBenchmark;

/// <summary>
/// N manual recalculations POSTed through the API as admin (influencers with 40 posts and 60 snapshots
/// each, automatic update off), then the time until every run has finished: the background drain rate,
/// from the first POST to the last run's end. A smaller unmeasured round first warms the published app up
/// (JIT, connection pools), as a running server is.
/// </summary>
public static class BacklogSection
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public static async Task RunAsync(Servers servers, BenchmarkOptions options)
    {
        var count = options.Recalculations;
        var warmUp = count;
        Console.WriteLine($"Backlog: starting the API (update off), seeding {count + warmUp:N0} influencers with data ...");
        await using var server = await servers.StartApiAsync("backlog", automaticUpdate: false);
        var influencerIds = await CatalogueSeeder.SeedAsync(server.DatabasePath, count + warmUp, count + warmUp);
        var tokens = await new AuthClient(server.Http, AuthRoutes.Api).LoginAsync(Servers.AdminEmail, servers.Password);
        server.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        Console.WriteLine($"Backlog: warming up with {warmUp:N0} recalculations (not measured) ...");
        await RoundAsync(server, influencerIds.Take(warmUp).ToList(), 0, options);

        Console.WriteLine($"Backlog: posting {count:N0} recalculations with {options.Clients} clients, then waiting for the runs (at most {options.Seconds} s) ...");
        var round = await RoundAsync(server, influencerIds.Skip(warmUp).ToList(), warmUp, options);

        var runTimes = await RunLog.RunTimesAsync(server.DatabasePath, skip: warmUp);
        var table = new ResultTable($"Backlog drain: {count:N0} manual recalculations ({CatalogueSeeder.PostsEach} posts, {CatalogueSeeder.SnapshotsEach} snapshots each)", "", "value");
        table.Add("POSTs accepted (202) / failed", $"{round.Posts.Count} / {round.Posts.Errors}");
        table.Add("POST p50 / p99 ms", $"{ResultTable.Number(round.Posts.Percentile(50))} / {ResultTable.Number(round.Posts.Percentile(99))}");
        table.Add("all POSTs answered after s", ResultTable.Number(round.Posted.TotalSeconds, 2));
        table.Add("runs succeeded / failed", $"{round.Succeeded} / {round.Failed}{(round.Succeeded + round.Failed < round.Posts.Count ? $" (stopped after {options.Seconds} s)" : "")}");
        table.Add("all runs finished after s", ResultTable.Number(round.Drained.TotalSeconds, 2));
        table.Add("drain rate, runs/s: the backlog, from the last 202 to the last run's end", ResultTable.Number(round.Succeeded / (round.Drained - round.Posted).TotalSeconds));
        table.Add("end to end, runs/s: from the first POST to the last run's end", ResultTable.Number(round.Succeeded / round.Drained.TotalSeconds));
        table.Add("one run from its start to its commit, p50 / p99 ms", $"{ResultTable.Number(runTimes.Percentile(50))} / {ResultTable.Number(runTimes.Percentile(99))}");
        table.Print();
    }

    /// <summary>POSTs one recalculation per influencer, then waits until the runs (and those before, <paramref name="before"/>) have finished.</summary>
    internal static async Task<(LatencySamples Posts, TimeSpan Posted, TimeSpan Drained, int Succeeded, int Failed)> RoundAsync(
        ServerProcess server, List<Guid> influencerIds, int before, BenchmarkOptions options)
    {
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
            succeeded = await RunLog.CountAsync(server.DatabasePath, "Succeeded", "Manual") - before;
            failed = await RunLog.CountAsync(server.DatabasePath, "Failed", "Manual");
            if (succeeded + failed >= posts.Count || clock.Elapsed > options.PhaseDuration)
            {
                break;
            }

            await Task.Delay(PollInterval);
        }

        return (posts, posted, clock.Elapsed, succeeded, failed);
    }

    private static async Task<string> PostRecalculationAsync(HttpClient http, Guid influencerId)
    {
        using var response = await http.PostAsync($"/api/influencers/{influencerId}/metrics/recalculate", content: null);
        return response.IsSuccessStatusCode
            ? await response.Content.ReadAsStringAsync()
            : throw new HttpRequestException($"{(int)response.StatusCode} from the recalculation of {influencerId}");
    }
}
