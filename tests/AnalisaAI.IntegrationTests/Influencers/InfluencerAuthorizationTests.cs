using System.Net;
using System.Net.Http.Json;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Influencers;

public sealed class InfluencerAuthorizationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static IEnumerable<HttpRequestMessage> Writes(Guid id) =>
    [
        Json(HttpMethod.Post, InfluencerApi.Route, new { handle = InfluencerApi.UniqueHandle(), platform = "instagram" }),
        Json(HttpMethod.Put, $"{InfluencerApi.Route}/{id}", new { handle = InfluencerApi.UniqueHandle(), platform = "instagram" }),
        new(HttpMethod.Delete, $"{InfluencerApi.Route}/{id}"),
        Json(HttpMethod.Post, $"{InfluencerApi.Route}/{id}/posts", new { items = new[] { InfluencerApi.Post("p1") } }),
        Json(HttpMethod.Post, $"{InfluencerApi.Route}/{id}/stories", new { items = new[] { InfluencerApi.Story("s1") } }),
        Json(HttpMethod.Post, $"{InfluencerApi.Route}/{id}/audience-snapshots", new { items = new[] { InfluencerApi.Snapshot("2026-06-01", 1) } }),
    ];

    private static IEnumerable<HttpRequestMessage> Reads(Guid id) =>
    [
        new(HttpMethod.Get, InfluencerApi.Route),
        new(HttpMethod.Get, $"{InfluencerApi.Route}/{id}"),
        new(HttpMethod.Get, $"{InfluencerApi.Route}/{id}/audience"),
        new(HttpMethod.Get, $"{InfluencerApi.Route}/{id}/posts"),
    ];

    [Fact]
    public async Task Anonymous_is_401_on_every_route()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var anonymous = factory.CreateClient();

        foreach (var request in Reads(id).Concat(Writes(id)))
        {
            var description = $"{request.Method} {request.RequestUri}";
            var response = await anonymous.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, description);
        }
    }

    [Fact]
    public async Task Analyst_is_403_on_every_write_and_nothing_changes()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var before = await (await admin.GetAsync($"{InfluencerApi.Route}/{id}")).Content.ReadAsStringAsync();
        var analyst = await factory.CreateAnalystClientAsync();

        foreach (var request in Writes(id))
        {
            var description = $"{request.Method} {request.RequestUri}";
            var response = await analyst.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden, description);
        }

        (await (await admin.GetAsync($"{InfluencerApi.Route}/{id}")).Content.ReadAsStringAsync()).Should().Be(before);
        var posts = await factory.WithDbAsync(db => Task.FromResult(db.Posts.Count(p => p.InfluencerId == id)));
        posts.Should().Be(0);
    }

    [Fact]
    public async Task Analyst_can_read()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var analyst = await factory.CreateAnalystClientAsync();

        foreach (var request in Reads(id))
        {
            var response = await analyst.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"{request.Method} {request.RequestUri}");
        }
    }

    private static HttpRequestMessage Json(HttpMethod method, string url, object body) =>
        new(method, url) { Content = JsonContent.Create(body) };
}
