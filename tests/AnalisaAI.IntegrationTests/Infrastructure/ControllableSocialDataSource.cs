using System.Collections.Concurrent;
using AnalisaAI.Api.Features.SocialData;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Infrastructure;

/// <summary>
/// A social data source for tests: answers with the stored profile (like the Stored source) unless told
/// to fail or to wait, and records every call, including how many ran at once for one influencer.
/// </summary>
public sealed class ControllableSocialDataSource(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<Guid, int> inFlight = new();
    private readonly ConcurrentQueue<Guid> calls = new();
    private int maxConcurrentPerInfluencer;
    private Func<Task>? duringNextFetch;

    private volatile bool failing;

    public bool Failing
    {
        get => failing;
        set => failing = value;
    }

    /// <summary>While set, every fetch waits for it: proves callers do not wait for the update.</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Runs once, inside the next fetch, after the caller has read the influencer.</summary>
    public Func<Task>? DuringNextFetch
    {
        get => duringNextFetch;
        set => duringNextFetch = value;
    }

    public IReadOnlyList<Guid> Calls => [.. calls];

    public int MaxConcurrentPerInfluencer => maxConcurrentPerInfluencer;

    public async Task<SocialProfile> FetchAsync(SocialAccount account, CancellationToken cancellationToken)
    {
        calls.Enqueue(account.InfluencerId);
        var concurrent = inFlight.AddOrUpdate(account.InfluencerId, 1, (_, n) => n + 1);
        InterlockedMax(ref maxConcurrentPerInfluencer, concurrent);
        try
        {
            if (Gate is { } gate)
            {
                await gate.Task.WaitAsync(cancellationToken);
            }

            if (Interlocked.Exchange(ref duringNextFetch, null) is { } during)
            {
                await during();
            }

            if (Failing)
            {
                throw new SocialDataException("The social data source is unavailable (test).");
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var influencer = await db.Influencers.AsNoTracking().SingleAsync(i => i.Id == account.InfluencerId, cancellationToken);
            return new SocialProfile(influencer.DisplayName, influencer.Biography, influencer.Followers, influencer.Following, influencer.PostsCount, []);
        }
        finally
        {
            inFlight.AddOrUpdate(account.InfluencerId, 0, (_, n) => n - 1);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
