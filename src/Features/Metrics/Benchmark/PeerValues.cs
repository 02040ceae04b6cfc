namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>What the benchmark reads of one stored result: its run, instant T, follower tier and the two benchmarked values.</summary>
public sealed record PeerValues(Guid RunId, DateTime CalculatedAt, string? Tier, double? EngagementRatePublic, double? GrowthRate30)
{
    public static PeerValues Current(BenchmarkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.RunId, entry.CalculatedAt, entry.Tier, entry.EngagementRatePublic, entry.GrowthRate30);
    }

    public static PeerValues? Previous(BenchmarkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry is { PreviousRunId: { } runId, PreviousCalculatedAt: { } at }
            ? new(runId, at, entry.PreviousTier, entry.PreviousEngagementRatePublic, entry.PreviousGrowthRate30)
            : null;
    }

    /// <summary>The rule's order of results (<see cref="PeerSelection.IsNewer"/>): later instant, then greater runId.</summary>
    public bool IsNewerThan(DateTime otherCalculatedAt, Guid otherRunId) =>
        PeerSelection.IsNewer(CalculatedAt, RunId.ToString(), otherCalculatedAt, otherRunId.ToString());

    public void WriteCurrent(BenchmarkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        (entry.RunId, entry.CalculatedAt, entry.Tier, entry.EngagementRatePublic, entry.GrowthRate30) =
            (RunId, CalculatedAt, Tier, EngagementRatePublic, GrowthRate30);
    }

    public void WritePrevious(BenchmarkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        (entry.PreviousRunId, entry.PreviousCalculatedAt, entry.PreviousTier, entry.PreviousEngagementRatePublic, entry.PreviousGrowthRate30) =
            (RunId, CalculatedAt, Tier, EngagementRatePublic, GrowthRate30);
    }
}
