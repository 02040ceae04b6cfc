using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Relevance;
using AnalisaAI.Api.Features.Metrics.Signals;

namespace AnalisaAI.Api.Features.Metrics.CalculateMetrics;

/// <summary>
/// The few figures of a run that the influencer row keeps so the catalogue can filter and sort on them: overall
/// relevance, follower tier, engagement percentile, data confidence and the raised flags (in the row's form,
/// <see cref="Influencer.FormatFlags"/>).
/// </summary>
public sealed record CatalogueFigures(double RelevanceOverall, string? FollowerTier, double? ErPercentile, string? DataConfidence, string? RaisedFlags)
{
    public static CatalogueFigures Of(StageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var benchmark = context.Results.OfType<StageResult<BenchmarkMetrics>>().SingleOrDefault()?.Metrics;
        var signals = context.Results.OfType<StageResult<SignalsMetrics>>().SingleOrDefault()?.Metrics;
        return new CatalogueFigures(
            context.Metrics<RelevanceScore>().Overall,
            benchmark?.FollowerTier,
            benchmark?.ErPercentile,
            signals?.DataConfidence,
            signals is null ? null : Influencer.FormatFlags(signals.RaisedFlags));
    }
}
