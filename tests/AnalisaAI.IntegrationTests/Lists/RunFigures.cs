namespace AnalisaAI.IntegrationTests.Lists;

/// <summary>The figures of a seeded run that the CSV shows.</summary>
public sealed record RunFigures(
    double Relevance,
    double? EngagementRate,
    double? EngagementRatePublic,
    double? GrowthRate30,
    string? Tier,
    double? ErPercentile,
    string[] Flags,
    DateTime CalculatedAt,
    DateTime? DataAsOf);
