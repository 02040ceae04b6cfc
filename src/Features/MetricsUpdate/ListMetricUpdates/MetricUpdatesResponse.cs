namespace AnalisaAI.Api.Features.MetricsUpdate.ListMetricUpdates;

public sealed record MetricUpdatesResponse(IReadOnlyList<MetricUpdateResponse> Items);
