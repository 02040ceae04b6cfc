using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Features.Demo;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Demo;

/// <summary>The app with <c>Seed:Demo</c> on.</summary>
public class DemoApiFactory : ApiFactory
{
    // Seed:Demo is honoured in Development only (issue 10).
    protected override string EnvironmentName => "Development";

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Seed:Demo"] = "true";
        return settings;
    }
}

/// <summary>A second app on another factory's database, as after a restart.</summary>
public sealed class RestartedDemoApiFactory(string databasePath) : DemoApiFactory
{
    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["ConnectionStrings:Default"] = $"Data Source={databasePath}";
        return settings;
    }
}

public sealed class DemoDataSeederTests(DemoApiFactory factory) : IClassFixture<DemoApiFactory>
{
    private static readonly DateTime Now = ApiFactory.Start.UtcDateTime;

    [Fact]
    public async Task Seeds_34_calculated_influencers_across_platforms_with_60_days_of_data()
    {
        var influencers = await factory.WithDbAsync(db => db.Influencers.AsNoTracking().Include(i => i.Categories).ToListAsync());
        var posts = await factory.WithDbAsync(db => db.Posts.AsNoTracking().ToListAsync());
        var stories = await factory.WithDbAsync(db => db.Stories.AsNoTracking().ToListAsync());
        var snapshots = await factory.WithDbAsync(db => db.AudienceSnapshots.AsNoTracking().ToListAsync());

        influencers.Should().HaveCount(34);
        influencers.GroupBy(i => i.Platform).ToDictionary(g => g.Key, g => g.Count()).Should().Equal(new Dictionary<Platform, int>
        {
            [Platform.Instagram] = 16, [Platform.Tiktok] = 6, [Platform.Youtube] = 6, [Platform.Facebook] = 6,
        });
        influencers.Count(i => i.Platform == Platform.Instagram && i.Followers is >= 10_000 and < 100_000).Should()
            .Be(12, "each micro Instagram account has the 10 peers a percentile needs");
        influencers.SelectMany(i => i.Categories).Select(c => c.Name).Distinct().Should()
            .Contain(["fashion", "fitness", "food", "travel", "tech", "beauty", "gaming", "music"]);
        influencers.Should().OnlyContain(i => i.UpdatedAt != null && i.LastUpdateStatus == LatestRunStatus.Succeeded
            && i.LatestRunId != null && i.Followers > 0 && i.PostsCount > 0 && i.DisplayName != null);

        foreach (var influencer in influencers)
        {
            var own = posts.Where(p => p.InfluencerId == influencer.Id).OrderBy(p => p.PublishedAt).ToList();
            own.Count.Should().BeInRange(Days / 3, Days, "a post every 1 to 3 days");
            own.Should().OnlyContain(p => p.PublishedAt <= Now && p.PublishedAt >= Now.AddDays(-Days) && p.Likes > 0);
            own.Zip(own.Skip(1)).Should().OnlyContain(pair => (pair.Second.PublishedAt.Date - pair.First.PublishedAt.Date).TotalDays <= 3);

            var days = snapshots.Where(s => s.InfluencerId == influencer.Id).OrderBy(s => s.Date).ToList();
            days.Should().HaveCount(Days);
            days[^1].Date.Should().Be(DateOnly.FromDateTime(Now));
            days[^1].Followers.Should().Be(influencer.Followers);
            days.Select(s => s.Date).Should().OnlyHaveUniqueItems();

            var ownStories = stories.Where(s => s.InfluencerId == influencer.Id).ToList();
            if (influencer.Platform is Platform.Instagram or Platform.Facebook)
            {
                ownStories.Select(s => s.PublishedAt.Date).Distinct().Count().Should().BeGreaterThan(Days / 2, "stories on most days");
                ownStories.Should().OnlyContain(s => s.PublishedAt <= Now && s.Views > 0);
            }
            else
            {
                ownStories.Should().BeEmpty();
            }
        }

        // Likes follow the audience: the biggest accounts get more likes per post than the smallest.
        double AverageLikes(Influencer i) => posts.Where(p => p.InfluencerId == i.Id).Average(p => p.Likes);
        var bySize = influencers.Where(i => i.Platform == Platform.Youtube).OrderBy(i => i.Followers).ToList();
        AverageLikes(bySize[^1]).Should().BeGreaterThan(AverageLikes(bySize[0]));

        // Optional counts are mostly known, sometimes not.
        posts.Count(p => p.Reach != null).Should().BeGreaterThan(posts.Count * 3 / 4).And.BeLessThan(posts.Count);
        posts.Count(p => p.Shares != null).Should().BeGreaterThan(posts.Count * 3 / 4).And.BeLessThan(posts.Count);
        posts.Should().Contain(p => p.Impressions != null && p.Impressions > p.Reach);
        snapshots.Should().Contain(s => s.Gained == null).And.Contain(s => s.Gained > 0 && s.Lost > 0 && s.ProfileViews > 0);
    }

    [Fact]
    public async Task Every_demo_influencer_is_calculated_at_seeding_with_the_benchmark_its_peers_allow()
    {
        var influencers = await factory.WithDbAsync(db => db.Influencers.AsNoTracking().ToListAsync());
        var runs = await factory.RunsAsync();

        foreach (var influencer in influencers)
        {
            var own = runs.Where(r => r.InfluencerId == influencer.Id).ToList();
            own.Should().NotBeEmpty().And.OnlyContain(r => r.Status == RunStatus.Succeeded && r.Trigger == RunTrigger.Manual, influencer.Handle);
            own.Select(r => r.Id).Should().Contain(influencer.LatestRunId!.Value);
        }

        // Twelve micro Instagram accounts: each has at least ten peers with results, so each has a percentile.
        var microInstagram = influencers.Where(i => i.Platform == Platform.Instagram && i.FollowerTier == "micro").ToList();
        microInstagram.Should().HaveCount(12).And.OnlyContain(i => i.ErPercentile != null);
        influencers.Single(i => i.Handle == "chef.bia").ErPercentile.Should().NotBeNull();

        // No other tier of the demo has ten peers: those ran once, the micro Instagram accounts at most twice.
        influencers.Except(microInstagram).Should().OnlyContain(i => i.ErPercentile == null);
        runs.GroupBy(r => r.InfluencerId).Should().OnlyContain(g => g.Count() <= 2);
        runs.Should().HaveCount(influencers.Count + 10, "the first ten micro Instagram accounts ran before their peers had results");
    }

    [Fact]
    public async Task The_list_right_after_sign_in_shows_no_influencer_as_never_updated()
    {
        var client = factory.CreateClient();
        var tokens = await client.LoginAsync(DemoDataSeeder.AnalystEmail, DemoDataSeeder.Password);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        var items = (await (await client.GetAsync("/api/influencers?pageSize=100")).ReadJsonAsync())["items"]!.AsArray();

        items.Should().HaveCount(34).And.OnlyContain(i => i!["lastUpdate"]!["status"]!.GetValue<string>() == "succeeded" && i["metrics"] != null);
    }

    [Theory]
    [InlineData(DemoDataSeeder.AdminEmail, Roles.Admin)]
    [InlineData(DemoDataSeeder.AnalystEmail, Roles.Analyst)]
    public async Task The_demo_accounts_sign_in_with_the_public_demo_password(string email, string role)
    {
        var client = factory.CreateClient();

        var tokens = await client.LoginAsync(email, "AnalisaAI-demo-2026");

        tokens.AccessToken.Should().NotBeNullOrEmpty();
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.NormalizedEmail == User.Normalize(email)));
        user.Role.Should().Be(role);
    }

    [Fact]
    public async Task Seeding_again_or_restarting_on_the_same_database_duplicates_nothing()
    {
        var before = await CountsAsync(factory);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetServices<IDatabaseSeeder>().OfType<DemoDataSeeder>().Should().ContainSingle().Subject;
            await seeder.SeedAsync(CancellationToken.None);
        }

        (await CountsAsync(factory)).Should().Be(before);

        using var restarted = new RestartedDemoApiFactory(factory.DatabasePath);
        (await CountsAsync(restarted)).Should().Be(before);
    }

    [Fact]
    public async Task One_demo_influencer_has_a_planted_follower_spike_that_meets_the_signal_rule()
    {
        var profile = DemoProfiles.All.Single(p => p.Spike is not null);
        var spike = profile.Spike!;
        var influencer = await factory.WithDbAsync(db => db.Influencers.AsNoTracking().SingleAsync(i => i.Handle == profile.Handle));
        var days = await factory.WithDbAsync(db => db.AudienceSnapshots.AsNoTracking()
            .Where(s => s.InfluencerId == influencer.Id).OrderBy(s => s.Date).ToListAsync());

        var changes = days.Zip(days.Skip(1)).Select(pair => (pair.Second.Date, Change: pair.Second.Followers - pair.First.Followers, Prev: pair.First.Followers)).ToList();
        var spikeDay = DateOnly.FromDateTime(Now).AddDays(-spike.DaysAgo);
        var index = changes.FindIndex(c => c.Date == spikeDay);
        var baseline = changes.Skip(index - 14).Take(14).Select(c => (double)c.Change).ToList();
        var median = Median(baseline);
        var mad = Median([.. baseline.Select(c => Math.Abs(c - median))]);
        var excess = changes[index].Change - median;

        // docs/metrics.md, "Stage 6": excess >= 100, at least 1 % of the previous day, modified z-score over 5.
        excess.Should().BeGreaterThanOrEqualTo(100);
        (100 * excess).Should().BeGreaterThanOrEqualTo(changes[index].Prev);
        (1349 * excess).Should().BeGreaterThan(10000 * mad);
        changes.Where(c => c.Date != spikeDay).Should().OnlyContain(c => Math.Abs(c.Change) < spike.Followers / 4, "one spike only");
        days[^1].Followers.Should().Be(profile.Followers);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    [Fact]
    public void The_generated_history_is_deterministic()
    {
        var profile = DemoProfiles.All[0];
        var id = Guid.NewGuid();

        static object Generate(DemoProfile profile, Guid id)
        {
            var history = new DemoHistory(profile, new Random(7), Now, Days);
            return new { Posts = history.Posts(id), Stories = history.Stories(id), Snapshots = history.Snapshots(id) };
        }

        Generate(profile, id).Should().BeEquivalentTo(Generate(profile, id));
    }

    private const int Days = DemoDataSeeder.Days;

    private static Task<(int Users, int Influencers, int Categories, int Posts, int Stories, int Snapshots, int Runs)> CountsAsync(ApiFactory app) =>
        app.WithDbAsync(async db => (
            await db.Users.CountAsync(),
            await db.Influencers.CountAsync(),
            await db.Categories.CountAsync(),
            await db.Posts.CountAsync(),
            await db.Stories.CountAsync(),
            await db.AudienceSnapshots.CountAsync(),
            await db.MetricRuns.CountAsync()));
}

public sealed class DemoDataOffTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Nothing_is_seeded_when_Seed_Demo_is_off()
    {
        (await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.NormalizedEmail == User.Normalize(DemoDataSeeder.AdminEmail))))
            .Should().BeFalse();
        (await factory.WithDbAsync(db => db.Influencers.AnyAsync())).Should().BeFalse();
    }
}
