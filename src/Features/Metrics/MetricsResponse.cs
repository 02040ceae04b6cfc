using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;
using AnalisaAI.Api.Features.Metrics.Signals;

namespace AnalisaAI.Api.Features.Metrics;

/// <summary>
/// One successful run's results: the influencer's <c>metrics</c>, the latest-metrics body and a history item.
/// <paramref name="DataAsOf"/> is the influencer's data age as the run read it, so numbers recomputed from old
/// data do not pass for new ones. <paramref name="Benchmark"/> and <paramref name="Signals"/> are null for a run
/// stored before those stages existed.
/// </summary>
public sealed record MetricsResponse(
    Guid RunId,
    DateTime CalculatedAt,
    DateTime? DataAsOf,
    EngagementMetrics Engagement,
    ReachMetrics Reach,
    GrowthMetrics Growth,
    RelevanceScore Relevance,
    BenchmarkMetrics? Benchmark,
    SignalsMetrics? Signals);
