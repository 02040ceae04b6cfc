using System.Net;
using System.Text.Json.Nodes;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Influencers;

/// <summary>
/// <c>GET /api/influencers/{id}/posts</c>: the stored posts, newest first and paged, each with its interactions
/// (metrics.md: likes + comments + shares + saves, unknown shares or saves counted 0) and its engagement rate.
/// </summary>
public sealed class RecentPostsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private DateTimeOffset Now => factory.Time.GetUtcNow();

    [Fact]
    public async Task Posts_come_newest_first_ties_by_external_id_with_interactions_and_engagement_rate()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await CreateAsync(admin, followers: 2_000);
        var at = Now.AddHours(-5);
        await InfluencerApi.IngestAsync(admin, id, "posts",
        [
            Post("old", at.AddDays(-3), likes: 100, comments: 10, shares: 5, saves: 3),
            Post("tie-b", at, likes: 40, comments: 4, shares: null, saves: 6),
            Post("newest", at.AddHours(2), likes: 7, comments: 1, shares: null, saves: null),
            Post("tie-a", at, likes: 50, comments: 0, shares: 2, saves: null),
        ]);

        var body = await GetAsync(admin, id, "");

        var items = body["items"]!.AsArray();
        items.Select(i => i!["externalId"]!.GetValue<string>()).Should().Equal("newest", "tie-a", "tie-b", "old");
        items.Select(i => i!["interactions"]!.GetValue<long>()).Should().Equal(8, 52, 50, 118);
        items.Select(i => i!["engagementRate"]!.GetValue<double>()).Should().Equal(
            [0.4, 2.6, 2.5, 5.9], (actual, expected) => Math.Abs(actual - expected) < 1e-9, "interactions / 2,000 followers * 100");
        body["totalCount"]!.GetValue<int>().Should().Be(4);
        body["page"]!.GetValue<int>().Should().Be(1);
        body["pageSize"]!.GetValue<int>().Should().Be(20);

        var first = items[0]!.AsObject();
        first.Select(p => p.Key).Should().BeEquivalentTo(
            "externalId", "publishedAt", "contentType", "likes", "comments", "shares", "saves", "views", "reach", "impressions",
            "interactions", "engagementRate");
        first["publishedAt"]!.GetValue<DateTime>().Should().Be(at.AddHours(2).UtcDateTime);
        first["contentType"]!.GetValue<string>().Should().Be("reel");
        first["shares"].Should().BeNull("an unknown count stays null in the post, though it counts 0 in interactions");
        first["views"]!.GetValue<long>().Should().Be(900);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(null)]
    public async Task The_engagement_rate_is_null_when_followers_are_zero_or_unknown(long? followers)
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await CreateAsync(admin, followers);
        await InfluencerApi.IngestAsync(admin, id, "posts", [Post("p1", Now.AddDays(-1), likes: 10, comments: 2, shares: 1, saves: 1)]);

        var item = (await GetAsync(admin, id, ""))["items"]![0]!;

        item["interactions"]!.GetValue<long>().Should().Be(14);
        item["engagementRate"].Should().BeNull();
    }

    [Fact]
    public async Task Pages_split_the_posts_and_count_them_all()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await CreateAsync(admin, followers: 1_000);
        var newest = Now.AddMinutes(-1);

        // p00 is the newest, p24 the oldest.
        await InfluencerApi.IngestAsync(admin, id, "posts",
            Enumerable.Range(0, 25).Select(i => Post($"p{i:00}", newest.AddHours(-i), likes: i, comments: 0, shares: null, saves: null)).ToList());

        var byDefault = await GetAsync(admin, id, "");
        Ids(byDefault).Should().Equal(Enumerable.Range(0, 20).Select(i => $"p{i:00}"), "the default page size is 20");
        byDefault["totalCount"]!.GetValue<int>().Should().Be(25);

        var third = await GetAsync(admin, id, "?page=3&pageSize=7");
        Ids(third).Should().Equal("p14", "p15", "p16", "p17", "p18", "p19", "p20");
        third["page"]!.GetValue<int>().Should().Be(3);
        third["pageSize"]!.GetValue<int>().Should().Be(7);

        Ids(await GetAsync(admin, id, "?page=4&pageSize=7")).Should().Equal("p21", "p22", "p23", "p24");
        Ids(await GetAsync(admin, id, "?pageSize=100")).Should().HaveCount(25);
        var beyond = await GetAsync(admin, id, "?page=10000000&pageSize=100");
        Ids(beyond).Should().BeEmpty();
        beyond["totalCount"]!.GetValue<int>().Should().Be(25);
    }

    [Fact]
    public async Task An_influencer_without_posts_has_an_empty_page()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await CreateAsync(admin, followers: 10);

        var body = await GetAsync(admin, id, "");

        Ids(body).Should().BeEmpty();
        body["totalCount"]!.GetValue<int>().Should().Be(0);
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?page=-1", "page")]
    [InlineData("?page=abc", "page")]
    [InlineData("?page=10000001", "page")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=101", "pageSize")]
    [InlineData("?pageSize=1.5", "pageSize")]
    [InlineData("?pageSize=%2B5", "pageSize")]
    public async Task Bad_paging_is_a_400_naming_the_parameter(string queryString, string parameter)
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await CreateAsync(admin, followers: 10);

        var response = await admin.GetAsync($"{InfluencerApi.Route}/{id}/posts{queryString}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, queryString);
        (await response.ReadProblemAsync()).ErrorKeys().Should().Equal(parameter);
    }

    [Fact]
    public async Task An_unknown_influencer_is_404()
    {
        var admin = await factory.CreateAdminClientAsync();

        var response = await admin.GetAsync($"{InfluencerApi.Route}/{Guid.NewGuid()}/posts");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.ReadProblemAsync())["detail"]!.GetValue<string>().Should().EndWith("does not exist.");
    }

    [Fact]
    public async Task An_analyst_reads_them_and_anonymous_is_401()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await CreateAsync(admin, followers: 100);
        await InfluencerApi.IngestAsync(admin, id, "posts", [Post("only", Now.AddDays(-1), likes: 1, comments: 1, shares: null, saves: null)]);

        var analyst = await factory.CreateAnalystClientAsync();
        Ids(await GetAsync(analyst, id, "")).Should().Equal("only");
        (await factory.CreateClient().GetAsync($"{InfluencerApi.Route}/{id}/posts")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_openapi_document_declares_the_route_its_paging_parameters_and_its_errors()
    {
        var document = await (await factory.CreateClient().GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();

        var operation = document["paths"]!["/api/influencers/{id}/posts"]!["get"]!;
        operation["summary"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        var parameters = operation["parameters"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);
        parameters.Keys.Should().BeEquivalentTo("id", "page", "pageSize");
        foreach (var name in new[] { "page", "pageSize" })
        {
            parameters[name]["schema"]!["type"]!.GetValue<string>().Should().Be("integer");
            parameters[name]["schema"]!["format"]!.GetValue<string>().Should().Be("int32");
        }

        operation["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["200", "400", "401", "404"]);
    }

    private static async Task<Guid> CreateAsync(HttpClient admin, long? followers) =>
        (await InfluencerApi.CreateAsync(admin, new { handle = InfluencerApi.UniqueHandle("posts"), platform = "instagram", followers }))["id"]!.GetValue<Guid>();

    private static object Post(string externalId, DateTimeOffset publishedAt, long likes, long comments, long? shares, long? saves) =>
        new { externalId, publishedAt, contentType = "reel", likes, comments, shares, saves, views = 900, reach = (long?)null, impressions = (long?)null };

    private static async Task<JsonObject> GetAsync(HttpClient client, Guid id, string queryString)
    {
        var response = await client.GetAsync($"{InfluencerApi.Route}/{id}/posts{queryString}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).AsObject();
    }

    private static List<string> Ids(JsonObject body) => body["items"]!.AsArray().Select(i => i!["externalId"]!.GetValue<string>()).ToList();
}
