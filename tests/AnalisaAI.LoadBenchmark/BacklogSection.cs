using System.Diagnostics;
using System.Net.Http.Headers;

namespace AnalisaAI.LoadBenchmark;

/// <summary>
/// N manual recalculations POSTed through the API as admin (influencers with 40 posts and 60 snapshots
/// each, automatic update off), then the time until every run has finished: the background drain rate,
/// from the first POST to the last run's end. An unmeasured round first warms the published app up
/// (JIT, connection pools), as a running server is. It runs twice, on a catalogue of --catalogue and of
/// --large-catalogue influencers already benchmarked in the runs' platform and tier, so a run's cost is
/// compared where the benchmark stage ranks it among 1,000 peers and among 100,000.
/// </summary>
public static class BacklogSection
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public static async Task RunAsync(Servers servers, BenchmarkOptions options)
    {
        var small = await DrainAsync(servers, options, options.SmallCatalogue);
        var large = await DrainAsync(servers, options, options.LargeCatalogue);
        var table = new ResultTable(
            $"Backlog drain with the benchmark's peers: {options.SmallCatalogue:N0} vs {options.LargeCatalogue:N0} benchmarked influencers in the runs' platform and tier",
            "", $"{options.SmallCatalogue:N0}", $"{options.LargeCatalogue:N0}", "large / small");
        table.Add("drain rate, runs/s", ResultTable.Number(small.DrainRate), ResultTable.Number(large.DrainRate), ResultTable.Ratio(large.DrainRate / small.DrainRate));
        table.Add("run cost, ms of the drain per run (1 / rate)", ResultTable.Number(1000 / small.DrainRate, 2), ResultTable.Number(1000 / large.DrainRate, 2),
            ResultTable.Ratio(small.DrainRate / large.DrainRate));
        table.Add("one run from its start to its commit, p50 ms", ResultTable.Number(small.RunP50), ResultTable.Number(large.RunP50), ResultTable.Ratio(large.RunP50 / small.RunP50));
        table.Print();
    }

    /// <summary>
    /// One API on a catalogue of <paramref name="peers"/> influencers already benchmarked (entries in the runs' own
    /// platform and tier, as after a sweep) plus the backlog's influencers with data; then the warm-up and the measured round.
    /// </summary>
    private static async Task<(double DrainRate, double RunP50)> DrainAsync(Servers servers, BenchmarkOptions options, int peers)
    {
        var count = options.Recalculations;
        var warmUp = count;
        Console.WriteLine($"Backlog: starting the API (update off), seeding {count + warmUp:N0} influencers with data and {peers:N0} benchmarked ones ...");
        await using var server = await servers.StartApiAsync($"backlog-{peers}", automaticUpdate: false);
        var influencerIds = await CatalogueSeeder.SeedAsync(server.DatabasePath, count + warmUp + peers, count + warmUp, benchmarked: true);
        var tokens = await new AuthClient(server.Http, AuthRoutes.Api).LoginAsync(Servers.AdminEmail, servers.Password);
        server.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        Console.WriteLine($"Backlog: warming up with {warmUp:N0} recalculations (not measured) ...");
        await RoundAsync(server, influencerIds.Take(warmUp).ToList(), 0, options);

        Console.WriteLine($"Backlog: posting {count:N0} recalculations with {options.Clients} clients, then waiting for the runs (at most {options.Seconds} s) ...");
        var round = await RoundAsync(server, influencerIds.Skip(warmUp).ToList(), warmUp, options);

        var runTimes = await RunLog.RunTimesAsync(server.DatabasePath, skip: warmUp);
        var table = new ResultTable(
            $"Backlog drain: {count:N0} manual recalculations ({CatalogueSeeder.PostsEach} posts, {CatalogueSeeder.SnapshotsEach} snapshots each), {peers:N0} benchmarked influencers",
            "", "value");
        var drainRate = round.Succeeded / (round.Drained - round.Posted).TotalSeconds;
        table.Add("POSTs accepted (202) / failed", $"{round.Posts.Count} / {round.Posts.Errors}");
        table.Add("POST p50 / p99 ms", $"{ResultTable.Number(round.Posts.Percentile(50))} / {ResultTable.Number(round.Posts.Percentile(99))}");
        table.Add("all POSTs answered after s", ResultTable.Number(round.Posted.TotalSeconds, 2));
        table.Add("runs succeeded / failed", $"{round.Succeeded} / {round.Failed}{(round.Succeeded + round.Failed < round.Posts.Count ? $" (stopped after {options.Seconds} s)" : "")}");
        table.Add("all runs finished after s", ResultTable.Number(round.Drained.TotalSeconds, 2));
        table.Add("drain rate, runs/s: the backlog, from the last 202 to the last run's end", ResultTable.Number(drainRate));
        table.Add("end to end, runs/s: from the first POST to the last run's end", ResultTable.Number(round.Succeeded / round.Drained.TotalSeconds));
        table.Add("one run from its start to its commit, p50 / p99 ms", $"{ResultTable.Number(runTimes.Percentile(50))} / {ResultTable.Number(runTimes.Percentile(99))}");
        table.Print();
        return (drainRate, runTimes.Percentile(50));
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
