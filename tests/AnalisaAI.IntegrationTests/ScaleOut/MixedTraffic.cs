using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.ScaleOut;

/// <summary>
/// Steady mixed traffic over several instances, as users and an operator make it: analysts sign in, refresh and
/// read the list and influencers; an admin ingests batches of posts and asks for recalculations. Every answer is
/// recorded, and so is every write the API acknowledged (a 200 ingestion, a 202 recalculation).
/// </summary>
public sealed class MixedTraffic(
    IReadOnlyList<ApiProcess> instances,
    (string Email, string Password) admin,
    IReadOnlyList<(string Email, string Password)> analysts,
    IReadOnlyList<Guid> ingested,
    IReadOnlyList<Guid> recalculated)
{
    private int batches;

    public ConcurrentQueue<TrafficAnswer> Answers { get; } = new();

    /// <summary>The posts of every acknowledged ingestion: (influencer, external id).</summary>
    public ConcurrentQueue<(Guid InfluencerId, string ExternalId)> AcknowledgedPosts { get; } = new();

    /// <summary>The run ids of every acknowledged recalculation.</summary>
    public ConcurrentQueue<Guid> AcknowledgedRuns { get; } = new();

    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(analysts.Select((analyst, index) => Task.Run(() => AnalystAsync(analyst, index, stop), CancellationToken.None))
            .Append(Task.Run(() => AdminAsync(stop), CancellationToken.None)));

    private async Task AnalystAsync((string Email, string Password) analyst, int index, CancellationToken stop)
    {
        var random = new Random(index);
        TokenPair? tokens = null;
        for (var turn = index; !stop.IsCancellationRequested; turn++)
        {
            using var client = ClientFor(instances[turn % instances.Count]);
            if (tokens is null)
            {
                using var login = await SendAsync(client, "login", HttpMethod.Post, "/api/auth/login", new { email = analyst.Email, password = analyst.Password }, stop);
                tokens = login?.StatusCode == HttpStatusCode.OK ? await login.Content.ReadFromJsonAsync<TokenPair>(Infrastructure.Json.Options, CancellationToken.None) : null;
                continue;
            }

            using (var refresh = await SendAsync(client, "refresh", HttpMethod.Post, "/api/auth/refresh", new { refreshToken = tokens.RefreshToken }, stop))
            {
                // Any refusal (a rotation whose answer was lost) signs in again, as the dashboard does.
                tokens = refresh?.StatusCode == HttpStatusCode.OK ? await refresh.Content.ReadFromJsonAsync<TokenPair>(Infrastructure.Json.Options, CancellationToken.None) : null;
            }

            if (tokens is null)
            {
                continue;
            }

            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
            (await SendAsync(client, "list", HttpMethod.Get, "/api/influencers?pageSize=20", null, stop))?.Dispose();
            var id = recalculated[random.Next(recalculated.Count)];
            (await SendAsync(client, "influencer", HttpMethod.Get, $"/api/influencers/{id}", null, stop))?.Dispose();
            await Pause(TimeSpan.FromMilliseconds(20), stop);
        }
    }

    private async Task AdminAsync(CancellationToken stop)
    {
        var random = new Random(42);
        var tokens = new string?[instances.Count];
        for (var turn = 0; !stop.IsCancellationRequested; turn++)
        {
            var at = turn % instances.Count;
            using var client = ClientFor(instances[at]);
            if (tokens[at] is null)
            {
                using var login = await SendAsync(client, "login", HttpMethod.Post, "/api/auth/login", new { email = admin.Email, password = admin.Password }, stop);
                tokens[at] = login?.StatusCode == HttpStatusCode.OK ? (await login.Content.ReadFromJsonAsync<TokenPair>(Infrastructure.Json.Options, CancellationToken.None))!.AccessToken : null;
                continue;
            }

            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens[at]);
            var influencer = ingested[random.Next(ingested.Count)];
            var batch = Interlocked.Increment(ref batches);
            var externalIds = Enumerable.Range(0, 5).Select(i => $"restart-{batch}-{i}").ToArray();
            var items = externalIds.Select(externalId => new
            {
                externalId, publishedAt = DateTimeOffset.UtcNow.AddDays(-1), contentType = "image", likes = 100, comments = 5, reach = 2_000,
            });
            using (var ingestion = await SendAsync(client, "ingestion", HttpMethod.Post, $"/api/influencers/{influencer}/posts", new { items }, stop))
            {
                if (ingestion?.StatusCode == HttpStatusCode.OK)
                {
                    foreach (var externalId in externalIds)
                    {
                        AcknowledgedPosts.Enqueue((influencer, externalId));
                    }
                }
            }

            var target = recalculated[random.Next(recalculated.Count)];
            using (var recalculation = await SendAsync(client, "recalculation", HttpMethod.Post, $"/api/influencers/{target}/metrics/recalculate", null, stop))
            {
                if (recalculation?.StatusCode == HttpStatusCode.Accepted)
                {
                    AcknowledgedRuns.Enqueue((await recalculation.ReadJsonAsync())["runId"]!.GetValue<Guid>());
                }
                else if (recalculation?.StatusCode == HttpStatusCode.Unauthorized)
                {
                    tokens[at] = null;
                }
            }

            await Pause(TimeSpan.FromMilliseconds(50), stop);
        }
    }

    /// <summary>Sends and records the answer; null when the traffic was stopped meanwhile. A failed connection is status 0.</summary>
    private async Task<HttpResponseMessage?> SendAsync(HttpClient client, string operation, HttpMethod method, string path, object? body, CancellationToken stop)
    {
        if (stop.IsCancellationRequested)
        {
            return null;
        }

        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        var started = DateTimeOffset.UtcNow;
        try
        {
            var response = await client.SendAsync(request, CancellationToken.None);
            var detail = (int)response.StatusCode >= 500 ? await response.Content.ReadAsStringAsync(CancellationToken.None) : null;
            Answers.Enqueue(new TrafficAnswer(started, DateTimeOffset.UtcNow, client.BaseAddress!.Port, operation, (int)response.StatusCode,
                response.Headers.RetryAfter is not null, detail));
            return response;
        }
        catch (HttpRequestException exception)
        {
            Answers.Enqueue(new TrafficAnswer(started, DateTimeOffset.UtcNow, client.BaseAddress!.Port, operation, 0, false, exception.Message));
            return null;
        }
    }

    private static HttpClient ClientFor(ApiProcess instance) => instance.CreateClient(TimeSpan.FromSeconds(30));

    private static async Task Pause(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, stop);
        }
        catch (OperationCanceledException)
        {
            // The traffic ends.
        }
    }
}

/// <summary>One answer the traffic got: when it was asked and answered, of which instance (its port), and what.</summary>
public sealed record TrafficAnswer(DateTimeOffset Sent, DateTimeOffset Answered, int Port, string Operation, int Status, bool RetryAfter, string? Detail);
