namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>The current values of one (platform, tier): each metric's known values, sorted.</summary>
public sealed class PeerGroup
{
    public SortedValues Engagement { get; } = new();
    public SortedValues Growth { get; } = new();
}
