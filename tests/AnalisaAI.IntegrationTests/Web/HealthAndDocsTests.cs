using System.Net;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Web;

public sealed class HealthAndDocsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/swagger/index.html")]
    public async Task Anonymous_operational_endpoints_answer_200(string path)
    {
        (await client.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Swagger_document_has_a_bearer_scheme_and_the_auth_paths()
    {
        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();

        var scheme = document["components"]!["securitySchemes"]!["bearer"]!;
        scheme["type"]!.GetValue<string>().Should().Be("http");
        scheme["scheme"]!.GetValue<string>().Should().Be("bearer");
        var paths = document["paths"]!.AsObject();
        paths.Should().ContainKey("/api/auth/login");
        paths.Should().ContainKeys("/api/auth/register", "/api/auth/refresh", "/api/auth/logout", "/api/auth/me");
    }
}
