using AnalisaAI.Api.Infrastructure.OpenApi;

namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>One flag: its id, its status (raised, clear or insufficientData) and its evidence when raised.</summary>
public sealed record SignalFlag([property: OneOf(typeof(SignalIds))] string Id, [property: OneOf(typeof(SignalStatus))] string Status, object? Evidence);
