using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace AnalisaAI.FreshnessSimulation;

/// <summary>The users' side of the app's HTTP API: register, sign in, refresh, view an influencer.</summary>
public sealed class AuthClient(HttpClient http)
{
    /// <summary>Made up for the run; the users exist only in its temporary database.</summary>
    public const string Password = "freshness simulation passphrase";

    public async Task RegisterAsync(SimulatedUser user)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/register", new { email = user.Email, password = Password, displayName = "Analyst" });
        await EnsureAsync(response, "register");
    }

    public async Task SignInAsync(SimulatedUser user)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = Password });
        await KeepAsync(user, response, "login");
    }

    public async Task RefreshAsync(SimulatedUser user)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = user.RefreshToken });
        await KeepAsync(user, response, "refresh");
    }

    public async Task ViewAsync(SimulatedUser user, Guid influencerId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/influencers/{influencerId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.AccessToken);
        using var response = await http.SendAsync(request);
        await EnsureAsync(response, "view an influencer");
    }

    private static async Task KeepAsync(SimulatedUser user, HttpResponseMessage response, string what)
    {
        await EnsureAsync(response, what);
        var pair = await response.Content.ReadFromJsonAsync<TokenPair>()
            ?? throw new InvalidOperationException($"The {what} answer had no token pair.");
        user.AccessToken = pair.AccessToken;
        user.RefreshToken = pair.RefreshToken;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"Could not {what}: HTTP {(int)response.StatusCode} {body}");
        }
    }

    private sealed record TokenPair(
        [property: JsonPropertyName("accessToken")] string AccessToken,
        [property: JsonPropertyName("refreshToken")] string RefreshToken);
}
