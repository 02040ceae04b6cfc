using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Dashboard;

public sealed class DashboardHostingTests(BuiltDashboardApiFactory factory) : IClassFixture<BuiltDashboardApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/influencers/0197a3b2-0000-7000-8000-000000000000")]
    [InlineData("/metric-updates")]
    public async Task The_root_and_client_routes_answer_the_apps_index_page(string path)
    {
        var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain(BuiltDashboardApiFactory.IndexMarker);
        response.Headers.CacheControl!.NoCache.Should().BeTrue("the index names the current build's assets");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Hashed_scripts_are_served_precompressed_as_accepted_and_cached_for_good(string encoding)
    {
        var script = factory.EntryScript();
        using var request = new HttpRequestMessage(HttpMethod.Get, script);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().Equal(encoding);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        response.Headers.CacheControl!.ToString().Should().Be("public, max-age=31536000, immutable");
        response.Headers.Vary.Should().Contain("Accept-Encoding");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'");
        var sent = await response.Content.ReadAsByteArrayAsync();
        sent.Length.Should().BeLessThan(factory.BuiltFile(script).Length / 2);
        Decode(sent, encoding).Should().Equal(factory.BuiltFile(script));
    }

    [Fact]
    public async Task A_client_that_accepts_no_compression_gets_the_file_as_built()
    {
        var script = factory.EntryScript();

        var response = await client.GetAsync(script);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().BeEmpty();
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(factory.BuiltFile(script));
        response.Headers.ETag.Should().NotBeNull();
    }

    [Fact]
    public async Task The_index_page_at_its_own_address_is_revalidated_too()
    {
        var response = await client.GetAsync("/index.html");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoCache.Should().BeTrue();
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("frame-ancestors 'none'");
    }

    [Theory]
    [InlineData("/api/no-such-thing")]
    [InlineData("/api/influencers/x/no-such-thing")]
    [InlineData("/swagger/no-such-thing")]
    [InlineData("/health/no-such-thing")]
    [InlineData("/metrics/no-such-thing")]
    [InlineData("/assets/missing.js")]
    public async Task Unknown_server_paths_and_missing_files_stay_404_problems(string path)
    {
        var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task Only_reads_get_the_index_page()
    {
        var response = await client.PostAsync("/influencers", content: null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task The_api_keeps_its_own_answers_for_a_wrong_method_or_body()
    {
        (await client.GetAsync("/api/auth/login")).StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        (await client.PostAsync("/api/auth/logout", new StringContent("x", System.Text.Encoding.UTF8, "text/plain"))).StatusCode
            .Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task The_api_swagger_and_health_keep_precedence()
    {
        (await client.GetAsync("/api/influencers")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        var swagger = await client.GetAsync("/swagger/v1/swagger.json");
        swagger.StatusCode.Should().Be(HttpStatusCode.OK);
        (await swagger.Content.ReadAsStringAsync()).Should().Contain("\"openapi\"");
    }

    private static byte[] Decode(byte[] sent, string encoding)
    {
        using var input = new MemoryStream(sent);
        using Stream decoder = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}

public sealed class UnbuiltDashboardTests(UnbuiltDashboardApiFactory factory) : IClassFixture<UnbuiltDashboardApiFactory>
{
    [Fact]
    public async Task Without_a_build_the_root_says_how_to_get_the_dashboard()
    {
        var response = await factory.CreateClient().GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var page = await response.Content.ReadAsStringAsync();
        page.Should().Contain("Node.js 20").And.Contain("dotnet build").And.Contain("/swagger");
    }
}
