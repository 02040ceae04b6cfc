using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Metrics;

/// <summary>
/// The worked cases of metrics-v2-golden.json through the whole app: create the influencer, ingest its data,
/// store its peers' results, recalculate at the case's instant and read engagement's added fields, the benchmark
/// and the signals back over HTTP.
/// </summary>
public sealed class GoldenV2CasesOverHttpTests
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var golden in LoadCases())
        {
            data.Add(golden["name"]!.GetValue<string>());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task V2_case_is_met_through_the_api(string name)
    {
        var golden = LoadCases().Single(c => c["name"]!.GetValue<string>() == name);
        var input = golden["input"]!;
        await using var factory = new GoldenV2Factory(input["windowDays"]!.GetValue<int>());
        var calculatedAt = DateTimeOffset.Parse(input["calculatedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        factory.Time.SetUtcNow(calculatedAt);
        var admin = await factory.CreateAdminClientAsync();

        var influencer = input["influencer"]!;
        var created = await admin.PostAsJsonAsync("/api/influencers", new
        {
            handle = name,
            platform = influencer["platform"]!.GetValue<string>(),
            followers = influencer["followers"]!.GetValue<long>(),
            following = influencer["following"]?.GetValue<long>(),
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<string>();

        // Posts dated after T (a source can deliver them) are stored directly: ingestion refuses the future.
        var posts = input["posts"]!.AsArray();
        var (now, later) = posts.Partition(p => DateTimeOffset.Parse(p!["publishedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture) <= calculatedAt);
        await IngestAsync(admin, id, "posts", now);
        await StoreFuturePostsAsync(factory, Guid.Parse(id), later);
        await IngestAsync(admin, id, "audience-snapshots", [.. input["snapshots"]!.AsArray()]);
        await GoldenV2Peers.SeedAsync(factory, input["peers"]!.AsArray(), influencer["id"]!.GetValue<string>(), Guid.Parse(id));
        await ResetProfileAsync(factory, Guid.Parse(id), influencer);

        // The case's own earlier result may already be served: this waits for this run's.
        var metrics = await TestData.RecalculateAsync(admin, Guid.Parse(id));

        var expected = golden["expected"]!;
        foreach (var field in GoldenV2Fields.EngagementAdded)
        {
            JsonNodeMatch.Assert(expected["engagement"]![field], metrics["engagement"]![field], $"engagement.{field}");
        }

        JsonNodeMatch.Assert(expected["benchmark"], metrics["benchmark"], "benchmark");
        JsonNodeMatch.Assert(expected["signals"], metrics["signals"], "signals");
    }

    private static async Task IngestAsync(HttpClient admin, string id, string kind, JsonNode?[] items)
    {
        if (items.Length == 0)
        {
            return;
        }

        var response = await admin.PostAsJsonAsync($"/api/influencers/{id}/{kind}", new { items = new JsonArray([.. items.Select(i => i!.DeepClone())]) });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static Task<int> StoreFuturePostsAsync(ApiFactory factory, Guid influencerId, JsonNode?[] posts) =>
        factory.WithDbAsync(async db =>
        {
            foreach (var p in posts)
            {
                db.Posts.Add(new Post
                {
                    InfluencerId = influencerId,
                    ExternalId = p!["externalId"]!.GetValue<string>(),
                    PublishedAt = DateTimeOffset.Parse(p["publishedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture).UtcDateTime,
                    ContentType = Enum.Parse<ContentType>(p["contentType"]!.GetValue<string>(), ignoreCase: true),
                    Likes = p["likes"]!.GetValue<long>(),
                    Comments = p["comments"]!.GetValue<long>(),
                    Views = p["views"]?.GetValue<long>(),
                });
            }

            return await db.SaveChangesAsync();
        });

    /// <summary>F and following are the case's: ingesting snapshots moves them to the newest snapshot's.</summary>
    private static Task<int> ResetProfileAsync(ApiFactory factory, Guid influencerId, JsonNode influencer) =>
        factory.WithDbAsync(async db =>
        {
            var stored = await db.Influencers.FindAsync(influencerId);
            stored!.Followers = influencer["followers"]!.GetValue<long>();
            stored.Following = influencer["following"]?.GetValue<long>();
            return await db.SaveChangesAsync();
        });

    internal static List<JsonNode> LoadCases() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "metrics-v2-golden.json")))!["cases"]!
            .AsArray().Select(c => c!).ToList();

    private sealed class GoldenV2Factory(int windowDays) : ApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Metrics:WindowDays"] = windowDays.ToString(CultureInfo.InvariantCulture);
            return settings;
        }
    }
}
