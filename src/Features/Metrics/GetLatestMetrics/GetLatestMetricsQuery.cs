using Mediator;

namespace AnalisaAI.Api.Features.Metrics.GetLatestMetrics;

public sealed record GetLatestMetricsQuery(Guid InfluencerId) : IQuery<MetricsResponse>;
