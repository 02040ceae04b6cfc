namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>One flag: its id, its status (raised, clear or insufficientData) and its evidence when raised.</summary>
public sealed record SignalFlag(string Id, string Status, object? Evidence);
