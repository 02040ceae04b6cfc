using System.Security.Cryptography;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.Benchmarks;

/// <summary>The whole app in-process on a fresh SQLite file, with an admin and influencers that have data.</summary>
public sealed class BenchmarkHost : WebApplicationFactory<Program>
{
    public const string AdminEmail = "bench@analisaai.test";

    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"analisaai-bench-{Guid.NewGuid():N}.db");
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;

    /// <param name="automaticUpdate">Whether login and refresh start the automatic metrics update.</param>
    /// <param name="services">Service replacements for a benchmark that compares variants of one part.</param>
    public BenchmarkHost(bool automaticUpdate, Action<IServiceCollection>? services = null)
    {
        this.services = services;
        settings = new()
        {
            ["ConnectionStrings:Default"] = $"Data Source={databasePath}",
            ["Jwt:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            ["Auth:BootstrapAdmin:Email"] = AdminEmail,
            ["Auth:BootstrapAdmin:Password"] = AdminPassword,
            ["Seed:Demo"] = "false",
            ["RateLimiting:Login:PermitLimit"] = "1000000",
            ["RateLimiting:Refresh:PermitLimit"] = "1000000",
            ["MetricsUpdate:Enabled"] = automaticUpdate ? "true" : "false",

            // Always something to update, so every login and refresh has the full update path to start.
            ["MetricsUpdate:MinAge"] = "00:00:00",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
    }

    public string AdminPassword { get; } = "measure-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseContentRoot(FindSourceFolder());
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    private static string FindSourceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "src", "AnalisaAI.Api.csproj")))
            {
                return Path.Combine(folder.FullName, "src");
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    /// <summary>One influencer with 40 posts, 15 stories and 60 daily snapshots inside the window.</summary>
    public async Task<Guid> AddInfluencerAsync(int index)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTime.UtcNow;
        var random = new Random(index);
        var influencer = new Influencer
        {
            Id = Guid.CreateVersion7(),
            Handle = $"bench{index}",
            NormalizedHandle = $"bench{index}",
            Platform = Platform.Instagram,
            Followers = 120_000,
            Following = 800,
            CreatedAt = now,
            Version = Guid.NewGuid(),
        };
        db.Influencers.Add(influencer);
        db.Posts.AddRange(Enumerable.Range(0, 40).Select(i => new Post
        {
            InfluencerId = influencer.Id,
            ExternalId = $"p{i}",
            PublishedAt = now.AddHours(-(i * 17) - 1),
            ContentType = ContentType.Image,
            Likes = random.Next(2_000, 6_000),
            Comments = random.Next(50, 300),
            Shares = random.Next(0, 100),
            Saves = random.Next(0, 200),
            Reach = random.Next(20_000, 40_000),
            Impressions = random.Next(30_000, 60_000),
        }));
        db.Stories.AddRange(Enumerable.Range(0, 15).Select(i => new Story
        {
            InfluencerId = influencer.Id,
            ExternalId = $"s{i}",
            PublishedAt = now.AddHours(-(i * 40) - 1),
            Views = random.Next(5_000, 9_000),
            Exits = random.Next(200, 900),
        }));
        db.AudienceSnapshots.AddRange(Enumerable.Range(0, 60).Select(d => new AudienceSnapshot
        {
            InfluencerId = influencer.Id,
            Date = DateOnly.FromDateTime(now).AddDays(-d),
            Followers = 120_000 - (d * 40),
            Following = 800,
            Gained = 90,
            Lost = 50,
            ProfileViews = random.Next(300, 600),
        }));
        await db.SaveChangesAsync();
        return influencer.Id;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, DatabaseConnection.SchedulerFileFor(databasePath) }.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
        {
            File.Delete(file);
        }
    }
}
