using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace AnalisaAI.Soak;

/// <summary>
/// Sends the soak's requests to the instances and records each one. A request goes to the instance its caller
/// picks, or to the other one while that one is down after a kill, as a load balancer's health check would route.
/// </summary>
public sealed class SoakClient(IReadOnlyList<ApiInstance> instances, RequestLog log, Stopwatch clock) : IDisposable
{
    private const int KeptDetail = 300;

    private readonly HttpClient http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    public int InstanceCount => instances.Count;

    public Task<Answer> GetAsync(string operation, int instance, string path, string? token, CancellationToken cancellationToken) =>
        SendAsync(operation, instance, () => new HttpRequestMessage(HttpMethod.Get, path), token, cancellationToken);

    public Task<Answer> PostAsync<T>(string operation, int instance, string path, T body, string? token, CancellationToken cancellationToken) =>
        SendAsync(operation, instance, () => new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) }, token, cancellationToken);

    public Task<Answer> PostAsync(string operation, int instance, string path, string? token, CancellationToken cancellationToken) =>
        SendAsync(operation, instance, () => new HttpRequestMessage(HttpMethod.Post, path), token, cancellationToken);

    private async Task<Answer> SendAsync(string operation, int preferred, Func<HttpRequestMessage> create, string? token, CancellationToken cancellationToken)
    {
        var target = Pick(preferred);
        using var request = create();
        request.RequestUri = new Uri(target.BaseAddress, request.RequestUri!);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            var retryAfter = response.Headers.RetryAfter is not null;
            log.Add(new RequestRecord(clock.Elapsed, target.Name, operation, status, retryAfter, status >= 500 ? Cut(body) : null));
            return new Answer(status, body);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is HttpRequestException or TaskCanceledException or IOException)
        {
            log.Add(new RequestRecord(clock.Elapsed, target.Name, operation, null, false, Cut(exception.Message)));
            return new Answer(null, "");
        }
    }

    private ApiInstance Pick(int preferred)
    {
        var first = instances[preferred % instances.Count];
        return first.IsUp ? first : instances.FirstOrDefault(i => i.IsUp) ?? first;
    }

    private static string Cut(string text) => text.Length <= KeptDetail ? text : text[..KeptDetail];

    public void Dispose() => http.Dispose();
}
