namespace AnalisaAI.Api.Features.MetricsUpdate.Scheduling;

/// <summary>How many due influencers one sweep claims: the calls the source's budget allows until the next sweep, within the cap.</summary>
public static class SweepBatch
{
    /// <param name="callsAvailable">Calls the budget allows until the next sweep; null when the source has no call budget (<c>Stored</c>).</param>
    /// <param name="cap"><c>MetricsUpdate:Sweep:BatchSize</c>.</param>
    public static int Size(int? callsAvailable, int cap) =>
        callsAvailable is { } calls ? Math.Clamp(calls, 0, cap) : cap;
}
