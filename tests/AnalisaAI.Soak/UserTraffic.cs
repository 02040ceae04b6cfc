using System.Net;

namespace AnalisaAI.Soak;

/// <summary>
/// One user, over and over: signs in, browses (a page of the list, an influencer, its metrics history) with a short
/// pause between requests, refreshes its tokens every <see cref="RefreshEvery"/>, and signs out after a session of
/// about two minutes. Requests alternate between the instances. A refused refresh or token starts a new session.
/// </summary>
public sealed class UserTraffic(SoakClient client, string email, string password, IReadOnlyList<Guid> influencers, int seed)
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);
    private static readonly string[] Sorts = ["-relevance", "handle", "-followers", "-engagementRate", "-updatedAt"];

    private readonly Random random = new(seed);
    private int sent;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await SessionAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The soak's traffic is over.
        }
    }

    private async Task SessionAsync(CancellationToken cancellationToken)
    {
        var login = await client.PostAsync("login", Next(), "/api/auth/login", new { email, password }, null, cancellationToken);
        if (!login.Is(HttpStatusCode.OK))
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            return;
        }

        var tokens = TokenPair.From(login);
        var sessionEnd = DateTime.UtcNow.AddSeconds(90 + random.Next(60));
        var nextRefresh = DateTime.UtcNow + RefreshEvery;
        while (DateTime.UtcNow < sessionEnd)
        {
            if (!await BrowseAsync(tokens.AccessToken, cancellationToken))
            {
                return;
            }

            if (DateTime.UtcNow >= nextRefresh)
            {
                var refresh = await client.PostAsync("refresh", Next(), "/api/auth/refresh", new { refreshToken = tokens.RefreshToken }, null, cancellationToken);
                if (refresh.Is(HttpStatusCode.Unauthorized))
                {
                    return;
                }

                if (refresh.Is(HttpStatusCode.OK))
                {
                    tokens = TokenPair.From(refresh);
                    nextRefresh = DateTime.UtcNow + RefreshEvery;
                }
            }
        }

        await client.PostAsync("logout", Next(), "/api/auth/logout", new { refreshToken = tokens.RefreshToken }, null, cancellationToken);
    }

    /// <summary>Three reads; false when the access token is refused (a new session is needed).</summary>
    private async Task<bool> BrowseAsync(string accessToken, CancellationToken cancellationToken)
    {
        var id = influencers[random.Next(influencers.Count)];
        string[] paths =
        [
            $"/api/influencers?page={1 + random.Next(5)}&pageSize=20&sort={Sorts[random.Next(Sorts.Length)]}",
            $"/api/influencers/{id}",
            $"/api/influencers/{id}/metrics/history?limit=20",
        ];
        string[] operations = ["list", "influencer", "history"];
        for (var i = 0; i < paths.Length; i++)
        {
            var answer = await client.GetAsync(operations[i], Next(), paths[i], accessToken, cancellationToken);
            if (answer.Is(HttpStatusCode.Unauthorized))
            {
                return false;
            }

            await Task.Delay(Pause, cancellationToken);
        }

        return true;
    }

    private int Next() => sent++;
}
