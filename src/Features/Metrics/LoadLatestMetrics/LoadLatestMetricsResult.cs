namespace AnalisaAI.Api.Features.Metrics.LoadLatestMetrics;

/// <summary>The latest metrics by influencer id.</summary>
public sealed record LoadLatestMetricsResult(IReadOnlyDictionary<Guid, MetricsResponse> ByInfluencer);
