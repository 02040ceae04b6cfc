using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Infrastructure.Auth;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.Benchmarks;

/// <summary>
/// What the session (revocation) check costs GET /api/auth/me, side by side: no check at all, the app's check
/// answered from its cache (the common case: one query per session every 4 s), and the check's query on every request.
/// </summary>
[MemoryDiagnoser]
public class MeSessionCheckBenchmark
{
    public enum SessionCheck
    {
        Off,
        Cached,
        QueryEveryRequest,
    }

    private BenchmarkHost host = null!;
    private HttpClient client = null!;

    [Params(SessionCheck.Off, SessionCheck.Cached, SessionCheck.QueryEveryRequest)]
    public SessionCheck Check { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        host = new BenchmarkHost(automaticUpdate: false, services => Replace(services, Check));
        client = host.CreateClient();
        var login = client.PostAsJsonAsync("/api/auth/login", new { email = BenchmarkHost.AdminEmail, password = host.AdminPassword })
            .GetAwaiter().GetResult();
        var token = login.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>().GetAwaiter().GetResult()!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        host.Dispose();
    }

    [Benchmark]
    public async Task<string> Me()
    {
        var response = await client.GetAsync("/api/auth/me");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static void Replace(IServiceCollection services, SessionCheck check)
    {
        switch (check)
        {
            case SessionCheck.Off:
                services.AddSingleton<ISessionRevocations, NoSessionCheck>();
                break;
            case SessionCheck.QueryEveryRequest:
                services.AddSingleton<ISessionRevocations>(provider => new CachedSessionRevocations(
                    new NeverHitCache(), provider.GetRequiredService<IServiceScopeFactory>(), provider.GetRequiredService<TimeProvider>()));
                break;
            case SessionCheck.Cached:
            default:
                break;
        }
    }

    private sealed class NoSessionCheck : ISessionRevocations
    {
        public ValueTask<bool> IsRevokedAsync(Guid sessionId, CancellationToken cancellationToken) => ValueTask.FromResult(false);
    }

    /// <summary>A cache that stores but never answers, so the app's own check runs its query every time.</summary>
    private sealed class NeverHitCache : IMemoryCache
    {
        private readonly MemoryCache inner = new(new MemoryCacheOptions());

        public ICacheEntry CreateEntry(object key) => inner.CreateEntry(key);

        public void Remove(object key) => inner.Remove(key);

        public bool TryGetValue(object key, [NotNullWhen(true)] out object? value)
        {
            value = null;
            return false;
        }

        public void Dispose() => inner.Dispose();
    }
}
