using AnalisaAI.Api.Features.MetricsUpdate.Runs;

namespace AnalisaAI.Api.Features.MetricsUpdate.ListMetricUpdates;

public sealed record ListMetricUpdatesItem(
    Guid Id,
    Guid InfluencerId,
    RunTrigger Trigger,
    RunStatus Status,
    DateTime StartedAt,
    DateTime? FinishedAt,
    string? FailedStage,
    string? Error,
    string? ProfileNote);
