import { isOneOf, signalIds, type InfluencerQuery } from './api/client';

/** The flags select's value: '' for any, 'none' for no flag raised, or a flag id that must be raised. */
export function flagQuery(value: string): Pick<InfluencerQuery, 'flag' | 'noFlags'> {
  if (value === 'none') {
    return { noFlags: true };
  }
  return isOneOf(signalIds, value) ? { flag: value } : {};
}

/** A flag id in words, for the list's select and cells. */
export function flagName(id: string): string {
  const names: Record<string, string> = {
    followerSpike: 'Follower spike',
    followerDrop: 'Follower drop',
    massFollowing: 'Mass following',
    lowEngagementForTier: 'Low engagement for tier',
    highCommentToLikeRatio: 'Many comments per like',
    likesExceedViews: 'Likes exceed views',
  };
  return names[id] ?? id;
}

const ordinalSuffixes: Partial<Record<number, string>> = { 1: 'st', 2: 'nd', 3: 'rd' };

/** The percentile as the list shows it: a whole number with its ordinal sense ("72nd"), or a dash. */
export function percentileText(value: number | null | undefined): string {
  if (value === null || value === undefined) {
    return '—';
  }
  const n = Math.round(value);
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ordinalSuffixes[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
