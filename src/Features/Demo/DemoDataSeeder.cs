using AnalisaAI.Api.Features.Auth;
using System.Diagnostics;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.MetricsUpdate.RunNow;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Demo;

/// <summary>
/// Demo data for Development and showcases (<c>Seed:Demo</c>): a demo admin and analyst with public
/// credentials, and the 34 influencers of <see cref="DemoProfiles"/> with 60 days of posts, stories and audience snapshots ending now.
/// Deterministic (fixed seeds) and idempotent: nothing is written when the demo admin already exists.
/// Every demo influencer is then calculated once (runs recorded as manual, like an admin's), so a fresh install
/// shows metrics, not "never", right after sign-in.
/// </summary>
public sealed partial class DemoDataSeeder(
    AppDbContext db,
    IPasswordHasher<User> hasher,
    ISender sender,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger) : IDatabaseSeeder
{
    public const string AdminEmail = "admin@analisaai.demo";
    public const string AnalystEmail = "analyst@analisaai.demo";

    /// <summary>Public on purpose: the README gives it, and it exists only where Seed:Demo is on.</summary>
    public const string Password = "AnalisaAI-demo-2026";

    public const int Days = 60;

    private const int Seed = 20_260_630;

    /// <summary>The peers with results a percentile needs (docs/metrics.md, "Stage 5: benchmark").</summary>
    private const int PercentilePeers = 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var normalizedAdmin = User.Normalize(AdminEmail);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalizedAdmin, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await AddUserAsync(AdminEmail, "Demo Admin", Roles.Admin, now, cancellationToken);
        await AddUserAsync(AnalystEmail, "Demo Analyst", Roles.Analyst, now, cancellationToken);

        var categories = await CategoriesAsync(cancellationToken);
        var existing = (await db.Influencers.Select(i => new { i.Platform, i.NormalizedHandle }).ToListAsync(cancellationToken))
            .Select(i => (i.Platform, i.NormalizedHandle))
            .ToHashSet();

        var started = Stopwatch.GetTimestamp();
        var added = new List<Guid>();
        int posts = 0, stories = 0, snapshots = 0;
        for (var index = 0; index < DemoProfiles.All.Count; index++)
        {
            var profile = DemoProfiles.All[index];
            if (existing.Contains((profile.Platform, Influencer.Normalize(profile.Handle))))
            {
                continue;
            }

            // One generator per influencer, so skipping one never changes another's data.
            var history = new DemoHistory(profile, new Random(Seed + index), now, Days);
            var influencer = history.CreateInfluencer(Guid.CreateVersion7(time.GetUtcNow()));
            influencer.Categories.AddRange(profile.Categories.Select(name => categories[name]));
            db.Influencers.Add(influencer);
            db.Posts.AddRange(history.Posts(influencer.Id));
            db.Stories.AddRange(history.Stories(influencer.Id));
            db.AudienceSnapshots.AddRange(history.Snapshots(influencer.Id));
            added.Add(influencer.Id);
            posts += history.PostCount;
            stories += history.StoryCount;
            snapshots += history.SnapshotCount;
        }

        // One save: the demo set is written whole or not at all, so a failed start retries it cleanly.
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        LogSeeded(added.Count, posts, stories, snapshots);

        var calculated = await CalculateAsync(added, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        LogCalculated(calculated.Succeeded, calculated.Failed, calculated.Runs, elapsed);
    }

    /// <summary>
    /// Calculates every new demo influencer once, in the order seeded. A percentile needs <see cref="PercentilePeers"/>
    /// peers with results, so in that one pass the first-calculated of a tier's accounts (the first ten of the twelve
    /// micro Instagram ones) get none; a second pass recalculates those without one whose platform and tier now have
    /// the peers, so every demo influencer ends with the benchmark its peers allow. Only they run twice: start-up stays short.
    /// </summary>
    private async Task<(int Succeeded, int Failed, int Runs)> CalculateAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return (0, 0, 0);
        }

        await sender.Send(new RunNowCommand(ids), cancellationToken);
        var rows = await db.Influencers.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Platform, i.FollowerTier, i.ErPercentile })
            .ToListAsync(cancellationToken);
        var withResults = await db.Influencers.AsNoTracking()
            .Where(i => i.LatestRunId != null && i.FollowerTier != null)
            .GroupBy(i => new { i.Platform, i.FollowerTier })
            .Select(g => new { g.Key.Platform, g.Key.FollowerTier, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        var again = ids.Where(id => byId.TryGetValue(id, out var row) && row is { ErPercentile: null, FollowerTier: not null }
                && withResults.Any(g => g.Platform == row.Platform && g.FollowerTier == row.FollowerTier && g.Count - 1 >= PercentilePeers))
            .ToArray();
        await sender.Send(new RunNowCommand(again), cancellationToken);

        // Every influencer's outcome is its last run's.
        var failed = await db.Influencers.AsNoTracking().CountAsync(i => ids.Contains(i.Id) && i.LastUpdateStatus != LatestRunStatus.Succeeded, cancellationToken);
        return (ids.Count - failed, failed, ids.Count + again.Length);
    }

    private async Task AddUserAsync(string email, string displayName, string role, DateTime now, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            return;
        }

        var user = new User
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            Email = email,
            NormalizedEmail = normalized,
            DisplayName = displayName,
            PasswordHash = "",
            Role = role,
            CreatedAt = now,
        };
        user.PasswordHash = hasher.HashPassword(user, Password);
        db.Users.Add(user);
    }

    /// <summary>The demo categories, reusing any that already exist (names are stored lower-cased).</summary>
    private async Task<Dictionary<string, Category>> CategoriesAsync(CancellationToken cancellationToken)
    {
        var names = DemoProfiles.All.SelectMany(p => p.Categories).Distinct().ToList();
        var categories = await db.Categories.Where(c => names.Contains(c.Name)).ToDictionaryAsync(c => c.Name, cancellationToken);
        foreach (var name in names.Where(n => !categories.ContainsKey(n)))
        {
            var category = new Category { Name = name };
            db.Categories.Add(category);
            categories[name] = category;
        }

        return categories;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Seeded demo data: {Influencers} influencers, {Posts} posts, {Stories} stories, {Snapshots} audience snapshots")]
    private partial void LogSeeded(int influencers, int posts, int stories, int snapshots);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Calculated the demo influencers: {Succeeded} succeeded, {Failed} failed, in {Runs} runs; demo seeding took {Elapsed}")]
    private partial void LogCalculated(int succeeded, int failed, int runs, TimeSpan elapsed);
}
