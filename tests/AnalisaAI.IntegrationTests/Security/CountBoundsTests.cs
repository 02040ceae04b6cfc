using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AnalisaAI.IntegrationTests.Influencers;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>
/// Issue 25, item 5: every count of every write is an integer from 0 to 10^12 (api.md). Below or above, the write
/// is a 400 naming the field and changes nothing; 10^12 itself is accepted.
/// </summary>
public sealed class CountBoundsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const long Max = 1_000_000_000_000;

    /// <summary>Each write that carries counts (route after the influencer, or "" for the influencer itself) and its counts.</summary>
    public static TheoryData<string, string, long> OutOfRange()
    {
        var data = new TheoryData<string, string, long>();
        foreach (var (write, counts) in Writes)
        {
            foreach (var count in counts)
            {
                data.Add(write, count, -1);
                data.Add(write, count, Max + 1);
            }
        }

        return data;
    }

    private static readonly (string Write, string[] Counts)[] Writes =
    [
        ("create", ["followers", "following", "postsCount"]),
        ("update", ["followers", "following", "postsCount"]),
        ("posts", ["likes", "comments", "shares", "saves", "views", "reach", "impressions"]),
        ("stories", ["views", "reach", "exits", "replies"]),
        ("audience-snapshots", ["followers", "following", "gained", "lost", "profileViews"]),
    ];

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task A_count_out_of_range_is_a_400_naming_it(string write, string count, long value)
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);

        var response = await SendAsync(admin, id, write, count, value);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.ErrorKeys().Should().Equal(write is "create" or "update" ? count : $"items[0].{count}");
        problem["errors"]!.AsObject().Single().Value![0]!.GetValue<string>().Should().Contain("0 to 10^12");
    }

    [Theory]
    [InlineData("create")]
    [InlineData("update")]
    [InlineData("posts")]
    [InlineData("stories")]
    [InlineData("audience-snapshots")]
    public async Task Every_count_at_10_to_the_12_is_accepted(string write)
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);

        var body = Body(write, Writes.Single(w => w.Write == write).Counts.ToDictionary(c => c, _ => Max));
        var response = await Send(admin, id, write, body);

        response.StatusCode.Should().Be(write == "create" ? HttpStatusCode.Created : HttpStatusCode.OK);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient admin, Guid id, string write, string count, long value) =>
        Send(admin, id, write, Body(write, new Dictionary<string, long> { [count] = value }));

    private static Task<HttpResponseMessage> Send(HttpClient admin, Guid id, string write, JsonObject body) => write switch
    {
        "create" => admin.PostAsJsonAsync(InfluencerApi.Route, body),
        "update" => admin.PutAsJsonAsync($"{InfluencerApi.Route}/{id}", body),
        _ => admin.PostAsJsonAsync($"{InfluencerApi.Route}/{id}/{write}", new JsonObject { ["items"] = new JsonArray(body) }),
    };

    /// <summary>A valid body of the write (an item, for ingestion) with <paramref name="counts"/> set.</summary>
    private static JsonObject Body(string write, Dictionary<string, long> counts)
    {
        var body = write switch
        {
            "create" or "update" => new JsonObject { ["handle"] = InfluencerApi.UniqueHandle(), ["platform"] = "instagram" },
            "posts" => new JsonObject
            {
                ["externalId"] = "p1", ["publishedAt"] = ApiFactory.Start.AddHours(-1), ["contentType"] = "image", ["likes"] = 1, ["comments"] = 1,
            },
            "stories" => new JsonObject { ["externalId"] = "s1", ["publishedAt"] = ApiFactory.Start.AddHours(-1), ["views"] = 1 },
            _ => new JsonObject { ["date"] = "2026-06-29", ["followers"] = 1 },
        };
        foreach (var (count, value) in counts)
        {
            body[count] = value;
        }

        return body;
    }
}
