namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>The stored signals stage of one run.</summary>
public sealed class SignalsResult : StageResult<SignalsMetrics>;
