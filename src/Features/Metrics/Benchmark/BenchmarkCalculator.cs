namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>The benchmark rules of docs/metrics.md ("Part 2", "Stage 5: benchmark"), over the peers' values.</summary>
public static class BenchmarkCalculator
{
    /// <summary>Under this many peers there is no percentile and no tier median.</summary>
    public const int MinPeers = 10;

    public static BenchmarkMetrics Calculate(BenchmarkInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);

        var tier = FollowerTier.Of(inputs.Followers);

        // No tier, no peers: an influencer under 1,000 followers is compared with no one.
        IReadOnlyList<double> erPeers = tier is null ? [] : inputs.EngagementPeerValues;
        IReadOnlyList<double> growthPeers = tier is null ? [] : inputs.GrowthPeerValues;

        return new BenchmarkMetrics(
            FollowerTier: tier,
            ErPeerCount: erPeers.Count,
            ErPercentile: Percentile(inputs.EngagementRatePublic, erPeers),
            ErTierMedian: erPeers.Count < MinPeers ? null : Median.Of(erPeers),
            GrowthPeerCount: growthPeers.Count,
            Growth30Percentile: Percentile(inputs.GrowthRate30, growthPeers),
            Growth30TierMedian: growthPeers.Count < MinPeers ? null : Median.Of(growthPeers));
    }

    private static double? Percentile(double? value, IReadOnlyList<double> peers) =>
        value is { } x && peers.Count >= MinPeers ? PercentileRank.Of(x, peers) : null;
}
