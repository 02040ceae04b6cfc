namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

/// <summary>
/// An influencer as the list shows it: the influencer, plus the latest run's figures the list filters and sorts on
/// (from the influencer row, so what is shown is what was filtered): follower tier, engagement percentile, data
/// confidence and raised flags (null before a run with the benchmark and signals).
/// </summary>
public sealed record ListInfluencersItem : InfluencerResponse
{
    public ListInfluencersItem(InfluencerResponse influencer, Influencer row)
        : base(influencer)
    {
        ArgumentNullException.ThrowIfNull(row);
        FollowerTier = row.FollowerTier;
        ErPercentile = row.ErPercentile;
        DataConfidence = row.DataConfidence;
        RaisedFlags = Influencer.ParseFlags(row.RaisedFlags);
    }

    public string? FollowerTier { get; }
    public double? ErPercentile { get; }
    public string? DataConfidence { get; }
    public IReadOnlyList<string>? RaisedFlags { get; }
}
