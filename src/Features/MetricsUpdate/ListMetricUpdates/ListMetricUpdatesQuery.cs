using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.ListMetricUpdates;

public sealed record ListMetricUpdatesQuery(int? Limit, Guid? InfluencerId) : IQuery<ListMetricUpdatesResponse>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;
}
