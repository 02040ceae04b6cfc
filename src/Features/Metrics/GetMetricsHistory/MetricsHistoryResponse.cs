namespace AnalisaAI.Api.Features.Metrics.GetMetricsHistory;

public sealed record MetricsHistoryResponse(IReadOnlyList<MetricsResponse> Items);
