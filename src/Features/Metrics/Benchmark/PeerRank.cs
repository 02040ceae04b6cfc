namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>Where a value stands among its peers for one metric: how many peers, its percentile rank, their median.</summary>
public sealed record PeerRank(int PeerCount, double? Percentile, double? Median);
