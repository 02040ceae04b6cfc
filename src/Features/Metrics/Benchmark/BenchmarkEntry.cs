namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// One influencer's benchmark inputs: those of its newest stored result (by calculatedAt, then runId) and of the
/// result before it, written in the commit of each run by <see cref="BenchmarkEntryWriter"/>. Each write takes the
/// next <see cref="Sequence"/> of <see cref="BenchmarkFeed"/>, in commit order, so every instance's
/// <see cref="PeerIndex"/> reads what changed since it last looked, and nothing else. A deleted influencer's entry
/// stays as a tombstone (<see cref="Deleted"/>), so the other instances learn of the deletion the same way.
/// </summary>
public sealed class BenchmarkEntry
{
    public const int PlatformMaxLength = 16;
    public const int TierMaxLength = 8;

    public Guid InfluencerId { get; set; }

    /// <summary>The feed position of this entry's last write.</summary>
    public long Sequence { get; set; }

    public required string Platform { get; set; }
    public bool Deleted { get; set; }

    public Guid RunId { get; set; }
    public DateTime CalculatedAt { get; set; }

    /// <summary>tier(growth.followers) of that result; null under 1,000 followers.</summary>
    public string? Tier { get; set; }

    public double? EngagementRatePublic { get; set; }
    public double? GrowthRate30 { get; set; }

    /// <summary>The result before the newest one: a peer's result as of T when the newest is after T.</summary>
    public Guid? PreviousRunId { get; set; }

    public DateTime? PreviousCalculatedAt { get; set; }
    public string? PreviousTier { get; set; }
    public double? PreviousEngagementRatePublic { get; set; }
    public double? PreviousGrowthRate30 { get; set; }

    /// <summary>
    /// True when the previous-result columns are exact: when empty, the influencer had no earlier result. False
    /// only on entries filled by the migration from the latest runs, whose earlier results the run log holds.
    /// </summary>
    public bool PreviousKnown { get; set; }
}
