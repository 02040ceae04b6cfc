using System.Net.Http.Json;

namespace AnalisaAI.LoadBenchmark;

/// <summary>Registers, logs in and refreshes against one app; a failed call throws.</summary>
public sealed class AuthClient(HttpClient http, AuthRoutes routes)
{
    public async Task RegisterAsync(string email, string password)
    {
        using var response = await http.PostAsJsonAsync(routes.Register, new { email, password, displayName = "Load benchmark" });
        await EnsureSuccessAsync(response);
    }

    public async Task<TokenPair> LoginAsync(string email, string password)
    {
        using var response = await http.PostAsJsonAsync(routes.Login, new { email, password });
        return await ReadTokensAsync(response);
    }

    public async Task<TokenPair> RefreshAsync(string refreshToken)
    {
        using var response = await http.PostAsJsonAsync(routes.Refresh, new { refreshToken });
        return await ReadTokensAsync(response);
    }

    private static async Task<TokenPair> ReadTokensAsync(HttpResponseMessage response)
    {
        await EnsureSuccessAsync(response);
        return await response.Content.ReadFromJsonAsync<TokenPair>()
            ?? throw new HttpRequestException("The answer had no tokens.");
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri?.AbsolutePath}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
