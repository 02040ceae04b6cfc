using System.Security.Cryptography;
using AnalisaAI.Api.Features.MetricsUpdate;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Freshness;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Features.MetricsUpdate.Scheduling;
using AnalisaAI.Api.Features.MetricsUpdate.Triggers;
using AnalisaAI.Api.Features.SocialData;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Scheduling;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace AnalisaAI.FreshnessSimulation;

/// <summary>
/// The real app in-process with Production settings, on its own temporary SQLite file, reading the Instagram
/// Graph API stub, with a fake clock the simulation moves. The sweep's own schedule is off: the simulation
/// runs the sweep job itself on the fake clock.
/// </summary>
public sealed class SimulatedApp : WebApplicationFactory<Program>
{
    private readonly string graphBaseUrl;

    public SimulatedApp(string graphBaseUrl, DateTime start, string databasePath)
    {
        this.graphBaseUrl = graphBaseUrl;
        Time = new FakeTimeProvider(new DateTimeOffset(start, TimeSpan.Zero));
        DatabasePath = databasePath;
    }

    public FakeTimeProvider Time { get; }

    public string DatabasePath { get; }

    /// <summary>Leaves the database file behind on dispose (the setup's template).</summary>
    public bool KeepDatabase { get; init; }

    public DateTime Now => Time.GetUtcNow().UtcDateTime;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(FindSourceFolder());
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = $"Data Source={DatabasePath}",
            ["Jwt:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            ["Auth:BootstrapAdmin:Email"] = "admin@freshness.test",
            ["Auth:BootstrapAdmin:Password"] = "bootstrap-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            ["Seed:Demo"] = "false",

            // The simulation registers its own users; Production would otherwise ask them for invitations.
            ["Auth:Registration"] = "Open",

            // Every user signs in from the same test client address.
            ["RateLimiting:Login:PermitLimit"] = "1000000",
            ["RateLimiting:Refresh:PermitLimit"] = "1000000",

            // The simulation runs the sweep job itself, every (default) interval of the fake clock.
            ["MetricsUpdate:Sweep:Interval"] = "00:00:00",
            ["SocialData:Source"] = "InstagramGraph",
            ["SocialData:InstagramGraph:BaseUrl"] = graphBaseUrl,
            ["SocialData:InstagramGraph:AccessToken"] = "stub-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            ["SocialData:InstagramGraph:BusinessAccountId"] = "17841400000000001",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    /// <summary>The default sweep interval: how often the simulation sweeps when the sweep is on.</summary>
    public static TimeSpan SweepInterval => new MetricsUpdateOptions().Sweep.Interval;

    /// <summary>What one firing of the sweep's Quartz job does: the job class itself, from the app's services.</summary>
    public async Task SweepAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var job = ActivatorUtilities.CreateInstance<SweepJob>(scope.ServiceProvider);
        await job.Execute(UnusedJobContext.Create(), CancellationToken.None);
    }

    /// <summary>Influencers one login claims (and the runner recalculates) when enough are stale.</summary>
    public int LoginBatchSize => Services.GetRequiredService<IOptions<MetricsUpdateOptions>>().Value.LoginBatchSize;

    /// <summary>
    /// Waits until the login and refresh runs finished number <paramref name="expectedRuns"/> (each login
    /// claims LoginBatchSize influencers, each refresh one) and the update is idle: no trigger waiting, no login
    /// batch queued, no refresh job in Quartz, no claim held, no run in progress. Counting the runs closes the
    /// moment between the dispatcher reading a trigger and claiming for it, when everything looks idle. Should
    /// fewer influencers be claimable than asked, a second of idleness ends the wait. Returns the runs finished.
    /// </summary>
    public async Task<int> DrainAsync(int expectedRuns)
    {
        var deadline = DateTime.UtcNow + DrainTimeout;
        DateTime? idleSince = null;
        while (true)
        {
            if (await IsIdleAsync())
            {
                idleSince ??= DateTime.UtcNow;
                var finished = await FinishedTriggeredRunsAsync();
                if (finished >= expectedRuns || DateTime.UtcNow - idleSince > IdleEnough)
                {
                    return finished;
                }
            }
            else
            {
                idleSince = null;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The metrics update did not become idle within {DrainTimeout}.");
            }

            await Task.Delay(10);
        }
    }

    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan IdleEnough = TimeSpan.FromSeconds(1);

    private async Task<int> FinishedTriggeredRunsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.MetricRuns.CountAsync(r =>
            r.Status != RunStatus.Running && (r.Trigger == RunTrigger.Login || r.Trigger == RunTrigger.Refresh));
    }

    private async Task<bool> IsIdleAsync()
    {
        if (Services.GetRequiredService<TriggerQueue>().Reader.Count > 0
            || Services.GetRequiredService<LoginQueue>().Reader.Count > 0)
        {
            return false;
        }

        var scheduler = Services.GetRequiredKeyedService<IScheduler>(Scheduler.Name);
        var jobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(RefreshJob.Group));
        if (jobs.Any(key => !key.Equals(SweepJob.Key)))
        {
            return false;
        }

        var now = Now;
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return !await db.MetricRuns.AnyAsync(r => r.Status == RunStatus.Running)
            && !await db.Influencers.AnyAsync(i => EF.Property<DateTime?>(i, "ClaimedUntil") > now);
    }

    /// <summary>How fresh the catalogue is now, against each influencer's target age, by calculation and by data age.</summary>
    public async Task<FreshnessSample> SampleAsync()
    {
        var settings = Services.GetRequiredService<IOptions<MetricsUpdateOptions>>().Value;
        var now = Now;
        var hotSince = now - MetricsUpdateOptions.HotWindow;
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.Influencers.AsNoTracking()
            .Select(i => new { i.UpdatedAt, i.DataAsOf, LastViewedAt = EF.Property<DateTime?>(i, "LastViewedAt") })
            .ToListAsync();
        var ages = new List<TimeSpan>(rows.Count);
        var dataAges = new List<TimeSpan>(rows.Count);
        int within = 0, withinByData = 0, hot = 0, hotWithin = 0, hotWithinByData = 0, due = 0;
        foreach (var row in rows)
        {
            var age = row.UpdatedAt is { } updatedAt ? now - updatedAt : TimeSpan.MaxValue;
            var dataAge = row.DataAsOf is { } dataAsOf ? now - dataAsOf : TimeSpan.MaxValue;
            var isHot = row.LastViewedAt >= hotSince;
            var target = isHot ? settings.HotTargetAge : settings.TargetAge;
            ages.Add(age);
            dataAges.Add(dataAge);
            within += age <= target ? 1 : 0;
            withinByData += dataAge <= target ? 1 : 0;
            due += dataAge > target ? 1 : 0;
            hot += isHot ? 1 : 0;
            hotWithin += isHot && age <= target ? 1 : 0;
            hotWithinByData += isHot && dataAge <= target ? 1 : 0;
        }

        ages.Sort();
        dataAges.Sort();
        var limit = FreshnessLimitCalculator.Calculate(hot, rows.Count - hot, settings.HotTargetAge, settings.TargetAge, CallsPerHour);
        return new FreshnessSample(now, rows.Count, within, withinByData, hot, hotWithin, hotWithinByData, due, limit.WithinTarget,
            Percentile(ages, 0.5), Percentile(ages, 0.9), Percentile(dataAges, 0.5));
    }

    /// <summary>The source's call budget, <c>SocialData:InstagramGraph:CallsPerHour</c>.</summary>
    public int CallsPerHour => Services.GetRequiredService<IOptions<SocialDataOptions>>().Value.InstagramGraph.CallsPerHour;

    /// <summary>Runs of the simulated day by status.</summary>
    public async Task<IReadOnlyDictionary<RunStatus, int>> RunsByStatusAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.MetricRuns.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
    }

    /// <summary>The runs that did not succeed, one line each, for the progress log.</summary>
    public async Task<IReadOnlyList<string>> UnsuccessfulRunsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var runs = await db.MetricRuns.AsNoTracking().Where(r => r.Status != RunStatus.Succeeded)
            .OrderBy(r => r.StartedAt).Take(20).ToListAsync();
        return [.. runs.Select(r => $"{r.Trigger} run started {r.StartedAt:HH:mm:ss} (simulated), finished {r.FinishedAt:HH:mm:ss}: {r.Status} at {r.FailedStage}: {r.Error}")];
    }

    private static TimeSpan Percentile(List<TimeSpan> sorted, double quantile) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(quantile * sorted.Count))];

    private static string FindSourceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "src", "AnalisaAI.Api.csproj")))
            {
                return Path.Combine(folder.FullName, "src");
            }
        }

        throw new InvalidOperationException("Run the simulation from inside the repository.");
    }

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"analisaai-freshness-{Guid.NewGuid():N}.db");

    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, DatabaseConnection.SchedulerFileFor(path) }.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
        {
            File.Delete(file);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!KeepDatabase)
        {
            DeleteDatabase(DatabasePath);
        }
    }
}
