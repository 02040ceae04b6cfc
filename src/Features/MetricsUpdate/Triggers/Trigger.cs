using AnalisaAI.Api.Features.MetricsUpdate.Runs;

namespace AnalisaAI.Api.Features.MetricsUpdate.Triggers;

/// <summary>A login or a refresh that asks for the automatic update; claiming happens later, in the background.</summary>
public readonly record struct Trigger(RunTrigger Kind, Guid UserId);
