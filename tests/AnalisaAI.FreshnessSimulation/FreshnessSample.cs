namespace AnalisaAI.FreshnessSimulation;

/// <summary>
/// The catalogue's freshness at one instant, against each influencer's target age, by calculation age
/// (<c>UpdatedAt</c>) and by data age (<c>DataAsOf</c>); <see cref="Due"/> counts those whose data is past its
/// target; <see cref="Limit"/> is the best share within target by data age the call budget allows.
/// </summary>
public sealed record FreshnessSample(
    DateTime At,
    int Influencers,
    int Within,
    int WithinByData,
    int Hot,
    int HotWithin,
    int HotWithinByData,
    int Due,
    double Limit,
    TimeSpan P50Age,
    TimeSpan P90Age,
    TimeSpan P50DataAge)
{
    public double WithinShare => Share(Within, Influencers);

    public double WithinByDataShare => Share(WithinByData, Influencers);

    public double HotWithinShare => Share(HotWithin, Hot);

    /// <summary>Null before anyone viewed an influencer.</summary>
    public double? HotWithinByDataShare => Hot == 0 ? null : Share(HotWithinByData, Hot);

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
