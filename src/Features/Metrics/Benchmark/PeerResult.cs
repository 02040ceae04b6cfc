namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// One stored result of another influencer, as the benchmark reads it: its influencer and run (as their
/// lower-case 36-character strings), instant T, platform, growth.followers, and the two benchmarked values
/// (null when unknown or stored before they existed).
/// </summary>
public sealed record PeerResult(
    string InfluencerId,
    string RunId,
    DateTime CalculatedAt,
    string Platform,
    long Followers,
    double? EngagementRatePublic,
    double? GrowthRate30);
