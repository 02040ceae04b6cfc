namespace AnalisaAI.Api.Features.Metrics;

/// <summary>What every stored stage result carries: its run (the key), its influencer and the run's instant T.</summary>
public abstract class StageResult
{
    public Guid RunId { get; init; }
    public Guid InfluencerId { get; init; }
    public DateTime CalculatedAt { get; init; }
}
