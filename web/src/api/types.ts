// The API's shapes and vocabularies (docs/api.md), as the dashboard reads them.

export type Platform = 'instagram' | 'tiktok' | 'facebook' | 'youtube';
export const platforms: Platform[] = ['instagram', 'tiktok', 'facebook', 'youtube'];

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: 'admin' | 'analyst' | string;
}

export interface EngagementMetrics {
  postsAnalyzed: number;
  totalLikes: number;
  totalComments: number;
  totalShares: number;
  totalSaves: number;
  avgLikes: number;
  avgComments: number;
  avgShares: number;
  avgSaves: number;
  avgInteractions: number;
  engagementRate: number | null;
  engagementRateByReach: number | null;
  /** Part 2 (docs/metrics.md): null in runs stored before these fields existed. */
  publicSampleSize: number | null;
  engagementRatePublic: number | null;
  viewsSampleSize: number | null;
  likeRateByViews: number | null;
  postsPerWeek: number | null;
  medianGapHours: number | null;
  postingGapCv: number | null;
  daysSinceLastPost: number | null;
}

export interface ReachMetrics {
  avgReach: number | null;
  avgImpressions: number | null;
  reachRate: number | null;
  storiesCount: number;
  avgStoryViews: number | null;
  storyExitRate: number | null;
  storyCompletionRate: number | null;
  profileViews: number | null;
}

export interface GrowthMetrics {
  followers: number;
  netNewFollowers1: number | null;
  netNewFollowers7: number | null;
  netNewFollowers30: number | null;
  growthRate1: number | null;
  growthRate7: number | null;
  growthRate30: number | null;
  avgDailyGrowth30: number | null;
  churnRate30: number | null;
  retentionRate30: number | null;
  projectedFollowers30: number | null;
}

export interface RelevanceScore {
  overall: number;
  engagementScore: number | null;
  reachScore: number | null;
  growthScore: number | null;
  consistencyScore: number | null;
  audienceQualityScore: number | null;
  estimatedComponents: string[];
}

export type FollowerTier = 'nano' | 'micro' | 'mid' | 'macro' | 'mega';

export interface BenchmarkMetrics {
  followerTier: FollowerTier | null;
  erPeerCount: number;
  erPercentile: number | null;
  erTierMedian: number | null;
  growthPeerCount: number;
  growth30Percentile: number | null;
  growth30TierMedian: number | null;
}

export interface SignalFlag {
  id: 'followerSpike' | 'followerDrop' | 'massFollowing' | 'lowEngagementForTier' | 'highCommentToLikeRatio' | 'likesExceedViews';
  status: 'raised' | 'clear' | 'insufficientData';
  /** The flag's evidence when raised (docs/metrics.md, "Signals"), null otherwise. */
  evidence: Record<string, number | string | null> | null;
}

export interface SignalsMetrics {
  flags: SignalFlag[];
  raisedFlags: string[];
  dataConfidence: 'high' | 'medium' | 'low';
  snapshotDays30: number;
}

export interface Metrics {
  runId: string;
  calculatedAt: string;
  /** When the data this run read had arrived: numbers recomputed from old data keep their data's age. */
  dataAsOf: string | null;
  engagement: EngagementMetrics;
  reach: ReachMetrics;
  growth: GrowthMetrics;
  relevance: RelevanceScore;
  /** Null for runs stored before the benchmark and signals stages existed. */
  benchmark: BenchmarkMetrics | null;
  signals: SignalsMetrics | null;
}

export interface Influencer {
  id: string;
  handle: string;
  platform: Platform;
  displayName: string | null;
  followers: number | null;
  following: number | null;
  postsCount: number | null;
  categories: string[];
  createdAt: string;
  updatedAt: string | null;
  /** When new data about the influencer last arrived (a fetch from its source or an ingestion); null before any. */
  dataAsOf: string | null;
  /** The data age the server's update aims to keep this influencer within, in seconds. */
  dataTargetSeconds: number;
  lastUpdate: { status: 'never' | 'succeeded' | 'failed'; at: string | null; error: string | null };
  metrics: Metrics | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalCount: number;
}

/** One stored daily audience snapshot (GET /api/influencers/{id}/audience); unknown counts are null. */
export interface AudienceDay {
  /** A UTC calendar day, yyyy-MM-dd. */
  date: string;
  followers: number;
  following: number | null;
  gained: number | null;
  lost: number | null;
  profileViews: number | null;
}

export type ContentType = 'image' | 'video' | 'carousel' | 'reel' | 'short' | 'text';

/** A stored post with its interactions and engagement rate (GET /api/influencers/{id}/posts). */
export interface PostWithEngagement {
  externalId: string;
  publishedAt: string;
  contentType: ContentType | string;
  likes: number;
  comments: number;
  shares: number | null;
  saves: number | null;
  views: number | null;
  reach: number | null;
  impressions: number | null;
  /** likes + comments + shares + saves, an unknown shares or saves counted 0. */
  interactions: number;
  /** interactions / the influencer's followers * 100; null when the followers are 0 or unknown. */
  engagementRate: number | null;
}

export interface MetricRun {
  id: string;
  influencerId: string;
  trigger: 'login' | 'refresh' | 'manual' | string;
  status: 'running' | 'succeeded' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  failedStage: string | null;
  error: string | null;
}

/** The list's sort keys (docs/api.md), each ascending or, with a leading '-', descending. */
export const influencerSortKeys = ['handle', 'relevance', 'updatedAt', 'dataAsOf', 'engagementRate', 'followers', 'growth30', 'erPercentile'] as const;
export type InfluencerSortKey = (typeof influencerSortKeys)[number];
export type InfluencerSort = InfluencerSortKey | `-${InfluencerSortKey}`;

export const followerTiers = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;

export const signalIds = [
  'followerSpike',
  'followerDrop',
  'massFollowing',
  'lowEngagementForTier',
  'highCommentToLikeRatio',
  'likesExceedViews',
] as const;

/** A list item: the influencer plus its latest run's figures the list filters and sorts on (null before such a run). */
export interface InfluencerListItem extends Influencer {
  followerTier: string | null;
  erPercentile: number | null;
  dataConfidence: 'high' | 'medium' | 'low' | null;
  raisedFlags: string[] | null;
  /** How many of relevance's five components were computed from data rather than estimated (0..5). */
  knownComponents: number;
  /** True while a run of the influencer is queued or running. */
  pendingRun: boolean;
}

export interface InfluencerQuery {
  platform?: string;
  category?: string;
  search?: string;
  minRelevance?: string;
  tier?: string;
  minFollowers?: string;
  maxFollowers?: string;
  minEngagementRate?: string;
  maxEngagementRate?: string;
  minErPercentile?: string;
  flag?: string;
  noFlags?: string;
  sort?: InfluencerSort;
  /** 'false' keeps rows with fewer than 3 known components in their place under the default relevance sort. */
  lowConfidenceLast?: string;
  page?: number;
  pageSize?: number;
}

/** A category in use and how many influencers have it (GET /api/influencers/categories). */
export interface CategoryCount {
  name: string;
  count: number;
}

/** A saved list (GET /api/lists): the caller's own, never anyone else's. */
export interface SavedList {
  id: string;
  name: string;
  itemCount: number;
  createdAt: string;
  updatedAt: string;
}
