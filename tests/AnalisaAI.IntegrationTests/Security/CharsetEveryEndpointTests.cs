using System.Net;
using System.Net.Http.Headers;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>Issue 22, L2: a body in any charset but UTF-8 is 415 problem details on every endpoint that reads JSON, never a 500.</summary>
public sealed class CharsetEveryEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("utf-7")]
    [InlineData("x-no-such-charset")]
    [InlineData("iso-8859-1")]
    public async Task Every_json_body_endpoint_answers_415_problem_details_with_a_trace_id(string charset)
    {
        var admin = await factory.CreateAdminClientAsync();
        var anonymous = factory.CreateClient();
        var endpoints = JsonBodyEndpoints();

        endpoints.Should().Contain(("POST", "/api/auth/login")).And.Contain(("POST", "/api/auth/register"))
            .And.Contain(("POST", "/api/auth/refresh")).And.Contain(("POST", "/api/auth/logout")).And.HaveCountGreaterThan(9);
        foreach (var (method, path) in endpoints)
        {
            foreach (var client in new[] { admin, anonymous })
            {
                var request = new HttpRequestMessage(new HttpMethod(method), path)
                {
                    Content = new StringContent("""{"email":"a@b.test","password":"x","name":"n","handle":"h"}"""),
                };
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse($"application/json; charset={charset}");

                var response = await client.SendAsync(request);

                response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType, $"{method} {path} charset={charset}");
                response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
                var problem = await response.ReadJsonAsync();
                problem["status"]!.GetValue<int>().Should().Be(415);
                problem["traceId"]!.GetValue<string>().Should().NotBeNullOrEmpty();
                problem.ToJsonString().Should().NotContain(" at ", "no stack trace");
            }
        }
    }

    private List<(string Method, string Path)> JsonBodyEndpoints() =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts && accepts.ContentTypes.Any(t => t.Contains("json", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["POST"])
                .Select(method => (method, "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), "\\{[^}]+\\}", Guid.NewGuid().ToString()))))];
}
