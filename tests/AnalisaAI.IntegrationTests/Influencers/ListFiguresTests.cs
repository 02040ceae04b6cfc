using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Influencers;

/// <summary>
/// The list's sorts and ranges on the latest run's figures, each checked against an order or a selection the test
/// works out itself from the items' own values (their metrics, their followers): ten influencers with varied
/// engagement and growth, calculated once, and two never calculated, one of them without a follower count.
/// </summary>
public sealed class ListFiguresTests : IAsyncLifetime
{
    private static readonly DateTime Now = ApiFactory.Start.UtcDateTime;

    private readonly ApiFactory factory = new();
    private HttpClient admin = null!;
    private List<JsonNode> all = [];

    public async Task InitializeAsync()
    {
        admin = await factory.CreateAdminClientAsync();
        long[] followers = [12_000, 55_000, 33_000, 80_000, 21_000, 47_000, 66_000, 15_000, 90_000, 38_000];
        int[] likes = [300, 900, 150, 2_000, 700, 50, 1_200, 400, 800, 1_000];
        int[] dailyGain = [10, -5, 30, 0, 50, 20, -20, 5, 15, 40];
        var calculated = new List<Guid>();
        for (var i = 0; i < followers.Length; i++)
        {
            calculated.Add(await factory.WithDbAsync(db => AddAsync(db, followers[i], likes[i], dailyGain[i])));
        }

        await factory.WithDbAsync(db => AddAsync(db, 25_000, 500, 10));
        await factory.WithDbAsync(db => AddAsync(db, null, 500, 10));
        foreach (var id in calculated)
        {
            await TestData.RecalculateAsync(admin, id);
        }

        all = await ListAsync("pageSize=100");
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Theory]
    [InlineData("engagementRate")]
    [InlineData("followers")]
    [InlineData("growth30")]
    public async Task Each_sort_orders_by_its_figure_with_unknown_values_lowest(string key)
    {
        all.Should().HaveCount(12);
        var known = all.Select(i => Figure(i, key)).OfType<double>().ToList();
        var unknown = all.Count - known.Count;
        known.Distinct().Should().HaveCount(known.Count, "distinct values make the expected order unique");
        unknown.Should().BeGreaterThan(0, "the test covers unknown values");

        var ascending = (await ListAsync($"sort={key}&pageSize=100")).Select(i => Figure(i, key)).ToList();
        var descending = (await ListAsync($"sort=-{key}&pageSize=100")).Select(i => Figure(i, key)).ToList();

        ascending.Should().Equal([.. Enumerable.Repeat<double?>(null, unknown), .. known.Order().Select(v => (double?)v)]);
        descending.Should().Equal([.. known.OrderDescending().Select(v => (double?)v), .. Enumerable.Repeat<double?>(null, unknown)]);
    }

    [Fact]
    public async Task Growth_can_be_negative_and_sorts_below_zero()
    {
        var growth = (await ListAsync("sort=growth30&pageSize=100")).Select(i => Figure(i, "growth30")).OfType<double>().ToList();

        growth.Should().Contain(g => g < 0).And.Contain(g => g > 0).And.BeInAscendingOrder();
    }

    [Fact]
    public async Task Follower_ranges_keep_the_rows_within_them_and_leave_out_unknown_followers()
    {
        var known = all.Select(i => Figure(i, "followers")).OfType<double>().Order().ToList();
        var (low, high) = ((long)known[2], (long)known[7]);

        Ids(await ListAsync($"minFollowers={low}&maxFollowers={high}&pageSize=100")).Should()
            .BeEquivalentTo(IdsWhere("followers", v => v >= low && v <= high)).And.HaveCount(6);
        Ids(await ListAsync($"minFollowers={low}&pageSize=100")).Should().BeEquivalentTo(IdsWhere("followers", v => v >= low));
        Ids(await ListAsync($"maxFollowers={high}&pageSize=100")).Should().BeEquivalentTo(IdsWhere("followers", v => v <= high));
        (await ListAsync("minFollowers=0&pageSize=100")).Should().HaveCount(11, "the influencer without a follower count is left out");
        (await ListAsync($"minFollowers={high}&maxFollowers={high}")).Should().ContainSingle();
    }

    [Fact]
    public async Task Engagement_rate_ranges_keep_the_rows_within_them_and_leave_out_the_never_calculated()
    {
        var known = all.Select(i => Figure(i, "engagementRate")).OfType<double>().Order().ToList();
        var (low, high) = (known[1], known[6]);

        Ids(await ListAsync($"minEngagementRate={Text(low)}&maxEngagementRate={Text(high)}&pageSize=100")).Should()
            .BeEquivalentTo(IdsWhere("engagementRate", v => v >= low && v <= high)).And.HaveCount(6);
        Ids(await ListAsync($"minEngagementRate={Text(low)}&pageSize=100")).Should().BeEquivalentTo(IdsWhere("engagementRate", v => v >= low));
        Ids(await ListAsync($"maxEngagementRate={Text(high)}&pageSize=100")).Should().BeEquivalentTo(IdsWhere("engagementRate", v => v <= high));
        (await ListAsync("minEngagementRate=0&pageSize=100")).Should().HaveCount(10, "the two never calculated have no engagement rate");
        Ids(await ListAsync($"minEngagementRate={Text(low)}&minFollowers=40000&pageSize=100")).Should()
            .BeEquivalentTo(IdsWhere("engagementRate", v => v >= low).Intersect(IdsWhere("followers", v => v >= 40_000)));
    }

    [Fact]
    public void Known_components_are_the_relevance_components_the_latest_run_did_not_estimate()
    {
        foreach (var item in all)
        {
            var expected = item["metrics"] is { } metrics ? 5 - metrics["relevance"]!["estimatedComponents"]!.AsArray().Count : 0;
            item["knownComponents"]!.GetValue<int>().Should().Be(expected);
        }

        all.Should().Contain(i => i["knownComponents"]!.GetValue<int>() > 0);
    }

    [Fact]
    public void No_run_is_pending_once_the_runs_are_done()
    {
        all.Should().OnlyContain(i => i["pendingRun"]!.GetValue<bool>() == false);
    }

    /// <summary>An item's figure as its own response shows it: followers, or the latest result's field.</summary>
    private static double? Figure(JsonNode item, string key) => key switch
    {
        "followers" => item["followers"]?.GetValue<long>(),
        "engagementRate" => item["metrics"]?["engagement"]?["engagementRate"]?.GetValue<double>(),
        "growth30" => item["metrics"]?["growth"]?["growthRate30"]?.GetValue<double>(),
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    private IEnumerable<Guid> IdsWhere(string key, Func<double, bool> within) =>
        Ids(all.Where(i => Figure(i, key) is { } value && within(value)));

    private static IEnumerable<Guid> Ids(IEnumerable<JsonNode> items) => items.Select(i => i["id"]!.GetValue<Guid>());

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private async Task<List<JsonNode>> ListAsync(string query)
    {
        var response = await admin.GetAsync($"{InfluencerApi.Route}?{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return [.. (await response.ReadJsonAsync())["items"]!.AsArray().Select(i => i!)];
    }

    /// <summary>
    /// An influencer with four posts of <paramref name="likes"/> likes and 40 days of snapshots that gain
    /// <paramref name="dailyGain"/> followers a day up to <paramref name="followers"/> (50,000 when unknown).
    /// </summary>
    private static async Task<Guid> AddAsync(AppDbContext db, long? followers, int likes, int dailyGain)
    {
        var influencer = new Influencer
        {
            Id = Guid.CreateVersion7(),
            Handle = InfluencerApi.UniqueHandle("fig"),
            NormalizedHandle = "",
            Platform = Platform.Instagram,
            Followers = followers,
            Following = 300,
            CreatedAt = Now,
            Version = Guid.NewGuid(),
        };
        influencer.NormalizedHandle = Influencer.Normalize(influencer.Handle);
        db.Influencers.Add(influencer);
        db.Posts.AddRange(Enumerable.Range(0, 4).Select(p => new Post
        {
            InfluencerId = influencer.Id,
            ExternalId = $"p{p}",
            PublishedAt = Now.AddDays(-(p * 3) - 1),
            ContentType = ContentType.Image,
            Likes = likes + (p * 10),
            Comments = 20,
            Reach = 4_000,
        }));
        db.AudienceSnapshots.AddRange(Enumerable.Range(0, 40).Select(d => new AudienceSnapshot
        {
            InfluencerId = influencer.Id,
            Date = DateOnly.FromDateTime(Now).AddDays(-d),
            Followers = (followers ?? 50_000) - (d * dailyGain),
            Lost = 3,
        }));
        await db.SaveChangesAsync();
        return influencer.Id;
    }
}
