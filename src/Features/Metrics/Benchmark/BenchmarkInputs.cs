namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// This run's F, comparable engagement rate and 30-day growth rate, and the peers' values for each metric
/// (the known values of the other influencers of the same platform and tier, each at its result as of T).
/// </summary>
public sealed record BenchmarkInputs(
    long Followers,
    double? EngagementRatePublic,
    double? GrowthRate30,
    IReadOnlyList<double> EngagementPeerValues,
    IReadOnlyList<double> GrowthPeerValues);
