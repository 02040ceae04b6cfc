namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>"A peer's result as of T" and "Peers for a metric" of docs/metrics.md, over stored results in memory.</summary>
public static class PeerSelection
{
    /// <summary>
    /// Each other influencer's result as of T: the greatest calculatedAt on or before T, then the greatest runId
    /// (lower-case, ordinal). Results after T are ignored; the influencer's own results never count.
    /// </summary>
    public static IReadOnlyList<PeerResult> AsOf(IEnumerable<PeerResult> results, string influencerId, DateTime calculatedAt) =>
        [.. results
            .Where(r => !string.Equals(r.InfluencerId, influencerId, StringComparison.OrdinalIgnoreCase) && r.CalculatedAt <= calculatedAt)
            .GroupBy(r => r.InfluencerId.ToLowerInvariant())
            .Select(g => g
                .OrderByDescending(r => r.CalculatedAt)
                .ThenByDescending(r => r.RunId.ToLowerInvariant(), StringComparer.Ordinal)
                .First())];

    /// <summary>Whether a result (calculatedAt, runId) comes after another: later instant, or same instant and greater runId (lower-case, ordinal).</summary>
    public static bool IsNewer(DateTime calculatedAt, string runId, DateTime otherCalculatedAt, string otherRunId) =>
        calculatedAt != otherCalculatedAt
            ? calculatedAt > otherCalculatedAt
            : string.CompareOrdinal(runId.ToLowerInvariant(), otherRunId.ToLowerInvariant()) > 0;

    /// <summary>The benchmark's inputs from the peers' results as of T: same platform, same non-null tier, value known.</summary>
    public static BenchmarkInputs Inputs(
        string platform,
        long followers,
        double? engagementRatePublic,
        double? growthRate30,
        IReadOnlyList<PeerResult> resultsAsOf)
    {
        ArgumentNullException.ThrowIfNull(resultsAsOf);

        var tier = FollowerTier.Of(followers);
        var peers = tier is null
            ? []
            : resultsAsOf.Where(r => r.Platform == platform && FollowerTier.Of(r.Followers) == tier).ToArray();

        return new BenchmarkInputs(
            followers,
            engagementRatePublic,
            growthRate30,
            [.. peers.Where(p => p.EngagementRatePublic is not null).Select(p => p.EngagementRatePublic!.Value)],
            [.. peers.Where(p => p.GrowthRate30 is not null).Select(p => p.GrowthRate30!.Value)]);
    }
}
