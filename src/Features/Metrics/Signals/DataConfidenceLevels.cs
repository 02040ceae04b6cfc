namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>How far the data supports the signals (docs/metrics.md, "Stage 6: signals"), as the API spells it.</summary>
public static class DataConfidenceLevels
{
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";

    public static readonly IReadOnlyList<string> All = [High, Medium, Low];
}
