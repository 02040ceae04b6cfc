namespace AnalisaAI.Api.Features.Metrics.Relevance;

public sealed record RelevanceScore(
    double Overall,
    double? EngagementScore,
    double? ReachScore,
    double? GrowthScore,
    double? ConsistencyScore,
    double? AudienceQualityScore,
    IReadOnlyList<string> EstimatedComponents);
