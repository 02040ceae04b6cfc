namespace AnalisaAI.Api.Features.MetricsUpdate.ListMetricUpdates;

public sealed record MetricUpdateResponse(
    Guid Id,
    Guid InfluencerId,
    RunTrigger Trigger,
    RunStatus Status,
    DateTime StartedAt,
    DateTime? FinishedAt,
    string? FailedStage,
    string? Error);
