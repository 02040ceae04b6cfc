import type { BenchmarkMetrics, FollowerTier, Metrics } from './api/client';
import { count, percent, platformName } from './format';

/** The fewest peers a percentile is given for (docs/metrics.md, "Stage 5: benchmark"). */
export const minPeers = 10;

export const noBenchmark = 'No benchmark yet: it comes with the next update.';

/** "12 micro Instagram accounts", "1 other mid TikTok account". */
function accounts(peers: number, tier: FollowerTier, platform: string, other = false): string {
  return `${count(peers)} ${other ? 'other ' : ''}${tier} ${platformName(platform)} account${peers === 1 ? '' : 's'}`;
}

/**
 * How a value compares with its tier's peers: "better than 72 % of 41 micro Instagram accounts; median 2.10 %",
 * or why there is no percentile (no tier, too few peers, own value unknown).
 */
export function peerComparison(
  value: number | null,
  percentile: number | null,
  peers: number,
  median: number | null,
  tier: FollowerTier | null,
  platform: string,
): string {
  if (tier === null) {
    return 'accounts under 1,000 followers have no tier and no peers to compare with.';
  }
  if (peers < minPeers) {
    return peers === 0
      ? `no other ${tier} ${platformName(platform)} accounts to compare with: a percentile needs ${minPeers}.`
      : `only ${accounts(peers, tier, platform, true)}: a percentile needs ${minPeers}.`;
  }
  if (value === null || percentile === null) {
    return `not ranked, as its own value is unknown; the median of ${accounts(peers, tier, platform)} is ${percent(median)}.`;
  }
  return `better than ${Math.round(percentile)} % of ${accounts(peers, tier, platform)}; median ${percent(median)}.`;
}

/** "Comparable engagement 2.45 % (likes and comments over the 12 newest posts): better than …". */
export function engagementBenchmark(metrics: Metrics, platform: string): string {
  const b: BenchmarkMetrics | null = metrics.benchmark;
  if (b === null) {
    return noBenchmark;
  }
  const { engagementRatePublic: rate, publicSampleSize: sample } = metrics.engagement;
  const head =
    rate === null
      ? 'Comparable engagement unknown (no recent posts, or no followers)'
      : `Comparable engagement ${percent(rate)} (likes and comments over ${sample === 1 ? 'the newest post' : `the ${count(sample)} newest posts`})`;
  return `${head}: ${peerComparison(rate, b.erPercentile, b.erPeerCount, b.erTierMedian, b.followerTier, platform)}`;
}

/** "30-day growth 1.20 %: better than 55 % of 12 micro Instagram accounts; median 0.80 %." */
export function growthBenchmark(metrics: Metrics, platform: string): string {
  const b = metrics.benchmark;
  if (b === null) {
    return noBenchmark;
  }
  const growth = metrics.growth.growthRate30;
  const head = growth === null ? '30-day growth unknown (no snapshot from 30 days before)' : `30-day growth ${percent(growth)}`;
  return `${head}: ${peerComparison(growth, b.growth30Percentile, b.growthPeerCount, b.growth30TierMedian, b.followerTier, platform)}`;
}
