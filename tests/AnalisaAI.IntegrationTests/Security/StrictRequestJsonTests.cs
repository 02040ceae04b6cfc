using System.Net;
using System.Text;
using AnalisaAI.IntegrationTests.Influencers;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>
/// Issue 25, found by tests/fuzz/contract_writes.py: bodies the document refuses (a count as text, a date-time
/// without its offset) were accepted; the document's list name length is the validator's.
/// </summary>
public sealed class StrictRequestJsonTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("followers")]
    [InlineData("following")]
    [InlineData("postsCount")]
    public async Task A_count_sent_as_text_is_400_and_creates_nothing(string field)
    {
        var admin = await factory.CreateAdminClientAsync();
        var handle = InfluencerApi.UniqueHandle("text");

        var response = await admin.PostAsync(InfluencerApi.Route, Json($$"""{"handle":"{{handle}}","platform":"instagram","{{field}}":"5"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await response.ReadProblemAsync();
        (await factory.WithDbAsync(db => db.Influencers.CountAsync(i => i.Handle == handle))).Should().Be(0);
    }

    [Fact]
    public async Task An_ingested_count_sent_as_text_is_400()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);

        var response = await admin.PostAsync($"{InfluencerApi.Route}/{id}/audience-snapshots", Json("""{"items":[{"date":"2026-06-01","followers":"10"}]}"""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await factory.WithDbAsync(db => db.AudienceSnapshots.CountAsync(s => s.InfluencerId == id))).Should().Be(0);
    }

    [Theory]
    [InlineData("posts", """{"externalId":"p","publishedAt":"2026-06-30T11:00:00","contentType":"image","likes":1,"comments":0}""")]
    [InlineData("stories", """{"externalId":"s","publishedAt":"2026-06-30T11:00:00.5","views":1}""")]
    public async Task A_date_time_without_its_offset_is_400(string kind, string item)
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);

        var response = await admin.PostAsync($"{InfluencerApi.Route}/{id}/{kind}", Json($$"""{"items":[{{item}}]}"""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await response.ReadProblemAsync();
        (await factory.WithDbAsync(db => db.Posts.CountAsync(p => p.InfluencerId == id))).Should().Be(0);
        (await factory.WithDbAsync(db => db.Stories.CountAsync(s => s.InfluencerId == id))).Should().Be(0);
    }

    [Theory]
    [InlineData("2026-06-30T13:00:00+02:00")]
    [InlineData("2026-06-30T06:00:00-05:00")]
    [InlineData("2026-06-30T11:00:00Z")]
    public async Task A_date_time_with_an_offset_is_read_as_that_instant(string publishedAt)
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);

        var response = await admin.PostAsync($"{InfluencerApi.Route}/{id}/posts",
            Json($$"""{"items":[{"externalId":"p","publishedAt":"{{publishedAt}}","contentType":"image","likes":1,"comments":0}]}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var stored = await factory.WithDbAsync(db => db.Posts.Where(p => p.InfluencerId == id).Select(p => p.PublishedAt).SingleAsync());
        stored.Should().Be(new DateTime(2026, 6, 30, 11, 0, 0));
    }

    [Fact]
    public async Task The_document_gives_a_list_name_the_validators_length()
    {
        var document = await (await factory.CreateClient().GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();

        foreach (var command in new[] { "Lists.CreateList.CreateListCommand", "Lists.RenameList.RenameListCommand" })
        {
            var name = document["components"]!["schemas"]![command]!["properties"]!["name"]!;
            name["minLength"]!.GetValue<int>().Should().Be(1);
            name["maxLength"]!.GetValue<int>().Should().Be(100);
        }
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
