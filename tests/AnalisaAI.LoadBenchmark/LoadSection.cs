using System.Diagnostics;

namespace AnalisaAI.LoadBenchmark;

/// <summary>
/// C concurrent clients, each alternating a login and a chain of 10 refreshes, for S seconds, against the
/// API with the automatic update off and then on (a fresh process and database each, always-stale catalogue).
/// </summary>
public static class LoadSection
{
    private const int ChainLength = 10;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static async Task RunAsync(Servers servers, BenchmarkOptions options)
    {
        var off = await MeasureAsync(servers, options, automaticUpdate: false);
        var on = await MeasureAsync(servers, options, automaticUpdate: true);

        var table = new ResultTable(
            $"Load: {options.Clients} clients, login + {ChainLength} refreshes each, {options.Seconds} s, {options.SmallCatalogue:N0} stale influencers",
            "", "update off", "update on", "on / off");
        table.Add("logins/s", ResultTable.Number(off.LoginsPerSecond), ResultTable.Number(on.LoginsPerSecond), ResultTable.Ratio(on.LoginsPerSecond / off.LoginsPerSecond));
        table.Add("refreshes/s", ResultTable.Number(off.RefreshesPerSecond), ResultTable.Number(on.RefreshesPerSecond), ResultTable.Ratio(on.RefreshesPerSecond / off.RefreshesPerSecond));
        AddLatencies(table, "login", off.Login, on.Login);
        AddLatencies(table, "refresh", off.Refresh, on.Refresh);
        table.Add("failed requests", $"{off.Login.Errors + off.Refresh.Errors}", $"{on.Login.Errors + on.Refresh.Errors}", "");
        table.Add("update runs succeeded", $"{off.SucceededRuns}", $"{on.SucceededRuns}", "");
        table.Add("update runs/s", ResultTable.Number(off.RunsPerSecond), ResultTable.Number(on.RunsPerSecond), "");
        table.Print();
    }

    private static void AddLatencies(ResultTable table, string path, LatencySamples off, LatencySamples on)
    {
        foreach (var percent in new[] { 50, 99 })
        {
            table.Add($"{path} p{percent} ms", ResultTable.Number(off.Percentile(percent)), ResultTable.Number(on.Percentile(percent)),
                ResultTable.Ratio(on.Percentile(percent) / off.Percentile(percent)));
        }
    }

    private static async Task<LoadResult> MeasureAsync(Servers servers, BenchmarkOptions options, bool automaticUpdate)
    {
        var name = automaticUpdate ? "load-on" : "load-off";
        Console.WriteLine($"Load, update {(automaticUpdate ? "on" : "off")}: starting, seeding {options.SmallCatalogue:N0} influencers ...");
        await using var server = await servers.StartApiAsync(name, automaticUpdate);
        await CatalogueSeeder.SeedAsync(server.DatabasePath, options.SmallCatalogue, options.SmallCatalogue);
        var client = new AuthClient(server.Http, AuthRoutes.Api);
        var emails = await BenchmarkUsers.RegisterAsync(client, name, options.Clients, servers.Password);

        // Unmeasured first: JIT, connection pools and caches.
        await RunClientsAsync(client, emails, servers.Password, WarmUp, new LatencySamples(), new LatencySamples());

        Console.WriteLine($"Load, update {(automaticUpdate ? "on" : "off")}: measuring for {options.Seconds} s ...");
        var runsBefore = await RunLog.CountAsync(server.DatabasePath, "Succeeded");
        var login = new LatencySamples();
        var refresh = new LatencySamples();
        var elapsed = await RunClientsAsync(client, emails, servers.Password, options.PhaseDuration, login, refresh);
        var runs = await RunLog.CountAsync(server.DatabasePath, "Succeeded") - runsBefore;
        return new LoadResult(login, refresh, runs, elapsed);
    }

    /// <summary>Every client runs rounds until <paramref name="duration"/> has passed (at least one round each).</summary>
    private static async Task<TimeSpan> RunClientsAsync(
        AuthClient client, IReadOnlyList<string> emails, string password, TimeSpan duration, LatencySamples login, LatencySamples refresh)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(emails.Select(email => Task.Run(async () =>
        {
            do
            {
                var tokens = await login.TimeAsync(() => client.LoginAsync(email, password));
                for (var i = 0; tokens is not null && i < ChainLength && clock.Elapsed < duration; i++)
                {
                    var current = tokens;
                    tokens = await refresh.TimeAsync(() => client.RefreshAsync(current.RefreshToken));
                }
            }
            while (clock.Elapsed < duration);
        })));
        return clock.Elapsed;
    }
}
