using System.Diagnostics;

namespace AnalisaAI.LoadBenchmark;

/// <summary>
/// C concurrent clients, each alternating a login and a chain of 10 refreshes, against the API with the
/// automatic update off and with it on (a process and database each, always-stale catalogue). Both run side
/// by side in alternating phases of <see cref="Phase"/>, S seconds in all on each, so a drift of the machine
/// spreads over both; after each phase the server finishes what it deferred before the other's phase starts.
/// Besides the p99 of all samples, the p99 is given as the median of the phases' p99s: on a shared machine
/// one stall of a fraction of a second holds every client at once and alone sets the p99 of all samples.
/// </summary>
public static class LoadSection
{
    private const int ChainLength = 10;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Phase = TimeSpan.FromSeconds(2.5);

    public static async Task RunAsync(Servers servers, BenchmarkOptions options)
    {
        await using var offServer = await StartAsync(servers, options, automaticUpdate: false);
        await using var onServer = await StartAsync(servers, options, automaticUpdate: true);
        var off = await Clients.PrepareAsync(offServer, options, servers.Password);
        var on = await Clients.PrepareAsync(onServer, options, servers.Password);

        Console.WriteLine($"Load: measuring {options.Seconds} s on each, in alternating phases of {Phase.TotalSeconds:0.#} s ...");
        for (var measured = TimeSpan.Zero; measured < options.PhaseDuration; measured += Phase)
        {
            await off.MeasureAsync(Phase);
            await on.MeasureAsync(Phase);
        }

        var table = new ResultTable(
            $"Load: {options.Clients} clients, login + {ChainLength} refreshes each, {options.Seconds} s on each, {options.SmallCatalogue:N0} stale influencers",
            "", "update off", "update on", "on / off");
        table.Add("logins/s", ResultTable.Number(off.LoginsPerSecond), ResultTable.Number(on.LoginsPerSecond), ResultTable.Ratio(on.LoginsPerSecond / off.LoginsPerSecond));
        table.Add("refreshes/s", ResultTable.Number(off.RefreshesPerSecond), ResultTable.Number(on.RefreshesPerSecond), ResultTable.Ratio(on.RefreshesPerSecond / off.RefreshesPerSecond));
        AddLatencies(table, "login", off.Login, on.Login);
        AddLatencies(table, "refresh", off.Refresh, on.Refresh);
        table.Add($"refresh p99 ms, median of the {off.Phases} phases' p99", ResultTable.Number(off.MedianPhaseRefreshP99), ResultTable.Number(on.MedianPhaseRefreshP99),
            ResultTable.Ratio(on.MedianPhaseRefreshP99 / off.MedianPhaseRefreshP99));
        table.Add("failed requests", $"{off.Login.Errors + off.Refresh.Errors}", $"{on.Login.Errors + on.Refresh.Errors}", "");
        table.Add("server CPU during the load, % of the machine", ResultTable.Number(off.CpuShare * 100), ResultTable.Number(on.CpuShare * 100), ResultTable.Ratio(on.CpuShare / off.CpuShare));
        table.Add("update runs succeeded during the load", $"{off.SucceededRuns}", $"{on.SucceededRuns}", "");
        table.Add("update runs/s during the load", ResultTable.Number(off.RunsPerSecond), ResultTable.Number(on.RunsPerSecond), "");
        table.Print();
    }

    private static async Task<ServerProcess> StartAsync(Servers servers, BenchmarkOptions options, bool automaticUpdate)
    {
        var name = automaticUpdate ? "load-on" : "load-off";
        Console.WriteLine($"Load, update {(automaticUpdate ? "on" : "off")}: starting, seeding {options.SmallCatalogue:N0} influencers ...");
        var server = await servers.StartApiAsync(name, automaticUpdate);
        await CatalogueSeeder.SeedAsync(server.DatabasePath, options.SmallCatalogue, options.SmallCatalogue);
        return server;
    }

    private static void AddLatencies(ResultTable table, string path, LatencySamples off, LatencySamples on)
    {
        foreach (var percent in new[] { 50, 99 })
        {
            table.Add($"{path} p{percent} ms", ResultTable.Number(off.Percentile(percent)), ResultTable.Number(on.Percentile(percent)),
                ResultTable.Ratio(on.Percentile(percent) / off.Percentile(percent)));
        }
    }

    /// <summary>One server's clients and what was measured on it, phase after phase.</summary>
    private sealed class Clients(ServerProcess server, AuthClient client, IReadOnlyList<string> emails, string password)
    {
        private readonly List<LatencySamples> logins = [];
        private readonly List<LatencySamples> refreshes = [];

        public LatencySamples Login => LatencySamples.Merge(logins);
        public LatencySamples Refresh => LatencySamples.Merge(refreshes);
        public int Phases => refreshes.Count;
        public int SucceededRuns { get; private set; }
        public TimeSpan Elapsed { get; private set; }
        public TimeSpan ProcessorTime { get; private set; }

        public double CpuShare => ProcessorTime / (Elapsed * Environment.ProcessorCount);

        public double LoginsPerSecond => Login.Count / Elapsed.TotalSeconds;
        public double RefreshesPerSecond => Refresh.Count / Elapsed.TotalSeconds;
        public double RunsPerSecond => SucceededRuns / Elapsed.TotalSeconds;

        public double MedianPhaseRefreshP99
        {
            get
            {
                var p99s = refreshes.Select(phase => phase.Percentile(99)).Order().ToList();
                return p99s.Count % 2 == 1 ? p99s[p99s.Count / 2] : (p99s[(p99s.Count / 2) - 1] + p99s[p99s.Count / 2]) / 2;
            }
        }

        /// <summary>Registers one account per client, then warms the server up (JIT, pools, caches), unmeasured.</summary>
        public static async Task<Clients> PrepareAsync(ServerProcess server, BenchmarkOptions options, string password)
        {
            var client = new AuthClient(server.Http, AuthRoutes.Api);
            var emails = await BenchmarkUsers.RegisterAsync(client, server.Name, options.Clients, password);
            var clients = new Clients(server, client, emails, password);
            await clients.RunAsync(WarmUp, new LatencySamples(), new LatencySamples());
            await server.WaitUntilQuietAsync();
            return clients;
        }

        /// <summary>One measured phase, then the server finishes its deferred work (not counted as "during the load").</summary>
        public async Task MeasureAsync(TimeSpan duration)
        {
            var runsBefore = await RunLog.CountAsync(server.DatabasePath, "Succeeded");
            var (login, refresh) = (new LatencySamples(), new LatencySamples());
            var processorTime = server.ProcessorTime;
            Elapsed += await RunAsync(duration, login, refresh);
            ProcessorTime += server.ProcessorTime - processorTime;
            logins.Add(login);
            refreshes.Add(refresh);
            SucceededRuns += await RunLog.CountAsync(server.DatabasePath, "Succeeded") - runsBefore;
            await server.WaitUntilQuietAsync();
        }

        /// <summary>Every client runs rounds until <paramref name="duration"/> has passed (at least one round each).</summary>
        private async Task<TimeSpan> RunAsync(TimeSpan duration, LatencySamples login, LatencySamples refresh)
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
}
