namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>An influencer as <see cref="PeerIndex"/> holds it: its platform, newest result and the one before.</summary>
public sealed record PeerEntry(Guid InfluencerId, string Platform, PeerValues Current, PeerValues? Previous, bool PreviousKnown)
{
    public static PeerEntry Of(BenchmarkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.InfluencerId, entry.Platform, PeerValues.Current(entry), PeerValues.Previous(entry), entry.PreviousKnown);
    }

    /// <summary>Its result as of T when the newest is after T: the previous one, none, or unknown here (read the run log).</summary>
    public (bool Known, PeerValues? Values) AsOf(DateTime calculatedAt) =>
        Previous is { } previous
            ? previous.CalculatedAt <= calculatedAt ? (true, previous) : (false, null)
            : (PreviousKnown, null);
}
