namespace AnalisaAI.Api.Features.MetricUpdates.ListMetricUpdates;

public sealed record MetricUpdatesResponse(IReadOnlyList<MetricUpdateResponse> Items);
