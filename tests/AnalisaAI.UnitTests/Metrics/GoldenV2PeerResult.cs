namespace AnalisaAI.UnitTests.Metrics;

internal sealed record GoldenV2PeerResult(
    string RunId,
    DateTimeOffset CalculatedAt,
    long Followers,
    double? EngagementRatePublic,
    double? GrowthRate30);
