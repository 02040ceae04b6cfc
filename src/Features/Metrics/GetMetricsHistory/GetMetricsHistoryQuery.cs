using Mediator;

namespace AnalisaAI.Api.Features.Metrics.GetMetricsHistory;

/// <summary>Successful runs with calculatedAt in [From, To], newest first.</summary>
public sealed record GetMetricsHistoryQuery(Guid InfluencerId, DateTimeOffset? From, DateTimeOffset? To, int? Limit) : IQuery<MetricsHistoryResponse>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;
}
