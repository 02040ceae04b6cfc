namespace AnalisaAI.Api.Features.Metrics.Reach;

/// <summary>The stored reach stage of one run.</summary>
public sealed class ReachResult : StageResult<ReachMetrics>;
