namespace AnalisaAI.FreshnessSimulation;

/// <summary>The catalogue's freshness at one instant: how many influencers are within their target age, and the age percentiles.</summary>
public sealed record FreshnessSample(DateTime At, int Influencers, int Within, int Hot, int HotWithin, TimeSpan P50Age, TimeSpan P90Age)
{
    public double WithinShare => Influencers == 0 ? 0 : (double)Within / Influencers;

    public double HotWithinShare => Hot == 0 ? 0 : (double)HotWithin / Hot;
}
