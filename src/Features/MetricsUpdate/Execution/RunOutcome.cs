using AnalisaAI.Api.Features.MetricsUpdate.Runs;

namespace AnalisaAI.Api.Features.MetricsUpdate.Execution;

/// <summary>How a run ended. A failed run is an outcome, not an exception: callers go on with the next influencer.</summary>
public sealed record RunOutcome(Guid RunId, RunStatus Status, string? FailedStage, string? Error);
