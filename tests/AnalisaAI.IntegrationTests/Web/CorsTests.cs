using System.Net;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Web;

public sealed class CorsTests(CorsTests.Factory factory) : IClassFixture<CorsTests.Factory>
{
    private const string Spa = "https://app.example.com";

    public sealed class Factory : ApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Cors:AllowedOrigins:0"] = Spa;
            return settings;
        }
    }

    [Theory]
    [InlineData(Spa, true)]
    [InlineData("https://evil.example.com", false)]
    [InlineData("http://app.example.com", false)]
    public async Task Preflight_is_allowed_only_for_the_configured_origin(string origin, bool allowed)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/auth/login");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        var response = await factory.CreateClient().SendAsync(request);

        AllowedOrigin(response).Should().Be(allowed ? origin : null);
    }

    [Theory]
    [InlineData(Spa, true)]
    [InlineData("https://evil.example.com", false)]
    public async Task Get_is_allowed_only_for_the_configured_origin(string origin, bool allowed)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("Origin", origin);

        var response = await factory.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        AllowedOrigin(response).Should().Be(allowed ? origin : null);
    }

    private static string? AllowedOrigin(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
}
