import type { Metrics } from './api/client';
import { count, decimal, percent } from './format';
import { noStories } from './influencerText';
import { flagName, percentileText } from './listFilters';

/** How many influencers the compare page takes. */
export const minCompare = 2;
export const maxCompare = 6;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type CompareIds = { ok: true; ids: string[] } | { ok: false; message: string };

/**
 * The influencer ids of a compare address (`?ids=a,b,c`): trimmed, lower-cased, duplicates dropped, in their
 * order; or why the address cannot be compared (too few, too many, not an id).
 */
export function parseCompareIds(params: URLSearchParams): CompareIds {
  const raw = (params.get('ids') ?? '').split(',').map((id) => id.trim().toLowerCase()).filter((id) => id !== '');
  const ids = [...new Set(raw)];
  const bad = ids.find((id) => !uuid.test(id));
  if (bad !== undefined) {
    return { ok: false, message: `“${bad}” is not an influencer id: check the link.` };
  }
  if (ids.length < minCompare) {
    return {
      ok: false,
      message:
        ids.length === 0
          ? `Choose ${minCompare} to ${maxCompare} influencers to compare: tick them in the catalogue or in a list, then choose Compare.`
          : `This link names only 1 influencer: a comparison takes ${minCompare} to ${maxCompare}.`,
    };
  }
  if (ids.length > maxCompare) {
    return { ok: false, message: `This link names ${ids.length} influencers: a comparison takes at most ${maxCompare}.` };
  }
  return { ok: true, ids };
}

/** The compare page's address for these influencers; the address holds the selection, so it can be shared. */
export function compareUrl(ids: string[]): string {
  return `/compare?ids=${ids.map(encodeURIComponent).join(',')}`;
}

/** Two numbers tie when they differ by at most 1e-9 of the larger (docs/metrics.md's one tolerance). */
export function ties(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export type Better = 'higher' | 'lower';

/**
 * The positions of a row's best values: the highest (or lowest) known value and every value that ties it.
 * Unknown values are never best, and a row with fewer than two known values has no best: nothing to compare.
 */
export function bestIndexes(values: (number | null)[], better: Better): number[] {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (known.length < 2) {
    return [];
  }
  const best = better === 'higher' ? Math.max(...known) : Math.min(...known);
  return values.flatMap((value, index) => (value !== null && Number.isFinite(value) && ties(value, best) ? [index] : []));
}

/** One compared figure of the latest metrics. */
export interface CompareRow {
  label: string;
  /** Which way is better; absent for a row that only describes (a tier, a sample size). */
  better?: Better;
  /** The number compared (null when unknown). */
  value(metrics: Metrics): number | null;
  /** The cell's text. */
  show(metrics: Metrics): string;
  /** Why the figure cannot exist on a platform ("no stories on TikTok"), shown instead of a dash. */
  unavailable?(platform: string): string | null;
}

export interface CompareGroup {
  title: string;
  rows: CompareRow[];
}

const rounded = (value: number | null) => (value === null ? null : Math.round(value));
const confidenceRank: Record<string, number> = { low: 0, medium: 1, high: 2 };

function numberRow(label: string, better: Better | undefined, value: (m: Metrics) => number | null, format: (v: number | null) => string): CompareRow {
  return { label, better, value, show: (m) => format(value(m)) };
}

/** A relevance component: null exactly when it was estimated, and then it counted as 50. */
function componentRow(label: string, value: (m: Metrics) => number | null): CompareRow {
  return { label, better: 'higher', value, show: (m) => (value(m) === null ? 'estimated (50)' : decimal(value(m))) };
}

/** The rows of the compare page, grouped as on the influencer page (docs/metrics.md). */
export const compareGroups: CompareGroup[] = [
  {
    title: 'Engagement',
    rows: [
      numberRow('Engagement rate', 'higher', (m) => m.engagement.engagementRate, percent),
      numberRow('Comparable engagement', 'higher', (m) => m.engagement.engagementRatePublic, percent),
      numberRow('Rate by reach', 'higher', (m) => m.engagement.engagementRateByReach, percent),
      numberRow('Avg interactions', 'higher', (m) => m.engagement.avgInteractions, (v) => decimal(v)),
      numberRow('Avg likes', 'higher', (m) => m.engagement.avgLikes, (v) => decimal(v)),
      numberRow('Avg comments', 'higher', (m) => m.engagement.avgComments, (v) => decimal(v)),
      numberRow('Posts a week', 'higher', (m) => m.engagement.postsPerWeek, (v) => decimal(v)),
      numberRow('Days since last post', 'lower', (m) => m.engagement.daysSinceLastPost, (v) => decimal(v)),
      numberRow('Posts analysed', undefined, (m) => m.engagement.postsAnalyzed, (v) => count(v)),
    ],
  },
  {
    title: 'Reach',
    rows: [
      numberRow('Avg reach', 'higher', (m) => rounded(m.reach.avgReach), (v) => count(v)),
      numberRow('Reach rate', 'higher', (m) => m.reach.reachRate, percent),
      numberRow('Avg impressions', 'higher', (m) => rounded(m.reach.avgImpressions), (v) => count(v)),
      { ...numberRow('Avg story views', 'higher', (m) => rounded(m.reach.avgStoryViews), (v) => count(v)), unavailable: noStories },
      { ...numberRow('Story completion', 'higher', (m) => m.reach.storyCompletionRate, percent), unavailable: noStories },
      numberRow('Profile views', 'higher', (m) => m.reach.profileViews, (v) => count(v)),
    ],
  },
  {
    title: 'Growth',
    rows: [
      numberRow('Followers', 'higher', (m) => m.growth.followers, (v) => count(v)),
      numberRow('Net new, 7 days', 'higher', (m) => m.growth.netNewFollowers7, (v) => count(v)),
      numberRow('Net new, 30 days', 'higher', (m) => m.growth.netNewFollowers30, (v) => count(v)),
      numberRow('Growth, 30 days', 'higher', (m) => m.growth.growthRate30, percent),
      numberRow('Churn, 30 days', 'lower', (m) => m.growth.churnRate30, percent),
      numberRow('Retention, 30 days', 'higher', (m) => m.growth.retentionRate30, percent),
      numberRow('Projected in 30 days', 'higher', (m) => m.growth.projectedFollowers30, (v) => count(v)),
    ],
  },
  {
    title: 'Relevance',
    rows: [
      numberRow('Overall', 'higher', (m) => m.relevance.overall, (v) => decimal(v)),
      componentRow('Engagement score', (m) => m.relevance.engagementScore),
      componentRow('Reach score', (m) => m.relevance.reachScore),
      componentRow('Growth score', (m) => m.relevance.growthScore),
      componentRow('Consistency score', (m) => m.relevance.consistencyScore),
      componentRow('Audience quality score', (m) => m.relevance.audienceQualityScore),
    ],
  },
  {
    title: 'Benchmark',
    rows: [
      { label: 'Follower tier', value: () => null, show: (m) => m.benchmark?.followerTier ?? '—' },
      numberRow('ER percentile', 'higher', (m) => m.benchmark?.erPercentile ?? null, percentileText),
      numberRow('ER tier median', undefined, (m) => m.benchmark?.erTierMedian ?? null, percent),
      numberRow('Growth percentile', 'higher', (m) => m.benchmark?.growth30Percentile ?? null, percentileText),
    ],
  },
  {
    title: 'Signals',
    rows: [
      {
        label: 'Raised signals',
        better: 'lower',
        value: (m) => m.signals?.raisedFlags.length ?? null,
        show: (m) => (m.signals === null ? '—' : m.signals.raisedFlags.length === 0 ? 'none' : m.signals.raisedFlags.map(flagName).join(', ')),
      },
      {
        label: 'Data confidence',
        better: 'higher',
        value: (m) => (m.signals ? (confidenceRank[m.signals.dataConfidence] ?? null) : null),
        show: (m) => m.signals?.dataConfidence ?? '—',
      },
      numberRow('Daily snapshots, 30 days', undefined, (m) => m.signals?.snapshotDays30 ?? null, (v) => count(v)),
    ],
  },
];

/** What one column holds: an influencer's platform and latest metrics (null before its first run). */
export interface CompareColumn {
  platform: string;
  metrics: Metrics | null;
}

export interface CompareCell {
  text: string;
  best: boolean;
}

/** A row's cells across the columns, each with its text and whether it is (one of) the row's best. */
export function compareCells(row: CompareRow, columns: CompareColumn[]): CompareCell[] {
  const values = columns.map(({ platform, metrics }) => (metrics === null || row.unavailable?.(platform) ? null : row.value(metrics)));
  const best = new Set(row.better ? bestIndexes(values, row.better) : []);
  return columns.map(({ platform, metrics }, index) => ({
    text: row.unavailable?.(platform) ?? (metrics === null ? '—' : row.show(metrics)),
    best: best.has(index),
  }));
}
