namespace AnalisaAI.Api.Features.Metrics.RecalculateInfluencerMetrics;

/// <summary>How a run ended. A failed run is an outcome, not an exception: callers go on with the next influencer.</summary>
public sealed record RecalculationOutcome(Guid RunId, RunStatus Status, string? FailedStage, string? Error);
