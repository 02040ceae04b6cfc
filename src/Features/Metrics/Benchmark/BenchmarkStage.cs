using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;

namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// Stage 5: the follower tier, and where this run's comparable engagement rate and 30-day growth stand among
/// the other influencers of the same platform and tier, each at its result as of T. Runs after relevance.
/// </summary>
public sealed class BenchmarkStage(PeerValueReader peers) : IMetricStage
{
    public string Name => "benchmark";

    public async ValueTask<StageResult> CalculateAsync(StageContext context, CancellationToken cancellationToken)
    {
        var engagementRatePublic = context.Metrics<EngagementMetrics>().EngagementRatePublic;
        var growthRate30 = context.Metrics<GrowthMetrics>().GrowthRate30;
        var platform = PlatformName.Of(context.Platform);
        var tier = FollowerTier.Of(context.Followers);

        var none = new PeerRank(0, null, null);
        var (er, growth) = (none, none);
        if (tier is not null)
        {
            var replaced = (await peers.ReplacedPeersAsync(platform, context.InfluencerId, context.CalculatedAt, cancellationToken))
                .Where(p => FollowerTier.Of(p.Followers) == tier)
                .ToArray();
            er = await peers.RankAsync(
                PeerValueReader.EngagementRatePublic, platform, tier, context.InfluencerId, context.CalculatedAt, engagementRatePublic,
                [.. replaced.Where(p => p.EngagementRatePublic is not null).Select(p => p.EngagementRatePublic!.Value)], cancellationToken);
            growth = await peers.RankAsync(
                PeerValueReader.GrowthRate30, platform, tier, context.InfluencerId, context.CalculatedAt, growthRate30,
                [.. replaced.Where(p => p.GrowthRate30 is not null).Select(p => p.GrowthRate30!.Value)], cancellationToken);
        }

        return new BenchmarkResult
        {
            RunId = context.RunId,
            InfluencerId = context.InfluencerId,
            CalculatedAt = context.CalculatedAt,
            Metrics = BenchmarkCalculator.FromRanks(tier, er, growth),
        };
    }
}
