import type { BenchmarkMetrics, EngagementMetrics, GrowthMetrics, Metrics, ReachMetrics, RelevanceScore, SignalsMetrics } from './api/client';

// For the unit tests: a whole run's metrics of the document's shape, every figure unknown or zero unless a test
// sets it, so a fixture is checked against the contract like the code it feeds.

export interface MetricsOverrides {
  engagement?: Partial<EngagementMetrics>;
  reach?: Partial<ReachMetrics>;
  growth?: Partial<GrowthMetrics>;
  relevance?: Partial<RelevanceScore>;
  benchmark?: BenchmarkMetrics | null;
  signals?: SignalsMetrics | null;
}

export function metricsFixture(overrides: MetricsOverrides = {}): Metrics {
  return {
    runId: '00000000-0000-0000-0000-000000000001',
    calculatedAt: '2026-06-30T12:00:00Z',
    dataAsOf: null,
    engagement: {
      postsAnalyzed: 0,
      totalLikes: 0,
      totalComments: 0,
      totalShares: 0,
      totalSaves: 0,
      avgLikes: 0,
      avgComments: 0,
      avgShares: 0,
      avgSaves: 0,
      avgInteractions: 0,
      engagementRate: null,
      engagementRateByReach: null,
      publicSampleSize: null,
      engagementRatePublic: null,
      viewsSampleSize: null,
      likeRateByViews: null,
      postsPerWeek: null,
      medianGapHours: null,
      postingGapCv: null,
      daysSinceLastPost: null,
      ...overrides.engagement,
    },
    reach: {
      avgReach: null,
      avgImpressions: null,
      reachRate: null,
      storiesCount: 0,
      avgStoryViews: null,
      storyExitRate: null,
      storyCompletionRate: null,
      profileViews: null,
      ...overrides.reach,
    },
    growth: {
      followers: 0,
      netNewFollowers1: null,
      netNewFollowers7: null,
      netNewFollowers30: null,
      growthRate1: null,
      growthRate7: null,
      growthRate30: null,
      avgDailyGrowth30: null,
      churnRate30: null,
      retentionRate30: null,
      projectedFollowers30: null,
      ...overrides.growth,
    },
    relevance: {
      overall: 50,
      engagementScore: null,
      reachScore: null,
      growthScore: null,
      consistencyScore: null,
      audienceQualityScore: null,
      estimatedComponents: [],
      ...overrides.relevance,
    },
    benchmark: overrides.benchmark ?? null,
    signals: overrides.signals ?? null,
  };
}
