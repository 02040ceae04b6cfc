import { describe, expect, it } from 'vitest';
import type { BenchmarkMetrics } from './api/client';
import { engagementBenchmark, growthBenchmark, noBenchmark } from './benchmark';
import { metricsFixture } from './metricsFixture';

const benchmark: BenchmarkMetrics = {
  followerTier: 'micro',
  erPeerCount: 41,
  erPercentile: 71.9512,
  erTierMedian: 2.1,
  growthPeerCount: 12,
  growth30Percentile: 50,
  growth30TierMedian: 0.8,
};

const metrics = (b: BenchmarkMetrics | null, rate: number | null = 2.4512, growth: number | null = 1.2, sample: number | null = 12) =>
  metricsFixture({ engagement: { engagementRatePublic: rate, publicSampleSize: sample }, growth: { growthRate30: growth }, benchmark: b });

describe('benchmark sentences', () => {
  it('ranks against the tier with a percentile and the median', () => {
    expect(engagementBenchmark(metrics(benchmark), 'instagram')).toBe(
      'Comparable engagement 2.45 % (likes and comments over the 12 newest posts): better than 72 % of 41 micro Instagram accounts; median 2.10 %.',
    );
    expect(growthBenchmark(metrics(benchmark), 'instagram')).toBe('30-day growth 1.20 %: better than 50 % of 12 micro Instagram accounts; median 0.80 %.');
  });

  it('says why there is no percentile with under 10 peers', () => {
    const few = { ...benchmark, erPeerCount: 6, erPercentile: null, erTierMedian: null, growthPeerCount: 1, growth30Percentile: null, growth30TierMedian: null };
    expect(engagementBenchmark(metrics(few, 2.4512, 1.2, 1), 'tiktok')).toBe(
      'Comparable engagement 2.45 % (likes and comments over the newest post): only 6 other micro TikTok accounts: a percentile needs 10.',
    );
    expect(growthBenchmark(metrics(few), 'tiktok')).toBe('30-day growth 1.20 %: only 1 other micro TikTok account: a percentile needs 10.');
    const none = { ...few, growthPeerCount: 0 };
    expect(growthBenchmark(metrics(none), 'youtube')).toBe('30-day growth 1.20 %: no other micro YouTube accounts to compare with: a percentile needs 10.');
  });

  it('explains no tier, unknown values and a run stored before benchmarks', () => {
    const untiered = { ...benchmark, followerTier: null, erPeerCount: 0, erPercentile: null, erTierMedian: null };
    expect(engagementBenchmark(metrics(untiered), 'instagram')).toMatch(/: accounts under 1,000 followers have no tier and no peers to compare with\.$/);
    expect(engagementBenchmark(metrics({ ...benchmark, erPercentile: null }, null), 'facebook')).toBe(
      'Comparable engagement unknown (no recent posts, or no followers): not ranked, as its own value is unknown; the median of 41 micro Facebook accounts is 2.10 %.',
    );
    expect(engagementBenchmark(metrics(null), 'instagram')).toBe(noBenchmark);
    expect(growthBenchmark(metrics(null), 'instagram')).toBe(noBenchmark);
  });
});
