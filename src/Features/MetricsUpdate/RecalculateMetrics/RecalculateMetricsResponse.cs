namespace AnalisaAI.Api.Features.MetricsUpdate.RecalculateMetrics;

/// <summary>The run to follow in /api/metric-updates.</summary>
public sealed record RecalculateMetricsResponse(Guid InfluencerId, Guid RunId);
