using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AnalisaAI.IntegrationTests.Influencers;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>A sample of the fuzzing pass (tests/fuzz/fuzz.py) kept as tests: hostile bodies and headers are 4xx, never 5xx.</summary>
public sealed class HostileInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> Bodies => new()
    {
        "{", "[]", "null", "{\"items\":[}", "{\"email\":\"a\u0000b@x.test\",\"password\":\"p\"}",
        "{\"items\":[{\"externalId\":\"p\",\"publishedAt\":\"2026-06-01T00:00:00Z\",\"contentType\":\"image\",\"likes\":1e400,\"comments\":0}]}",
        "{\"items\":[{\"externalId\":\"p\",\"publishedAt\":\"2026-06-01T00:00:00Z\",\"contentType\":\"image\",\"likes\":NaN,\"comments\":0}]}",
        "{\"items\":[{\"externalId\":\"p\",\"publishedAt\":\"2026-06-01T00:00:00Z\",\"contentType\":\"image\",\"likes\":9223372036854775808,\"comments\":0}]}",
        "{\"items\":[{\"externalId\":\"' OR 1=1 --\",\"publishedAt\":\"0001-01-01T00:00:00Z\",\"contentType\":\"<script>\",\"likes\":-1,\"comments\":0}]}",
        new string('[', 10_000) + new string(']', 10_000),
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Hostile_bodies_are_4xx_on_login_and_ingestion(string body)
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);

        foreach (var path in new[] { "/api/auth/login", "/api/auth/register", $"{InfluencerApi.Route}/{id}/posts", InfluencerApi.Route })
        {
            var response = await admin.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
            ((int)response.StatusCode).Should().BeInRange(400, 499, $"POST {path}");
        }
    }

    [Fact]
    public async Task A_client_accepting_only_xml_gets_its_404_as_problem_json()
    {
        var admin = await factory.CreateAdminClientAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, $"{InfluencerApi.Route}/{Guid.NewGuid()}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));

        var response = await admin.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}
