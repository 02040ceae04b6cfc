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

    [Theory]
    [InlineData("utf-7")]
    [InlineData("x-unknown")]
    [InlineData("utf-16")]
    [InlineData("utf8")]
    [InlineData("\"utf-8\"")]
    public async Task A_body_in_another_charset_gets_415_as_problem_details_and_changes_nothing(string charset)
    {
        var admin = await factory.CreateAdminClientAsync();

        foreach (var path in new[] { "/api/auth/login", "/api/auth/register", InfluencerApi.Route })
        {
            var content = new StringContent("""{"handle":"charset_probe","platform":"instagram","email":"a@b.test","password":"x"}""");
            content.Headers.ContentType = MediaTypeHeaderValue.Parse($"application/json; charset={charset}");
            var response = await admin.PostAsync(path, content);

            response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType, $"POST {path} with charset={charset}");
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            (await response.Content.ReadAsStringAsync()).Should().Contain("UTF-8").And.NotContain("   at ");
        }

        var found = await (await admin.GetAsync(InfluencerApi.Route + "?search=charset_probe")).ReadJsonAsync();
        found["totalCount"]!.GetValue<int>().Should().Be(0, "nothing was created");
    }

    [Fact]
    public async Task A_body_declared_utf_8_in_any_case_is_read()
    {
        var admin = await factory.CreateAdminClientAsync();
        string[] spellings = ["utf-8", "UTF-8", "Utf-8"];
        for (var i = 0; i < spellings.Length; i++)
        {
            var charset = spellings[i];
            var content = new StringContent($$"""{"handle":"charset_spelling_{{i}}","platform":"instagram"}""");
            content.Headers.ContentType = MediaTypeHeaderValue.Parse($"application/json; charset={charset}");
            (await admin.PostAsync(InfluencerApi.Route, content)).StatusCode.Should().Be(HttpStatusCode.Created, charset);
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
