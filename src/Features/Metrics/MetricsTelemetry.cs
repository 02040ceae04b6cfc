using System.Diagnostics;

namespace AnalisaAI.Api.Features.Metrics;

/// <summary>A trace span per step of a run (profile and each stage), children of the run's span.</summary>
public static class MetricsTelemetry
{
    public const string Name = "AnalisaAI.Metrics";

    public static readonly ActivitySource Source = new(Name);
}
