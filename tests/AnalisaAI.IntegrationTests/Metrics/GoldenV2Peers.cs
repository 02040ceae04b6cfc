using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Metrics;

/// <summary>
/// Stores a v2 golden case's peers as the app would have: each an influencer, each of its results a succeeded run
/// with its stage results, saved together (so the benchmark entry moves as in a run's commit).
/// </summary>
internal static class GoldenV2Peers
{
    /// <summary>Seeds the peers; a "peer" with the case's own influencer id gets its results on that influencer.</summary>
    public static async Task SeedAsync(ApiFactory factory, JsonArray peers, string selfKey, Guid selfId)
    {
        foreach (var peer in peers)
        {
            var self = peer!["influencerId"]!.GetValue<string>() == selfKey;
            var influencerId = self ? selfId : Guid.CreateVersion7();
            var platform = Enum.Parse<Platform>(peer["platform"]!.GetValue<string>(), ignoreCase: true);
            await factory.WithDbAsync(async db => self ? 0 : await AddInfluencerAsync(db, influencerId, platform, peer));

            // One save per result, in the order given, as runs commit one by one.
            foreach (var result in peer["results"]!.AsArray())
            {
                await factory.WithDbAsync(async db =>
                {
                    var influencer = await db.Influencers.FindAsync(influencerId);
                    var runId = RunId(result!["runId"]!.GetValue<string>());
                    var at = DateTimeOffset.Parse(result["calculatedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture).UtcDateTime;
                    var followers = result["followers"]!.GetValue<long>();
                    db.MetricRuns.Add(new MetricRun
                    {
                        Id = runId, InfluencerId = influencerId, Trigger = RunTrigger.Manual, Status = RunStatus.Succeeded,
                        StartedAt = at, FinishedAt = at, CalculatedAt = at,
                    });
                    db.AddRange(
                        new EngagementResult
                        {
                            RunId = runId, InfluencerId = influencerId, CalculatedAt = at,
                            Metrics = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, EngagementRatePublic: result["engagementRatePublic"]?.GetValue<double>()),
                        },
                        new ReachResult { RunId = runId, InfluencerId = influencerId, CalculatedAt = at, Metrics = new(null, null, null, 0, null, null, null, null) },
                        new GrowthResult
                        {
                            RunId = runId, InfluencerId = influencerId, CalculatedAt = at,
                            Metrics = new(followers, null, null, null, null, null, result["growthRate30"]?.GetValue<double>(), null, null, null, null),
                        },
                        new RelevanceResult { RunId = runId, InfluencerId = influencerId, CalculatedAt = at, Metrics = new(50, null, null, null, null, null, []) },
                        new BenchmarkResult
                        {
                            RunId = runId, InfluencerId = influencerId, CalculatedAt = at,
                            Metrics = new(FollowerTier.Of(followers), 0, null, null, 0, null, null),
                        });
                    influencer!.LatestRunId = runId;
                    influencer.Followers = followers;

                    // As a run's commit saves benchmark results: once, under the execution strategy (BenchmarkEntryWriter).
                    return await TransientFailureRetries.OnceAsync(db, db.SaveChangesAsync, CancellationToken.None);
                });
            }
        }
    }

    private static async Task<int> AddInfluencerAsync(Api.Infrastructure.Persistence.AppDbContext db, Guid influencerId, Platform platform, JsonNode peer)
    {
        var handle = $"peer-{peer["influencerId"]!.GetValue<string>()}-{Guid.NewGuid():N}"[..24];
        db.Influencers.Add(new Influencer
        {
            Id = influencerId, Handle = handle, NormalizedHandle = Influencer.Normalize(handle), Platform = platform,
            CreatedAt = ApiFactory.Start.UtcDateTime, LastUpdateStatus = LatestRunStatus.Never, Version = Guid.NewGuid(),
        });
        return await db.SaveChangesAsync();
    }

    /// <summary>The case's runId when it is one; otherwise a stable one made from its text (its order then never matters).</summary>
    private static Guid RunId(string text) =>
        Guid.TryParse(text, out var id) ? id : new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..16]);
}
