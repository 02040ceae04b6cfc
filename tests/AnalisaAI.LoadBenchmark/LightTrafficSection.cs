using System.Diagnostics;
using System.Net.Http.Headers;

namespace AnalisaAI.LoadBenchmark;

/// <summary>
/// What light traffic costs the update: the same backlog of manual runs drained twice by one API, once with no
/// foreground and once while one client polls <c>GET /api/metric-updates</c> ten times a second (an admin
/// watching the dashboard), side by side after an unmeasured warm-up round through the API. Each backlog is
/// queued straight into the run log at once, so only the drain is timed (not the POSTs that would queue it);
/// the rate comes from the run log: its runs over the time from the first run's start to the last one's end.
/// </summary>
public static class LightTrafficSection
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan WaitStep = TimeSpan.FromMilliseconds(20);

    public static async Task RunAsync(Servers servers, BenchmarkOptions options)
    {
        var count = options.Recalculations;
        Console.WriteLine($"Light traffic: starting the API, seeding {3 * count:N0} influencers with data ...");
        await using var server = await servers.StartApiAsync("light", automaticUpdate: false);
        var ids = await CatalogueSeeder.SeedAsync(server.DatabasePath, 3 * count, 3 * count);
        var tokens = await new AuthClient(server.Http, AuthRoutes.Api).LoginAsync(Servers.AdminEmail, servers.Password);
        server.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        Console.WriteLine($"Light traffic: warming up with {count:N0} recalculations through the API (not measured) ...");
        await BacklogSection.RoundAsync(server, [.. ids.Take(count)], 0, options);

        Console.WriteLine($"Light traffic: a backlog of {count:N0} manual runs with no foreground ...");
        var quiet = await DrainAsync(server, [.. ids.Skip(count).Take(count)], count, options);

        Console.WriteLine($"Light traffic: a backlog of {count:N0} manual runs while one client polls the run log 10 times a second ...");
        using var stopPolling = new CancellationTokenSource();
        var polls = new LatencySamples();
        var poller = PollAsync(server, polls, stopPolling.Token);
        var polled = await DrainAsync(server, [.. ids.Skip(2 * count)], 2 * count, options);
        await stopPolling.CancelAsync();
        await poller;

        var table = new ResultTable(
            $"Light traffic: a backlog of {count:N0} manual runs ({CatalogueSeeder.PostsEach} posts, {CatalogueSeeder.SnapshotsEach} snapshots each), no foreground vs one client polling at 10 requests/s",
            "", "no foreground", "polled", "polled / none");
        table.Add("runs succeeded / failed", $"{quiet.Succeeded} / {quiet.Failed}", $"{polled.Succeeded} / {polled.Failed}", "");
        table.Add("drain rate by the run log, runs/s", ResultTable.Number(quiet.Rate), ResultTable.Number(polled.Rate), ResultTable.Ratio(polled.Rate / quiet.Rate));
        table.Add("polls answered / failed; p50 / p99 ms", "", $"{polls.Count} / {polls.Errors}; {ResultTable.Number(polls.Percentile(50))} / {ResultTable.Number(polls.Percentile(99))}", "");
        table.Print();
    }

    /// <summary>Queues a manual run of each influencer and waits until they (after <paramref name="before"/> runs) have finished.</summary>
    private static async Task<(int Succeeded, int Failed, double Rate)> DrainAsync(ServerProcess server, List<Guid> influencerIds, int before, BenchmarkOptions options)
    {
        await RunLog.QueueManualRunsAsync(server.DatabasePath, influencerIds);
        var clock = Stopwatch.StartNew();
        int succeeded, failed;
        while (true)
        {
            succeeded = await RunLog.CountAsync(server.DatabasePath, "Succeeded", "Manual") - before;
            failed = await RunLog.CountAsync(server.DatabasePath, "Failed", "Manual");
            if (succeeded + failed >= influencerIds.Count || clock.Elapsed > options.PhaseDuration)
            {
                break;
            }

            await Task.Delay(WaitStep);
        }

        var drained = await RunLog.DrainTimeAsync(server.DatabasePath, before, succeeded);
        return (succeeded, failed, succeeded / drained.TotalSeconds);
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
