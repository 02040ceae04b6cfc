using System.Diagnostics;
using System.Net.Http.Headers;

namespace AnalisaAI.LoadBenchmark;

/// <summary>
/// What light traffic costs the update: the same backlog of manual recalculations drained twice by one API,
/// once with no foreground and once while one client polls <c>GET /api/metric-updates</c> ten times a second
/// (an admin watching the dashboard), side by side after an unmeasured warm-up round. Drain rates come from
/// the run log: the runs of a round over the time from its first run's start to its last run's end.
/// </summary>
public static class LightTrafficSection
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);

    public static async Task RunAsync(Servers servers, BenchmarkOptions options)
    {
        var count = options.Recalculations;
        Console.WriteLine($"Light traffic: starting the API, seeding {3 * count:N0} influencers with data ...");
        await using var server = await servers.StartApiAsync("light", automaticUpdate: false);
        var ids = await CatalogueSeeder.SeedAsync(server.DatabasePath, 3 * count, 3 * count);
        var tokens = await new AuthClient(server.Http, AuthRoutes.Api).LoginAsync(Servers.AdminEmail, servers.Password);
        server.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        Console.WriteLine($"Light traffic: warming up with {count:N0} recalculations (not measured) ...");
        await BacklogSection.RoundAsync(server, [.. ids.Take(count)], 0, options);

        Console.WriteLine($"Light traffic: {count:N0} recalculations with no foreground ...");
        var quiet = await BacklogSection.RoundAsync(server, [.. ids.Skip(count).Take(count)], count, options);
        var quietDrain = await RunLog.DrainTimeAsync(server.DatabasePath, count, count);

        Console.WriteLine($"Light traffic: {count:N0} recalculations while one client polls the run log 10 times a second ...");
        using var stopPolling = new CancellationTokenSource();
        var polls = new LatencySamples();
        var poller = PollAsync(server, polls, stopPolling.Token);
        var polled = await BacklogSection.RoundAsync(server, [.. ids.Skip(2 * count)], 2 * count, options);
        await stopPolling.CancelAsync();
        await poller;
        var polledDrain = await RunLog.DrainTimeAsync(server.DatabasePath, 2 * count, count);

        var quietRate = quiet.Succeeded / quietDrain.TotalSeconds;
        var polledRate = polled.Succeeded / polledDrain.TotalSeconds;
        var table = new ResultTable(
            $"Light traffic: {count:N0} manual recalculations ({CatalogueSeeder.PostsEach} posts, {CatalogueSeeder.SnapshotsEach} snapshots each), no foreground vs one client polling at 10 requests/s",
            "", "no foreground", "polled", "polled / none");
        table.Add("runs succeeded / failed", $"{quiet.Succeeded} / {quiet.Failed}", $"{polled.Succeeded} / {polled.Failed}", "");
        table.Add("drain rate by the run log, runs/s", ResultTable.Number(quietRate), ResultTable.Number(polledRate), ResultTable.Ratio(polledRate / quietRate));
        table.Add("end to end, runs/s: first POST to last run's end", ResultTable.Number(quiet.Succeeded / quiet.Drained.TotalSeconds),
            ResultTable.Number(polled.Succeeded / polled.Drained.TotalSeconds), ResultTable.Ratio(quiet.Drained / polled.Drained));
        table.Add("polls answered / failed; p50 / p99 ms", "", $"{polls.Count} / {polls.Errors}; {ResultTable.Number(polls.Percentile(50))} / {ResultTable.Number(polls.Percentile(99))}", "");
        table.Print();
    }

    /// <summary>One GET every 100 ms, on a fixed schedule, until stopped.</summary>
    private static async Task PollAsync(ServerProcess server, LatencySamples polls, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        for (var next = TimeSpan.Zero; !stop.IsCancellationRequested; next += PollEvery)
        {
            await polls.TimeAsync(async () =>
            {
                using var response = await server.Http.GetAsync("/api/metric-updates?limit=20", CancellationToken.None);
                return response.IsSuccessStatusCode
                    ? await response.Content.ReadAsStringAsync(CancellationToken.None)
                    : throw new HttpRequestException($"{(int)response.StatusCode} from the run log");
            });
            if (next + PollEvery - clock.Elapsed is { } wait && wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
