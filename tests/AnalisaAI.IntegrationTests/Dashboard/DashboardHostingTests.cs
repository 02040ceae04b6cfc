using System.Net;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Dashboard;

/// <summary>The app on a web root holding a stand-in build of the dashboard.</summary>
public sealed class BuiltDashboardApiFactory : ApiFactory
{
    public const string IndexMarker = "<div id=\"root\"></div>";

    public BuiltDashboardApiFactory()
    {
        WebRoot = Path.Combine(Path.GetTempPath(), "analisaai-tests", $"webroot-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(WebRoot, "assets"));
        File.WriteAllText(Path.Combine(WebRoot, "index.html"), $"<!doctype html><html><body>{IndexMarker}</body></html>");
        File.WriteAllText(Path.Combine(WebRoot, "assets", "app-1a2b3c.js"), "console.log('dashboard');");
    }

    public string WebRoot { get; }

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["webroot"] = WebRoot;
        return settings;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        // The factory may be disposed more than once (Dispose and DisposeAsync).
        if (Directory.Exists(WebRoot))
        {
            Directory.Delete(WebRoot, recursive: true);
        }
    }
}

/// <summary>The app on an empty web root: what runs where Node.js was not there to build the dashboard.</summary>
public sealed class UnbuiltDashboardApiFactory : ApiFactory
{
    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["webroot"] = Path.Combine(Path.GetTempPath(), "analisaai-tests", $"empty-webroot-{Guid.NewGuid():N}");
        return settings;
    }
}

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
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Fact]
    public async Task Hashed_assets_are_served_and_cached_for_good()
    {
        var response = await client.GetAsync("/assets/app-1a2b3c.js");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        response.Headers.CacheControl!.ToString().Should().Contain("immutable");
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
