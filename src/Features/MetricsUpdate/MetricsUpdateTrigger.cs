namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>A login or a refresh that asks for the automatic update; claiming happens later, in the background.</summary>
public readonly record struct MetricsUpdateTrigger(RunTrigger Kind, Guid UserId);
