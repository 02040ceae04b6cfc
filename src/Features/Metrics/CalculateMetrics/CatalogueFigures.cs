using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Relevance;
using AnalisaAI.Api.Features.Metrics.Signals;

namespace AnalisaAI.Api.Features.Metrics.CalculateMetrics;

/// <summary>
/// The few figures of a run that the influencer row keeps so the catalogue can filter and sort on them: overall
/// relevance and how many of its components are known, engagement rate, 30-day growth rate, follower tier,
/// engagement percentile, data confidence and the raised flags (in the row's form, <see cref="Influencer.FormatFlags"/>).
/// </summary>
public sealed record CatalogueFigures(
    double RelevanceOverall,
    int KnownComponents,
    double? EngagementRate,
    double? GrowthRate30,
    string? FollowerTier,
    double? ErPercentile,
    string? DataConfidence,
    string? RaisedFlags)
{
    /// <summary>Relevance's components: engagement, reach, growth, consistency, audienceQuality (docs/metrics.md).</summary>
    public const int RelevanceComponents = 5;

    public static CatalogueFigures Of(StageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var relevance = context.Metrics<RelevanceScore>();
        var benchmark = context.Results.OfType<StageResult<BenchmarkMetrics>>().SingleOrDefault()?.Metrics;
        var signals = context.Results.OfType<StageResult<SignalsMetrics>>().SingleOrDefault()?.Metrics;
        return new CatalogueFigures(
            relevance.Overall,
            RelevanceComponents - relevance.EstimatedComponents.Count,
            context.Metrics<EngagementMetrics>().EngagementRate,
            context.Metrics<GrowthMetrics>().GrowthRate30,
            benchmark?.FollowerTier,
            benchmark?.ErPercentile,
            signals?.DataConfidence,
            signals is null ? null : Influencer.FormatFlags(signals.RaisedFlags));
    }
}
