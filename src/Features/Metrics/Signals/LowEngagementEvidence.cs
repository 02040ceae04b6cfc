namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>The evidence of lowEngagementForTier.</summary>
public sealed record LowEngagementEvidence(double EngagementRatePublic, double ErTierMedian, double? ErPercentile);
