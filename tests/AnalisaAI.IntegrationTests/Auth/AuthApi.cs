using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Auth;

/// <summary>Small helpers the auth tests share: accounts, token calls, bearer requests, exception text.</summary>
public static class AuthApi
{
    public const string Password = "correct horse battery";

    public sealed record Account(Guid Id, string Email, string Password);

    public static string NewEmail() => $"user-{Guid.NewGuid():N}@analisaai.test";

    public static async Task<Account> RegisterAsync(this HttpClient client, string? email = null, string password = Password)
    {
        email ??= NewEmail();
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password, displayName = "Test User" });
        response.EnsureSuccessStatusCode();
        var body = await response.ReadJsonAsync();
        return new Account(body["id"]!.GetValue<Guid>(), email, password);
    }

    public static Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/auth/login", new { email, password });

    public static Task<HttpResponseMessage> PostRefreshAsync(this HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

    public static Task<HttpResponseMessage> PostLogoutAsync(this HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/auth/logout", new { refreshToken });

    public static async Task<TokenPair> ReadTokensAsync(this HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenPair>(Infrastructure.Json.Options))!;
    }

    /// <summary>GET with a bearer token on this request only, so the client's defaults stay untouched.</summary>
    public static Task<HttpResponseMessage> GetWithBearerAsync(this HttpClient client, string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    public static Task<int> CountUsersAsync(this ApiFactory factory) => factory.WithDbAsync(db => db.Users.CountAsync());

    /// <summary>The body of a problem without the per-request trace id, for comparing two answers.</summary>
    public static async Task<string> ProblemWithoutTraceIdAsync(this HttpResponseMessage response)
    {
        var problem = await response.ReadProblemAsync();
        problem.Remove("traceId");
        return problem.ToJsonString();
    }

    public static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Base64Url(string json) => Base64Url(Encoding.UTF8.GetBytes(json));

    public static byte[] FromBase64Url(string value)
    {
        var padded = value.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return Convert.FromBase64String(padded);
    }

    public static JsonObject JwtHeader(string token) =>
        JsonNode.Parse(FromBase64Url(token.Split('.')[0]))!.AsObject();

    /// <summary>Every message in an exception tree: inner exceptions and the members of aggregates.</summary>
    public static string AllMessages(Exception exception)
    {
        var messages = new StringBuilder();
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var current))
        {
            messages.AppendLine(current.Message);
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }

        return messages.ToString();
    }
}
