namespace AnalisaAI.Api.Features.Metrics;

/// <summary>A run's stage (or its profile step) failed; the later stages did not run.</summary>
public sealed class StageFailedException(string stage, Exception innerException)
    : Exception($"The {stage} stage failed.", innerException)
{
    public string Stage { get; } = stage;
}
