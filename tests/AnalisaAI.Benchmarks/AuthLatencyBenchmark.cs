using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;

namespace AnalisaAI.Benchmarks;

/// <summary>
/// Login and refresh latency over HTTP with the automatic metrics update switched on and off, side by side:
/// the difference is what the update costs the user (the claim and the hand-off; the recalculation runs after).
/// </summary>
[MemoryDiagnoser]
public class AuthLatencyBenchmark
{
    private BenchmarkHost host = null!;
    private HttpClient client = null!;
    private string refreshToken = "";

    [Params(false, true)]
    public bool AutomaticUpdate { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        host = new BenchmarkHost(AutomaticUpdate);
        client = host.CreateClient();
        for (var i = 0; i < 50; i++)
        {
            host.AddInfluencerAsync(i).GetAwaiter().GetResult();
        }

        refreshToken = LoginAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        host.Dispose();
    }

    [Benchmark]
    public Task<string> Login() => LoginAsync();

    [Benchmark]
    public async Task<string> Refresh()
    {
        var response = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
        response.EnsureSuccessStatusCode();
        refreshToken = (await response.Content.ReadFromJsonAsync<JsonObject>())!["refreshToken"]!.GetValue<string>();
        return refreshToken;
    }

    private async Task<string> LoginAsync()
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = BenchmarkHost.AdminEmail, password = host.AdminPassword });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["refreshToken"]!.GetValue<string>();
    }
}
