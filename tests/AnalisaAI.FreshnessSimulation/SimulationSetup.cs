using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AnalisaAI.FreshnessSimulation;

/// <summary>
/// What both simulated days start from, made once: a database holding the seeded catalogue and the registered
/// users (each day runs on its own copy), the popular influencers and the users' plan for the day.
/// </summary>
public sealed class SimulationSetup : IDisposable
{
    private SimulationSetup(string templatePath, IReadOnlyList<Guid> popular, IReadOnlyList<SimulatedUser> users)
    {
        TemplatePath = templatePath;
        Popular = popular;
        Users = users;
    }

    public string TemplatePath { get; }

    public IReadOnlyList<Guid> Popular { get; }

    public IReadOnlyList<SimulatedUser> Users { get; }

    public static async Task<SimulationSetup> CreateAsync(SimulationOptions options, GraphApiStub stub, TextWriter progress)
    {
        var watch = Stopwatch.StartNew();
        var path = SimulatedApp.NewDatabasePath();
        var random = new Random(options.Seed);
        IReadOnlyList<Guid> popular;
        IReadOnlyList<SimulatedUser> users;
        using (var app = new SimulatedApp(stub.BaseUrl, DaySimulation.Start, path) { KeepDatabase = true })
        {
            using var http = app.CreateClient();
            var ids = await CatalogueSeeder.SeedAsync(app.DatabasePath, options.Influencers, DaySimulation.Start, options.Seed);
            popular = [.. ids.OrderBy(_ => random.Next()).Take(options.Popular)];
            users = SimulatedUser.Plan(options.Users, random);
            var client = new AuthClient(http);
            foreach (var user in users)
            {
                await client.RegisterAsync(user);
            }
        }

        // Closing the pooled connections checkpoints the write-ahead log into the file that is copied.
        SqliteConnection.ClearAllPools();
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"[setup, {watch.Elapsed.TotalSeconds,5:F0} s] seeded {options.Influencers:N0} influencers and registered {users.Count} users"));
        return new SimulationSetup(path, popular, users);
    }

    /// <summary>A fresh copy of the starting database for one day.</summary>
    public string CopyDatabase()
    {
        var copy = SimulatedApp.NewDatabasePath();
        foreach (var suffix in new[] { "", "-wal" })
        {
            if (File.Exists(TemplatePath + suffix))
            {
                File.Copy(TemplatePath + suffix, copy + suffix);
            }
        }

        return copy;
    }

    public void Dispose() => SimulatedApp.DeleteDatabase(TemplatePath);
}
