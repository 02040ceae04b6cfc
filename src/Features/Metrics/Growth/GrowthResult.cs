namespace AnalisaAI.Api.Features.Metrics.Growth;

/// <summary>The stored growth stage of one run.</summary>
public sealed class GrowthResult : StageResult<GrowthMetrics>;
