using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;

namespace AnalisaAI.Api.Features.Metrics;

/// <summary>One successful run's results: the influencer's <c>metrics</c>, the latest-metrics body and a history item.</summary>
public sealed record MetricsResponse(
    Guid RunId,
    DateTime CalculatedAt,
    EngagementMetrics Engagement,
    ReachMetrics Reach,
    GrowthMetrics Growth,
    RelevanceScore Relevance);
