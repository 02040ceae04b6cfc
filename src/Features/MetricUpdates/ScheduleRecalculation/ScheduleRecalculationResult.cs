namespace AnalisaAI.Api.Features.MetricUpdates.ScheduleRecalculation;

/// <summary>
/// <paramref name="Scheduled"/> is false when the request joined a pending one; <paramref name="RunId"/> is
/// the run that will report the outcome, where one was named.
/// </summary>
public sealed record ScheduleRecalculationResult(bool Scheduled, Guid? RunId);
