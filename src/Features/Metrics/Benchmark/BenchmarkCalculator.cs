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

        return FromRanks(tier, Rank(inputs.EngagementRatePublic, erPeers), Rank(inputs.GrowthRate30, growthPeers));
    }

    /// <summary>Where x stands among the peers' values: no percentile without x, neither percentile nor median under 10 peers.</summary>
    public static PeerRank Rank(double? x, IReadOnlyList<double> peers)
    {
        ArgumentNullException.ThrowIfNull(peers);
        return peers.Count < MinPeers
            ? new PeerRank(peers.Count, null, null)
            : new PeerRank(peers.Count, x is { } value ? PercentileRank.Of(value, peers) : null, Median.Of(peers));
    }

    /// <summary>The benchmark's fields from the tier and each metric's rank; a null tier has no peers.</summary>
    public static BenchmarkMetrics FromRanks(string? tier, PeerRank engagement, PeerRank growth)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        ArgumentNullException.ThrowIfNull(growth);
        return tier is null
            ? new BenchmarkMetrics(null, 0, null, null, 0, null, null)
            : new BenchmarkMetrics(tier, engagement.PeerCount, engagement.Percentile, engagement.Median, growth.PeerCount, growth.Percentile, growth.Median);
    }
}
