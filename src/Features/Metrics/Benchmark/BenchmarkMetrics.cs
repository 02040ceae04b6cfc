using AnalisaAI.Api.Infrastructure.OpenApi;

namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>The benchmark stage's numbers: the follower tier, and where this run stands among its peers.</summary>
public sealed record BenchmarkMetrics(
    [property: OneOf(typeof(FollowerTier))] string? FollowerTier,
    int ErPeerCount,
    double? ErPercentile,
    double? ErTierMedian,
    int GrowthPeerCount,
    double? Growth30Percentile,
    double? Growth30TierMedian);
