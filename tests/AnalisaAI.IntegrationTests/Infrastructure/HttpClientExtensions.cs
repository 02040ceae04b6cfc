using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AnalisaAI.IntegrationTests.Infrastructure;

public static class HttpClientExtensions
{
    public static async Task<TokenPair> LoginAsync(this HttpClient client, string email, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenPair>(Json.Options))!;
    }

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())
        ?? throw new InvalidOperationException("Empty response body.");

    public static async Task<JsonObject> ReadProblemAsync(this HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var problem = (await response.ReadJsonAsync()).AsObject();
        problem["status"]!.GetValue<int>().Should().Be((int)response.StatusCode);
        problem.Should().ContainKeys("type", "title", "traceId");
        return problem;
    }
}
