using AnalisaAI.Api.Features.Metrics;

namespace AnalisaAI.Api.Features.MetricUpdates.ListMetricUpdates;

public sealed record MetricUpdateResponse(
    Guid Id,
    Guid InfluencerId,
    RunTrigger Trigger,
    RunStatus Status,
    DateTime StartedAt,
    DateTime? FinishedAt,
    string? FailedStage,
    string? Error);
