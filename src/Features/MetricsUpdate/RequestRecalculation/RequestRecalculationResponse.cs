namespace AnalisaAI.Api.Features.MetricsUpdate.RequestRecalculation;

/// <summary>The run to follow in /api/metric-updates.</summary>
public sealed record RequestRecalculationResponse(Guid InfluencerId, Guid RunId);
