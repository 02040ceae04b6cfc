using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Signals;
using AnalisaAI.Api.Infrastructure.OpenApi;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

/// <summary>
/// An influencer as the list shows it: the influencer, plus the latest run's figures the list filters and sorts on
/// (from the influencer row, so what is shown is what was filtered): how many relevance components are known,
/// follower tier, engagement percentile, data confidence and raised flags (null before a run with the benchmark
/// and signals); and whether a run of it is queued or running now.
/// </summary>
public sealed record ListInfluencersItem : InfluencerResponse
{
    public ListInfluencersItem(InfluencerResponse influencer, Influencer row, bool pendingRun)
        : base(influencer)
    {
        ArgumentNullException.ThrowIfNull(row);
        KnownComponents = row.KnownComponents;
        FollowerTier = row.FollowerTier;
        ErPercentile = row.ErPercentile;
        DataConfidence = row.DataConfidence;
        RaisedFlags = Influencer.ParseFlags(row.RaisedFlags);
        PendingRun = pendingRun;
    }

    /// <summary>0 to 5: relevance components computed from data rather than estimated; 0 before the first run.</summary>
    public int KnownComponents { get; }

    [OneOf(typeof(FollowerTier))]
    public string? FollowerTier { get; }
    public double? ErPercentile { get; }
    [OneOf(typeof(DataConfidenceLevels))]
    public string? DataConfidence { get; }
    [OneOf(typeof(SignalIds))]
    public IReadOnlyList<string>? RaisedFlags { get; }

    /// <summary>A run of this influencer is queued or running.</summary>
    public bool PendingRun { get; }
}
