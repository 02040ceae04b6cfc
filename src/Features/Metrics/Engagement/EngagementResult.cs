namespace AnalisaAI.Api.Features.Metrics.Engagement;

/// <summary>The stored engagement stage of one run.</summary>
public sealed class EngagementResult : StageResult<EngagementMetrics>;
