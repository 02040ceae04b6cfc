using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Demo;

/// <summary>
/// Demo data for Development and showcases (<c>Seed:Demo</c>): a demo admin and analyst with public
/// credentials, and 24 influencers with 60 days of posts, stories and audience snapshots ending now.
/// Deterministic (fixed seeds) and idempotent: nothing is written when the demo admin already exists.
/// Influencers start never updated, so the first login's automatic update has work to do.
/// </summary>
public sealed partial class DemoDataSeeder(
    AppDbContext db,
    IPasswordHasher<User> hasher,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger) : IDatabaseSeeder
{
    public const string AdminEmail = "admin@analisaai.demo";
    public const string AnalystEmail = "analyst@analisaai.demo";

    /// <summary>Public on purpose: the README gives it, and it exists only where Seed:Demo is on.</summary>
    public const string Password = "AnalisaAI-demo-2026";

    public const int Days = 60;

    private const int Seed = 20_260_630;

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

        int influencers = 0, posts = 0, stories = 0, snapshots = 0;
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
            influencers++;
            posts += history.PostCount;
            stories += history.StoryCount;
            snapshots += history.SnapshotCount;
        }

        // One save: the demo set is written whole or not at all, so a failed start retries it cleanly.
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(influencers, posts, stories, snapshots);
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
}
