using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Influencers;

public sealed class IngestionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Posts_are_stored_with_every_field()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var publishedAt = new DateTimeOffset(2026, 6, 29, 10, 30, 15, TimeSpan.FromHours(-3));

        var result = await InfluencerApi.IngestAsync(admin, id, "posts",
        [
            new { externalId = "A1", publishedAt, contentType = "reel", likes = 100, comments = 7, shares = 3, saves = 2, views = 900, reach = 800, impressions = 1000 },
            new { externalId = "A2", publishedAt, contentType = "carousel", likes = 0, comments = 0 },
        ]);

        result.ShouldBeIngestion(received: 2, inserted: 2, updated: 0);
        var posts = await factory.WithDbAsync(db => db.Posts.AsNoTracking().Where(p => p.InfluencerId == id).OrderBy(p => p.ExternalId).ToListAsync());
        posts.Should().HaveCount(2);
        posts[0].Should().BeEquivalentTo(new
        {
            ExternalId = "A1", PublishedAt = new DateTime(2026, 6, 29, 13, 30, 15, DateTimeKind.Utc), ContentType = ContentType.Reel,
            Likes = 100L, Comments = 7L, Shares = 3L, Saves = 2L, Views = 900L, Reach = 800L, Impressions = 1000L,
        });
        posts[1].Shares.Should().BeNull();
        posts[1].ContentType.Should().Be(ContentType.Carousel);
    }

    [Fact]
    public async Task Resending_the_same_batch_changes_nothing_and_changed_values_count_as_updated()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var batch = Enumerable.Range(1, 5).Select(i => InfluencerApi.Post($"p{i}", likes: i)).ToArray();
        (await InfluencerApi.IngestAsync(admin, id, "posts", batch)).ShouldBeIngestion(5, 5, 0);
        var before = await StoredPostsAsync(id);

        (await InfluencerApi.IngestAsync(admin, id, "posts", batch)).ShouldBeIngestion(5, 0, 0);
        (await StoredPostsAsync(id)).Should().BeEquivalentTo(before);

        var changed = batch.ToArray();
        changed[1] = InfluencerApi.Post("p2", likes: 200);
        changed[3] = InfluencerApi.Post("p4", likes: 4, reach: 77);
        var withNew = changed.Append(InfluencerApi.Post("p6")).ToArray();
        (await InfluencerApi.IngestAsync(admin, id, "posts", withNew)).ShouldBeIngestion(6, 1, 2);

        var after = await StoredPostsAsync(id);
        after.Should().HaveCount(6);
        after.Single(p => p.ExternalId == "p2").Likes.Should().Be(200);
        after.Single(p => p.ExternalId == "p4").Reach.Should().Be(77);
        after.Single(p => p.ExternalId == "p1").Should().BeEquivalentTo(before.Single(p => p.ExternalId == "p1"));
    }

    [Fact]
    public async Task External_ids_belong_to_their_influencer()
    {
        var admin = await factory.CreateAdminClientAsync();
        var first = await InfluencerApi.CreateIdAsync(admin);
        var second = await InfluencerApi.CreateIdAsync(admin);
        await InfluencerApi.IngestAsync(admin, first, "posts", [InfluencerApi.Post("same")]);

        (await InfluencerApi.IngestAsync(admin, second, "posts", [InfluencerApi.Post("same", likes: 99)])).ShouldBeIngestion(1, 1, 0);

        (await StoredPostsAsync(first)).Single().Likes.Should().Be(10);
    }

    [Fact]
    public async Task Stories_upsert_by_external_id()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var batch = new[] { InfluencerApi.Story("s1"), InfluencerApi.Story("s2") };

        (await InfluencerApi.IngestAsync(admin, id, "stories", batch)).ShouldBeIngestion(2, 2, 0);
        (await InfluencerApi.IngestAsync(admin, id, "stories", batch)).ShouldBeIngestion(2, 0, 0);
        (await InfluencerApi.IngestAsync(admin, id, "stories", [InfluencerApi.Story("s1", exits: null), InfluencerApi.Story("s3")]))
            .ShouldBeIngestion(2, 1, 1);

        var stories = await factory.WithDbAsync(db => db.Stories.AsNoTracking().Where(s => s.InfluencerId == id).OrderBy(s => s.ExternalId).ToListAsync());
        stories.Select(s => s.ExternalId).Should().Equal("s1", "s2", "s3");
        stories[0].Exits.Should().BeNull();
        stories[1].Exits.Should().Be(3);
        stories[0].Views.Should().Be(50);
    }

    [Fact]
    public async Task Snapshots_upsert_by_date_and_the_newest_sets_followers_and_following()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        await admin.PutAsJsonAsync($"{InfluencerApi.Route}/{id}", new { handle = InfluencerApi.UniqueHandle(), platform = "instagram", followers = 1, following = 77 });

        (await InfluencerApi.IngestAsync(admin, id, "audience-snapshots",
        [
            InfluencerApi.Snapshot("2026-06-10", 1000, following: 50),
            InfluencerApi.Snapshot("2026-06-12", 1200),
            InfluencerApi.Snapshot("2026-06-11", 1100, following: 60),
        ])).ShouldBeIngestion(3, 3, 0);
        await ShouldHaveAudienceAsync(admin, id, followers: 1200, following: 77);

        // An older snapshot sent later does not move the figures.
        (await InfluencerApi.IngestAsync(admin, id, "audience-snapshots", [InfluencerApi.Snapshot("2026-06-01", 5, following: 5)]))
            .ShouldBeIngestion(1, 1, 0);
        await ShouldHaveAudienceAsync(admin, id, followers: 1200, following: 77);

        // A newer one with following sets both.
        (await InfluencerApi.IngestAsync(admin, id, "audience-snapshots", [InfluencerApi.Snapshot("2026-06-13", 1300, following: 80)]))
            .ShouldBeIngestion(1, 1, 0);
        await ShouldHaveAudienceAsync(admin, id, followers: 1300, following: 80);

        // Correcting the newest day updates it and the influencer.
        (await InfluencerApi.IngestAsync(admin, id, "audience-snapshots", [InfluencerApi.Snapshot("2026-06-13", 1250, following: 81)]))
            .ShouldBeIngestion(1, 0, 1);
        await ShouldHaveAudienceAsync(admin, id, followers: 1250, following: 81);

        // The same again changes nothing.
        (await InfluencerApi.IngestAsync(admin, id, "audience-snapshots", [InfluencerApi.Snapshot("2026-06-13", 1250, following: 81)]))
            .ShouldBeIngestion(1, 0, 0);

        var dates = await factory.WithDbAsync(db => db.AudienceSnapshots.Where(s => s.InfluencerId == id).Select(s => s.Date).ToListAsync());
        dates.Should().HaveCount(5);
    }

    [Fact]
    public async Task Snapshot_ingestion_renews_the_influencer_version()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var before = await factory.WithDbAsync(db => db.Influencers.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());

        await InfluencerApi.IngestAsync(admin, id, "audience-snapshots", [InfluencerApi.Snapshot("2026-06-20", 42)]);

        var after = await factory.WithDbAsync(db => db.Influencers.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());
        after.Should().NotBe(before);
    }

    public static TheoryData<string, object, string> InvalidItems => new()
    {
        { "posts", new { externalId = "x", publishedAt = ApiFactory.Start, contentType = "image", likes = -1, comments = 0 }, "items[3].likes" },
        { "posts", new { externalId = "x", publishedAt = ApiFactory.Start, contentType = "image", comments = 0 }, "items[3].likes" },
        { "posts", new { externalId = "x", publishedAt = ApiFactory.Start, contentType = "image", likes = 1 }, "items[3].comments" },
        { "posts", new { externalId = "x", publishedAt = ApiFactory.Start, contentType = "image", likes = 1, comments = 1, impressions = -2 }, "items[3].impressions" },
        { "posts", new { externalId = "x", publishedAt = ApiFactory.Start, contentType = "podcast", likes = 1, comments = 1 }, "items[3].contentType" },
        { "posts", new { externalId = "x", publishedAt = ApiFactory.Start, likes = 1, comments = 1 }, "items[3].contentType" },
        { "posts", new { externalId = "x", publishedAt = ApiFactory.Start.AddMinutes(6), contentType = "image", likes = 1, comments = 1 }, "items[3].publishedAt" },
        { "posts", new { externalId = "x", contentType = "image", likes = 1, comments = 1 }, "items[3].publishedAt" },
        { "posts", new { externalId = "", publishedAt = ApiFactory.Start, contentType = "image", likes = 1, comments = 1 }, "items[3].externalId" },
        { "posts", new { externalId = new string('e', 129), publishedAt = ApiFactory.Start, contentType = "image", likes = 1, comments = 1 }, "items[3].externalId" },
        { "posts", new { externalId = "p0", publishedAt = ApiFactory.Start, contentType = "image", likes = 1, comments = 1 }, "items[3].externalId" },
        { "stories", new { externalId = "x", publishedAt = ApiFactory.Start }, "items[3].views" },
        { "stories", new { externalId = "x", publishedAt = ApiFactory.Start, views = 1, exits = -1 }, "items[3].exits" },
        { "stories", new { externalId = "x", publishedAt = ApiFactory.Start.AddHours(1), views = 1 }, "items[3].publishedAt" },
        { "stories", new { externalId = "s0", publishedAt = ApiFactory.Start, views = 1 }, "items[3].externalId" },
        { "audience-snapshots", new { date = "2026-06-31", followers = 1 }, "items[3].date" },
        { "audience-snapshots", new { date = "30/06/2026", followers = 1 }, "items[3].date" },
        { "audience-snapshots", new { date = "2026-06-20" }, "items[3].followers" },
        { "audience-snapshots", new { date = "2026-06-20", followers = 1, lost = -1 }, "items[3].lost" },
        { "audience-snapshots", new { date = "2026-06-01", followers = 1 }, "items[3].date" },
    };

    [Theory]
    [MemberData(nameof(InvalidItems))]
    public async Task One_bad_item_is_400_naming_it_and_nothing_is_stored(string kind, object badItem, string errorKey)
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var items = Enumerable.Range(0, 5).Select(i => ValidItem(kind, i)).ToArray();
        items[3] = badItem;

        var response = await admin.PostAsJsonAsync($"{InfluencerApi.Route}/{id}/{kind}", new { items });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).ErrorKeys().Should().Equal(errorKey);
        (await CountStoredAsync(id)).Should().Be(0);
    }

    [Fact]
    public async Task Publication_up_to_five_minutes_ahead_is_accepted()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);

        var result = await InfluencerApi.IngestAsync(admin, id, "posts", [InfluencerApi.Post("soon", publishedAt: ApiFactory.Start.AddMinutes(5))]);

        result.ShouldBeIngestion(received: 1, inserted: 1, updated: 0);
        (await StoredPostsAsync(id)).Should().ContainSingle()
            .Which.PublishedAt.Should().Be(ApiFactory.Start.AddMinutes(5).UtcDateTime);
    }

    [Theory]
    [InlineData("posts", 0)]
    [InlineData("posts", 1001)]
    [InlineData("stories", 1001)]
    [InlineData("audience-snapshots", 0)]
    [InlineData("audience-snapshots", 1001)]
    public async Task Batches_outside_1_to_1000_items_are_refused(string kind, int count)
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var items = Enumerable.Range(0, count).Select(i => ValidItem(kind, i)).ToArray();

        var response = await admin.PostAsJsonAsync($"{InfluencerApi.Route}/{id}/{kind}", new { items });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).ErrorKeys().Should().Equal("items");
        (await CountStoredAsync(id)).Should().Be(0);
    }

    [Fact]
    public async Task A_missing_items_list_or_a_null_item_is_400()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);

        var missing = await admin.PostAsJsonAsync($"{InfluencerApi.Route}/{id}/posts", new { });
        var nullItem = await admin.PostAsync($"{InfluencerApi.Route}/{id}/posts",
            new StringContent("""{ "items": [null] }""", System.Text.Encoding.UTF8, "application/json"));

        (await missing.ReadProblemAsync()).ErrorKeys().Should().Equal("items");
        (await nullItem.ReadProblemAsync()).ErrorKeys().Should().Equal("items[0]");
    }

    [Fact]
    public async Task A_full_batch_of_1000_is_stored()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var items = Enumerable.Range(0, 1000).Select(i => InfluencerApi.Post($"bulk-{i}", likes: i)).ToArray();

        (await InfluencerApi.IngestAsync(admin, id, "posts", items)).ShouldBeIngestion(1000, 1000, 0);
        items[500] = InfluencerApi.Post("bulk-500", likes: 5);
        (await InfluencerApi.IngestAsync(admin, id, "posts", items)).ShouldBeIngestion(1000, 0, 1);

        (await StoredPostsAsync(id)).Should().HaveCount(1000);
    }

    private static object ValidItem(string kind, int i) => kind switch
    {
        "posts" => InfluencerApi.Post($"p{i}"),
        "stories" => InfluencerApi.Story($"s{i}"),
        _ => InfluencerApi.Snapshot(DateOnly.FromDateTime(ApiFactory.Start.UtcDateTime).AddDays(-29 + (i % 30)).AddYears(-(i / 30)).ToString("yyyy-MM-dd"), 100 + i),
    };

    private Task<List<Post>> StoredPostsAsync(Guid id) =>
        factory.WithDbAsync(db => db.Posts.AsNoTracking().Where(p => p.InfluencerId == id).OrderBy(p => p.ExternalId).ToListAsync());

    private Task<int> CountStoredAsync(Guid id) => factory.WithDbAsync(async db =>
        await db.Posts.CountAsync(p => p.InfluencerId == id)
        + await db.Stories.CountAsync(s => s.InfluencerId == id)
        + await db.AudienceSnapshots.CountAsync(s => s.InfluencerId == id));

    private static async Task ShouldHaveAudienceAsync(HttpClient admin, Guid id, long followers, long following)
    {
        var body = (JsonObject)await (await admin.GetAsync($"{InfluencerApi.Route}/{id}")).ReadJsonAsync();
        body["followers"]!.GetValue<long>().Should().Be(followers);
        body["following"]!.GetValue<long>().Should().Be(following);
    }
}
