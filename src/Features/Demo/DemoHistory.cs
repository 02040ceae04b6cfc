using AnalisaAI.Api.Features.Influencers;

namespace AnalisaAI.Api.Features.Demo;

/// <summary>
/// One demo influencer's last <c>days</c> days, generated from a seeded <see cref="Random"/>: posts every
/// 1 to 3 days with likes and comments proportional to the audience (with noise), stories on most days on
/// Instagram and Facebook, and a daily audience snapshot that drifts up or down and ends at today's size.
/// </summary>
internal sealed class DemoHistory
{
    private readonly DemoProfile profile;
    private readonly Random random;
    private readonly DateTime now;
    private readonly int days;
    private readonly double engagementRate;
    private readonly long? following;
    private readonly List<(DateOnly Date, long Followers, long Change)> audience;

    public DemoHistory(DemoProfile profile, Random random, DateTime now, int days)
    {
        this.profile = profile;
        this.random = random;
        this.now = now;
        this.days = days;

        // Smaller accounts engage more; each platform has its own level; each influencer is a bit different.
        var bySize = profile.Followers switch
        {
            < 100_000 => 0.045,
            < 1_000_000 => 0.028,
            _ => 0.016,
        };
        var byPlatform = profile.Platform switch
        {
            Platform.Tiktok => 1.6,
            Platform.Youtube => 0.5,
            Platform.Facebook => 0.45,
            _ => 1.0,
        };
        engagementRate = bySize * byPlatform * Between(0.6, 1.4);
        following = profile.Platform is Platform.Instagram or Platform.Tiktok ? (long)Between(120, 1_500) : null;
        audience = Audience();
    }

    public int PostCount { get; private set; }

    public int StoryCount { get; private set; }

    public int SnapshotCount => audience.Count;

    public Influencer CreateInfluencer(Guid id) => new()
    {
        Id = id,
        Handle = profile.Handle,
        NormalizedHandle = Influencer.Normalize(profile.Handle),
        Platform = profile.Platform,
        DisplayName = profile.DisplayName,
        Biography = profile.Biography,
        Followers = profile.Followers,
        Following = following,
        PostsCount = (long)Between(180, 2_400) + days / 2,
        CreatedAt = now.AddDays(-days),
        UpdatedAt = null,
        LastUpdateStatus = LatestRunStatus.Never,

        // The demo's history is ingested data, as of the seeding.
        DataAsOf = now,
    };

    public List<Post> Posts(Guid influencerId)
    {
        var posts = new List<Post>();
        var at = now.Date.AddDays(1 - days + random.Next(0, 3));
        while (true)
        {
            var publishedAt = at.AddHours(random.Next(8, 23)).AddMinutes(random.Next(0, 60));
            if (publishedAt > now)
            {
                break;
            }

            var type = NextContentType();
            var followers = FollowersOn(DateOnly.FromDateTime(publishedAt));
            var isVideo = type is ContentType.Video or ContentType.Reel or ContentType.Short;
            var likes = (long)(followers * engagementRate * Noise(0.35) * (isVideo ? 1.3 : 1.0));
            var reach = Chance(0.88) ? (long?)(followers * Between(0.2, 0.6) * Noise(0.25)) : null;
            posts.Add(new Post
            {
                InfluencerId = influencerId,
                ExternalId = $"demo-{profile.Handle}-p{posts.Count + 1:D3}",
                PublishedAt = publishedAt,
                ContentType = type,
                Likes = likes,
                Comments = (long)(likes * Between(0.015, 0.06)),
                Shares = Chance(0.9) ? (long)(likes * Between(0.02, 0.12)) : null,
                Saves = profile.Platform is Platform.Instagram or Platform.Tiktok && Chance(0.9)
                    ? (long)(likes * Between(0.03, 0.15)) : null,
                Views = isVideo ? (long)(followers * Between(0.3, 1.5) * Noise(0.4)) : null,
                Reach = reach,
                Impressions = reach is { } r && Chance(0.95) ? (long)(r * Between(1.15, 1.6)) : null,
            });
            at = at.AddDays(random.Next(1, 4));
        }

        PostCount = posts.Count;
        return posts;
    }

    public List<Story> Stories(Guid influencerId)
    {
        var stories = new List<Story>();
        if (profile.Platform is not (Platform.Instagram or Platform.Facebook))
        {
            return stories;
        }

        foreach (var (date, followers, _) in audience)
        {
            if (!Chance(0.8))
            {
                continue;
            }

            var count = random.Next(1, 5);
            for (var i = 0; i < count; i++)
            {
                var publishedAt = date.ToDateTime(new TimeOnly(random.Next(7, 23), random.Next(0, 60)), DateTimeKind.Utc);
                if (publishedAt > now)
                {
                    continue;
                }

                var views = (long)(followers * Between(0.03, 0.09) * Noise(0.2));
                stories.Add(new Story
                {
                    InfluencerId = influencerId,
                    ExternalId = $"demo-{profile.Handle}-s{stories.Count + 1:D4}",
                    PublishedAt = publishedAt,
                    Views = views,
                    Reach = Chance(0.9) ? (long)(views * Between(0.85, 0.98)) : null,
                    Exits = Chance(0.85) ? (long)(views * Between(0.04, 0.12)) : null,
                    Replies = Chance(0.8) ? (long)(views * Between(0.001, 0.006)) : null,
                });
            }
        }

        StoryCount = stories.Count;
        return stories;
    }

    public List<AudienceSnapshot> Snapshots(Guid influencerId) =>
    [
        .. audience.Select(day =>
        {
            // Gained minus lost is the day's change; both include some churn.
            var churn = (long)(day.Followers * Between(0.0005, 0.002));
            var known = Chance(0.95);
            return new AudienceSnapshot
            {
                InfluencerId = influencerId,
                Date = day.Date,
                Followers = day.Followers,
                Following = following,
                Gained = known ? churn + Math.Max(day.Change, 0) : null,
                Lost = known ? churn + Math.Max(-day.Change, 0) : null,
                ProfileViews = profile.Platform == Platform.Youtube ? null : (long)(day.Followers * Between(0.003, 0.015)),
            };
        }),
    ];

    /// <summary>
    /// Daily follower counts, walked back from today's size with a per-influencer trend, and the profile's planted
    /// spike (if any) added to its day's change, so the days before it are that much smaller.
    /// </summary>
    private List<(DateOnly Date, long Followers, long Change)> Audience()
    {
        var trend = Between(-0.0015, 0.005);
        var today = DateOnly.FromDateTime(now);
        var result = new List<(DateOnly, long, long)>(days);
        var followers = profile.Followers;
        for (var offset = 0; offset < days; offset++)
        {
            var change = (long)(followers * (trend + (Gaussian() * 0.001)));
            if (profile.Spike is { } spike && spike.DaysAgo == offset)
            {
                change += spike.Followers;
            }

            result.Add((today.AddDays(-offset), followers, change));
            followers = Math.Max(1, followers - change);
        }

        result.Reverse();
        return result;
    }

    private long FollowersOn(DateOnly date) =>
        audience.FirstOrDefault(d => d.Date == date) is { Followers: > 0 } day ? day.Followers : profile.Followers;

    private ContentType NextContentType()
    {
        var roll = random.NextDouble();
        return profile.Platform switch
        {
            Platform.Instagram => roll switch
            {
                < 0.35 => ContentType.Image,
                < 0.65 => ContentType.Carousel,
                < 0.95 => ContentType.Reel,
                _ => ContentType.Video,
            },
            Platform.Tiktok => ContentType.Video,
            Platform.Youtube => roll < 0.55 ? ContentType.Video : ContentType.Short,
            _ => roll switch
            {
                < 0.40 => ContentType.Image,
                < 0.65 => ContentType.Video,
                < 0.80 => ContentType.Text,
                _ => ContentType.Reel,
            },
        };
    }

    private double Between(double min, double max) => min + (random.NextDouble() * (max - min));

    private bool Chance(double probability) => random.NextDouble() < probability;

    /// <summary>Log-normal multiplier around 1.</summary>
    private double Noise(double sigma) => Math.Exp(Gaussian() * sigma);

    private double Gaussian()
    {
        // Box-Muller.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
