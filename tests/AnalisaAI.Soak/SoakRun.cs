using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using AnalisaAI.TestTools;

namespace AnalisaAI.Soak;

/// <summary>
/// The soak from start to end: publish the API, start PostgreSQL and two instances on one database, make the
/// catalogue, run the traffic with the fault schedule while reading memory, check the acknowledged writes, report.
/// Times in the report count from when the traffic started.
/// </summary>
public static class SoakRun
{
    private const string AdminEmail = "admin@soak.test";
    private const string DatabaseName = "analisaai_soak";

    public static async Task<int> RunAsync(SoakOptions options, CancellationToken interrupted)
    {
        var repository = ReleasePublisher.FindRepository();
        var output = Path.GetFullPath(options.Output ?? Path.Combine(repository, "TestResults", "soak", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)));
        Directory.CreateDirectory(output);
        var scratch = Directory.CreateTempSubdirectory("analisaai-soak-").FullName;
        PostgresCluster? database = null;
        var instances = new List<ApiInstance>();
        try
        {
            var api = Path.Combine(scratch, "api");
            await ReleasePublisher.PublishAsync(Path.Combine(repository, "src", "AnalisaAI.Api.csproj"), api, "-p:SkipDashboardBuild=true");
            database = await PostgresCluster.StartAsync(interrupted);
            await database.CreateDatabaseAsync(DatabaseName, interrupted);
            Console.WriteLine($"{database.Version} on {database.ConnectionString(DatabaseName)}");

            var password = "Soak-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)) + "-a1";
            var settings = Settings(database.ConnectionString(DatabaseName), password);
            var clock = Stopwatch.StartNew();
            foreach (var name in new[] { "A", "B" })
            {
                // One after the other: the first applies the migrations.
                var own = new Dictionary<string, string>(settings);
                foreach (var (key, value) in name == "B" ? options.InstanceBEnvironment : [])
                {
                    own[key] = value;
                }

                var instance = new ApiInstance(name, Path.Combine(api, "AnalisaAI.Api.dll"), own, Path.Combine(output, $"{name}.log"));
                instances.Add(instance);
                await instance.StartAsync(clock, interrupted);
                Console.WriteLine($"Instance {name} ready on {instance.BaseAddress}");
            }

            var log = new RequestLog();
            using var client = new SoakClient(instances, log, clock);
            var admin = new AdminSession(client, AdminEmail, password);
            var catalogue = await SoakCatalogue.CreateAsync(client, await admin.TokenAsync(interrupted) ?? throw new InvalidOperationException("The admin could not sign in."),
                options, password, interrupted);
            Console.WriteLine($"Catalogue: {catalogue.Influencers.Count} influencers, {catalogue.Users.Count} users. Traffic for {options.Minutes} minutes ...");

            var started = DateTime.UtcNow;
            var setup = clock.Elapsed;
            clock.Restart();
            foreach (var instance in instances)
            {
                instance.MoveClock(setup);
            }

            var acknowledgements = new Acknowledgements();
            using var sampler = new MemorySampler(instances, clock, TimeSpan.FromMinutes(options.LiveHeapEveryMinutes));
            var injector = new FaultInjector(options, instances[1], database, clock);
            await RunTrafficAsync(options, client, admin, catalogue, password, acknowledgements, sampler, injector, log, clock, interrupted);
            var trafficDuration = clock.Elapsed;

            var writes = await Verification.RunAsync(database.ConnectionString(DatabaseName), client, admin, acknowledgements, instances, interrupted);
            var findings = new SoakFindings(options, started, Machine(), database.Version, trafficDuration,
                log.Snapshot(), injector.Windows, writes, sampler.Samples);
            var report = findings.Markdown();
            var reportPath = Path.Combine(output, "report.md");
            await File.WriteAllTextAsync(reportPath, report, CancellationToken.None);
            Console.WriteLine();
            Console.WriteLine(report);
            Console.WriteLine($"Report: {reportPath}; instance logs and PostgreSQL's log beside it.");
            return findings.Failures().Count == 0 ? 0 : 1;
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }

            if (database is not null)
            {
                database.CopyLogTo(Path.Combine(output, "postgresql.log"));
                await database.DisposeAsync();
            }

            Directory.Delete(scratch, recursive: true);
        }
    }

    private static async Task RunTrafficAsync(
        SoakOptions options, SoakClient client, AdminSession admin, SoakCatalogue catalogue, string password, Acknowledgements acknowledgements,
        MemorySampler sampler, FaultInjector injector, RequestLog log, Stopwatch clock, CancellationToken interrupted)
    {
        using var trafficEnd = CancellationTokenSource.CreateLinkedTokenSource(interrupted);
        trafficEnd.CancelAfter(options.Duration);
        var traffic = catalogue.Users
            .Select((email, i) => new UserTraffic(client, email, password, catalogue.Influencers, seed: i).RunAsync(trafficEnd.Token))
            .Append(new AdminTraffic(client, admin, catalogue.Influencers, acknowledgements).RunAsync(trafficEnd.Token))
            .ToList();
        var sampling = sampler.RunAsync(trafficEnd.Token);
        var progress = ProgressAsync(log, sampler, clock, trafficEnd.Token);
        var faults = injector.RunAsync(interrupted);

        await Task.WhenAll(traffic);
        // A fault still under way when the traffic ends finishes first, so the checks find both instances and the database up.
        await faults;
        await sampling;
        await progress;
        interrupted.ThrowIfCancellationRequested();
    }

    private static async Task ProgressAsync(RequestLog log, MemorySampler sampler, Stopwatch clock, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var requests = log.Snapshot();
                var memory = sampler.Samples.GroupBy(s => s.Instance).Select(g => g.MaxBy(s => s.At)!)
                    .Select(s => $"{s.Instance} {s.ResidentBytes / (1024 * 1024)} MB resident, {s.HeapBytes / (1024 * 1024)} MB heap");
                Console.WriteLine($"[{clock.Elapsed:hh\\:mm\\:ss}] {requests.Count:N0} requests, {requests.Count(r => r.Status >= 500)} of 500 or more, " +
                    $"{requests.Count(r => r.Status is null)} without an answer; {string.Join("; ", memory)}");
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The traffic is over.
        }
    }

    /// <summary>
    /// The same for both instances: one database, the Quartz cluster in it, one signing key; rate limits out of the
    /// way (every client comes from 127.0.0.1); /metrics on for the heap. The automatic update keeps its defaults.
    /// </summary>
    private static Dictionary<string, string> Settings(string connectionString, string password) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__Provider"] = "PostgreSql",
        ["ConnectionStrings__Default"] = connectionString,
        ["Jwt__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
        ["Auth__BootstrapAdmin__Email"] = AdminEmail,
        ["Auth__BootstrapAdmin__Password"] = password,
        ["Seed__Demo"] = "false",
        ["RateLimiting__Login__PermitLimit"] = "1000000",
        ["RateLimiting__Refresh__PermitLimit"] = "1000000",
        ["Observability__PrometheusEndpoint"] = "true",

        // As the image sets it (Dockerfile); --instance-b-env MALLOC_ARENA_MAX=16 gives B glibc's default on 2 cores, to compare.
        ["MALLOC_ARENA_MAX"] = "2",
    };

    private static string Machine() =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
}
