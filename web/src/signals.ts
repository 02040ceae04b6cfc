import type { SignalFlag, SignalsMetrics } from './api/client';
import { calendarDate, count, percent } from './format';

type FlagId = SignalFlag['id'];

/** A raised flag's evidence: an object whose keys depend on the flag (docs/metrics.md, "Signals"), each read with its type checked. */
export type Evidence = Readonly<Record<string, unknown>>;

function isEvidence(value: unknown): value is Evidence {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The flag's evidence when it has some (when raised); null otherwise. The document leaves its shape open. */
export function evidenceOf(flag: SignalFlag): Evidence | null {
  return isEvidence(flag.evidence) ? flag.evidence : null;
}

export const flagTitles: Record<FlagId, string> = {
  followerSpike: 'Follower spike',
  followerDrop: 'Follower drop',
  massFollowing: 'Mass following',
  lowEngagementForTier: 'Low engagement for its tier',
  highCommentToLikeRatio: 'Many comments per like',
  likesExceedViews: 'More likes than views',
};

const num = (evidence: Evidence, key: string): number => {
  const value = evidence[key];
  return typeof value === 'number' ? value : Number.NaN;
};

const str = (evidence: Evidence, key: string): string => {
  const value = evidence[key];
  return value === null || value === undefined ? '' : String(value);
};

/** "+6,200", "−350", "+40.5", "0": a change with its sign (up to two decimals, for medians of quarters). */
export function signed(value: number): string {
  const text = Math.abs(value).toLocaleString('en', { maximumFractionDigits: 2 });
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

function dayChange(e: Evidence): string {
  const matching = num(e, 'matchingDays');
  const others = matching > 1 ? `; ${plural(matching - 1, 'other day')} in the last 30 also stood out` : '';
  return (
    `${signed(num(e, 'change'))} followers on ${calendarDate(str(e, 'date'))} against a usual daily change of ` +
    `${signed(num(e, 'baselineMedian'))} (median of the ${plural(num(e, 'baselineDays'), 'day')} before, ` +
    `typical deviation ${signed(num(e, 'baselineMad')).replace('+', '')})${others}`
  );
}

/** A raised flag's evidence in plain words (docs/metrics.md, "Stage 6: signals"). */
export function describeEvidence(id: FlagId, e: Evidence): string {
  switch (id) {
    case 'followerSpike':
    case 'followerDrop':
      return dayChange(e);
    case 'massFollowing':
      return `follows ${plural(num(e, 'following'), 'account')}, ${Math.round(num(e, 'ratio') * 100)} % of its ${count(num(e, 'followers'))} followers`;
    case 'lowEngagementForTier': {
      const rank = typeof e.erPercentile === 'number' ? ` (better than only ${Math.round(e.erPercentile)} % of its peers)` : '';
      return `comparable engagement ${percent(num(e, 'engagementRatePublic'))} is under a quarter of its tier's median ${percent(num(e, 'erTierMedian'))}${rank}`;
    }
    case 'highCommentToLikeRatio':
      return (
        `${plural(num(e, 'totalComments'), 'comment')} against ${plural(num(e, 'totalLikes'), 'like')} over the ` +
        `${plural(num(e, 'postsSampled'), 'newest post')}: ${(num(e, 'ratio') * 100).toLocaleString('en', { maximumFractionDigits: 1 })} comments for every 100 likes`
      );
    case 'likesExceedViews':
      return (
        `${count(num(e, 'posts'))} of ${plural(num(e, 'postsWithViews'), 'post')} with a view count ${num(e, 'posts') === 1 ? 'has' : 'have'} more likes than views; ` +
        `the newest, ${str(e, 'externalId')}, has ${plural(num(e, 'likes'), 'like')} and ${plural(num(e, 'views'), 'view')}`
      );
  }
}

/** "1 raised, 4 clear, 1 without enough data". */
export function flagSummary(signals: SignalsMetrics): string {
  const by = (status: SignalFlag['status']) => signals.flags.filter((flag) => flag.status === status).length;
  return `${count(by('raised'))} raised, ${count(by('clear'))} clear, ${count(by('insufficientData'))} without enough data`;
}

/** What the data confidence rests on: the posts sampled and the daily snapshots of the last 30 days. */
export function confidenceExplanation(signals: SignalsMetrics, publicSampleSize: number | null): string {
  const posts = publicSampleSize === null ? 'an unknown number of posts' : plural(publicSampleSize, 'newest post');
  const meaning: Record<SignalsMetrics['dataConfidence'], string> = {
    high: 'enough for every signal (high needs 12 posts and 21 days)',
    medium: 'some signals rest on little data (high needs 12 posts and 21 days)',
    low: 'too little data to rely on the signals (medium needs 6 posts and 7 days)',
  };
  return `${posts} sampled and ${plural(signals.snapshotDays30, 'daily snapshot')} in the last 30 days: ${meaning[signals.dataConfidence]}.`;
}
