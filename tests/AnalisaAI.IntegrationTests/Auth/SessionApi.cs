using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Auth;

/// <summary>Bearer calls on the session and account endpoints, each on its own request.</summary>
public static class SessionApi
{
    public static Task<HttpResponseMessage> SendWithBearerAsync(this HttpClient client, HttpMethod method, string path, string token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonArray> SessionsAsync(this HttpClient client, string token)
    {
        var response = await client.GetWithBearerAsync("/api/auth/sessions", token);
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync())["items"]!.AsArray();
    }

    /// <summary>Signs in with a given user agent, as a separate device would.</summary>
    public static Task<TokenPair> LoginFromAsync(this HttpClient client, string email, string password, string userAgent) =>
        PostFromAsync(client, "/api/auth/login", new { email, password }, userAgent);

    public static Task<TokenPair> RefreshFromAsync(this HttpClient client, string refreshToken, string userAgent) =>
        PostFromAsync(client, "/api/auth/refresh", new { refreshToken }, userAgent);

    private static async Task<TokenPair> PostFromAsync(HttpClient client, string path, object body, string userAgent)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        return await (await client.SendAsync(request)).ReadTokensAsync();
    }
}
