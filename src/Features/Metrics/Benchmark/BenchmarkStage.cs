using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Infrastructure.Persistence;

namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// Stage 5: the follower tier, and where this run's comparable engagement rate and 30-day growth stand among
/// the other influencers of the same platform and tier, each at its result as of T. Runs after relevance.
/// </summary>
public sealed class BenchmarkStage(AppDbContext db, PeerIndex peers) : IMetricStage
{
    public string Name => "benchmark";

    public async ValueTask<StageResult> CalculateAsync(StageContext context, CancellationToken cancellationToken)
    {
        var engagementRatePublic = context.Metrics<EngagementMetrics>().EngagementRatePublic;
        var growthRate30 = context.Metrics<GrowthMetrics>().GrowthRate30;
        var tier = FollowerTier.Of(context.Followers);

        var none = new PeerRank(0, null, null);
        var (er, growth) = tier is null
            ? (none, none)
            : await peers.RankAsync(
                db,
                new PeerQuery(PlatformName.Of(context.Platform), tier, context.InfluencerId, context.CalculatedAt, engagementRatePublic, growthRate30),
                cancellationToken);

        return new BenchmarkResult
        {
            RunId = context.RunId,
            InfluencerId = context.InfluencerId,
            CalculatedAt = context.CalculatedAt,
            Metrics = BenchmarkCalculator.FromRanks(tier, er, growth),
        };
    }
}
