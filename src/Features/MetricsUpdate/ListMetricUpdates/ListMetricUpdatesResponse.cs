namespace AnalisaAI.Api.Features.MetricsUpdate.ListMetricUpdates;

public sealed record ListMetricUpdatesResponse(IReadOnlyList<ListMetricUpdatesItem> Items);
