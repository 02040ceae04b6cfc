namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// One influencer's current benchmark inputs: those of its stored result with the greatest (calculatedAt, runId),
/// kept current in the commit of each run (<see cref="BenchmarkEntryWriter"/>) and deleted with the influencer.
/// Peers are counted and ranked on its (platform, tier, value) indexes, so no run reads the catalogue.
/// </summary>
public sealed class BenchmarkEntry
{
    public const int PlatformMaxLength = 16;
    public const int TierMaxLength = 8;

    public Guid InfluencerId { get; set; }
    public Guid RunId { get; set; }
    public DateTime CalculatedAt { get; set; }
    public required string Platform { get; set; }

    /// <summary>tier(growth.followers) of that result; null under 1,000 followers.</summary>
    public string? Tier { get; set; }

    public double? EngagementRatePublic { get; set; }
    public double? GrowthRate30 { get; set; }
}
