import {
  allOf,
  followerTiers,
  influencerSortKeys,
  isOneOf,
  platforms,
  type InfluencerListItem,
  type InfluencerQuery,
  type InfluencerSort,
  type InfluencerSortKey,
} from './api/client';
import type { Problem } from './api/problem';
import { maxCompare, minCompare } from './compare';
import { flagQuery } from './listFilters';
import { csvFileName as listCsvFileName } from './lists';

/** The list page's state as its URL holds it: every filter, the sort and the page. */
export interface ListParams {
  platform: string;
  category: string;
  search: string;
  tier: string;
  minErPercentile: string;
  /** The flags select's value ('', 'none' or a flag id), see `flagQuery`. */
  flags: string;
  minRelevance: string;
  minFollowers: string;
  maxFollowers: string;
  /** In percent, as the API takes them. */
  minEngagementRate: string;
  maxEngagementRate: string;
  sort: InfluencerSort;
  /** Only meaningful under a relevance sort; the URL holds it only when switched off. */
  lowConfidenceLast: boolean;
  page: number;
}

export const defaultSort: InfluencerSort = '-relevance';

/** The URL parameters that filter, each sent to the API under the same name (except `flags`). */
const textParams = [
  'platform',
  'category',
  'search',
  'tier',
  'minErPercentile',
  'flags',
  'minRelevance',
  'minFollowers',
  'maxFollowers',
  'minEngagementRate',
  'maxEngagementRate',
] as const;

const sorts: readonly InfluencerSort[] = influencerSortKeys.flatMap((key) => [key, `-${key}` as const]);

export function isSort(value: string): value is InfluencerSort {
  return isOneOf(sorts, value);
}

/** Reads the page's state from its URL; an unknown sort or page falls back to the default rather than failing. */
export function readListParams(params: URLSearchParams): ListParams {
  const text = (name: (typeof textParams)[number]) => (params.get(name) ?? '').trim();
  const sort = params.get('sort') ?? '';
  return {
    platform: text('platform'),
    category: text('category'),
    search: text('search'),
    tier: text('tier'),
    minErPercentile: text('minErPercentile'),
    flags: text('flags'),
    minRelevance: text('minRelevance'),
    minFollowers: text('minFollowers'),
    maxFollowers: text('maxFollowers'),
    minEngagementRate: text('minEngagementRate'),
    maxEngagementRate: text('maxEngagementRate'),
    sort: isSort(sort) ? sort : defaultSort,
    lowConfidenceLast: params.get('lowConfidenceLast') !== 'false',
    page: Math.max(1, Math.floor(Number(params.get('page') ?? '1')) || 1),
  };
}

export function isRelevanceSort(sort: InfluencerSort): boolean {
  return sort === 'relevance' || sort === '-relevance';
}

/** A number filter's value; empty text, or text that is no number (a hand-edited URL), sets no filter. */
function numberFilter(text: string): number | undefined {
  const value = text === '' ? Number.NaN : Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The API query for the page's state: the list's page when `pageSize` is given, every row (the CSV) without it.
 * Filters not set are left out; so are values outside the document's sets, which the selects cannot show either.
 */
export function apiQuery(state: ListParams, pageSize?: number): InfluencerQuery {
  const { lowConfidenceLast, page, sort } = state;
  const query: InfluencerQuery = {
    platform: isOneOf(platforms, state.platform) ? state.platform : undefined,
    category: state.category || undefined,
    search: state.search || undefined,
    tier: isOneOf(followerTiers, state.tier) ? state.tier : undefined,
    minErPercentile: numberFilter(state.minErPercentile),
    ...flagQuery(state.flags),
    minRelevance: numberFilter(state.minRelevance),
    minFollowers: numberFilter(state.minFollowers),
    maxFollowers: numberFilter(state.maxFollowers),
    minEngagementRate: numberFilter(state.minEngagementRate),
    maxEngagementRate: numberFilter(state.maxEngagementRate),
    sort,
  };
  if (!lowConfidenceLast && isRelevanceSort(sort)) {
    query.lowConfidenceLast = false;
  }
  if (pageSize !== undefined) {
    query.page = page;
    query.pageSize = pageSize;
  }
  return query;
}

/**
 * The URL after some changes: an empty value removes its parameter, the default sort and an "on" low-confidence
 * toggle are left out, and any change but the page's own goes back to page 1.
 */
export function withChanges(params: URLSearchParams, changes: Record<string, string>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    const implied = (key === 'sort' && value === defaultSort) || (key === 'lowConfidenceLast' && value !== 'false') || (key === 'page' && value === '1');
    if (value && !implied) {
      next.set(key, value);
    } else {
      next.delete(key);
    }
  }
  if (!('page' in changes)) {
    next.delete('page');
  }
  return next;
}

/** How many filters are set (the sort and page are not filters), for the phone's "Filters (2)" button. */
export function activeFilterCount(state: ListParams): number {
  return textParams.filter((name) => name !== 'search' && state[name] !== '').length;
}

export type SortColumn = InfluencerSortKey;

/** Which sort a column header switches to, and how it reads for aria-sort. Numbers start descending, handles A to Z. */
export function columnSort(column: SortColumn, current: InfluencerSort): { next: InfluencerSort; aria: 'ascending' | 'descending' | undefined } {
  if (column === 'handle') {
    return { next: current === 'handle' ? '-handle' : 'handle', aria: current === 'handle' ? 'ascending' : current === '-handle' ? 'descending' : undefined };
  }
  const descending: InfluencerSort = `-${column}`;
  const aria = current === descending ? 'descending' : current === column ? 'ascending' : undefined;
  return { next: current === descending ? column : descending, aria };
}

/** Each key's name and its two directions in words: descending, then ascending. */
const sortNames: Record<InfluencerSortKey, [string, string, string]> = {
  relevance: ['Relevance', 'highest first', 'lowest first'],
  engagementRate: ['Engagement rate', 'highest first', 'lowest first'],
  followers: ['Followers', 'most first', 'fewest first'],
  growth30: ['30-day growth', 'highest first', 'lowest first'],
  erPercentile: ['Engagement percentile', 'highest first', 'lowest first'],
  updatedAt: ['Updated', 'newest first', 'oldest first'],
  dataAsOf: ['Data', 'newest first', 'oldest first'],
  handle: ['Handle', 'Z to A', 'A to Z'],
};

const sortOrder = allOf<InfluencerSortKey>()(['relevance', 'engagementRate', 'followers', 'growth30', 'erPercentile', 'updatedAt', 'dataAsOf', 'handle']);

/** The Sort by select's options: every sort key, each way. */
export const sortOptions: { value: InfluencerSort; label: string }[] = sortOrder.flatMap((key) => {
  const [name, descending, ascending] = sortNames[key];
  const both: { value: InfluencerSort; label: string }[] = [
    { value: `-${key}`, label: `${name}, ${descending}` },
    { value: key, label: `${name}, ${ascending}` },
  ];
  // Handles read A to Z first; numbers and times highest or newest first.
  return key === 'handle' ? both.reverse() : both;
});

/** The download's name, on the reader's own calendar day: analisaai-influencers-2026-06-30.csv. */
export function csvFileName(now: Date): string {
  return listCsvFileName('influencers', now);
}

export const liveRefreshMs = 2_500;

/**
 * Whether, and after how long, the page should quietly fetch its rows again: only while a row shown has a run
 * queued or running, and not while a load is under way or the last one failed (Retry is the user's call then).
 */
export function liveRefreshDelay(items: readonly Pick<InfluencerListItem, 'pendingRun'>[], state: { loading: boolean; failed: boolean }): number | null {
  if (state.loading || state.failed) {
    return null;
  }
  return items.some((item) => item.pendingRun) ? liveRefreshMs : null;
}

/** What the small "3/5" beside relevance means, for its accessible name and tooltip. */
export function knownComponentsLabel(known: number): string {
  return known >= 5 ? '5 of 5 components from data' : `${known} of 5 components from data; the rest estimated at 50`;
}

/** The filters' names as the panel labels them, so a 400 says which field to fix in the reader's words. */
const filterLabels: Record<string, string> = {
  platform: 'Platform',
  category: 'Category',
  search: 'Search',
  tier: 'Tier',
  minErPercentile: 'Engagement percentile',
  flag: 'Signals',
  noFlags: 'Signals',
  minRelevance: 'Min relevance',
  minFollowers: 'Min followers',
  maxFollowers: 'Max followers',
  minEngagementRate: 'Min engagement rate (%)',
  maxEngagementRate: 'Max engagement rate (%)',
  sort: 'Sort by',
  lowConfidenceLast: 'Low-confidence rows last',
  page: 'Page',
  pageSize: 'Page size',
};

/** A 400's validation errors with each field named as the filter panel names it ("Max followers: ..."). */
export function filterProblem(problem: Problem): Problem {
  if (!problem.errors) {
    return problem;
  }
  const errors = Object.fromEntries(Object.entries(problem.errors).map(([field, messages]) => [filterLabels[field] ?? field, messages]));
  return { ...problem, errors };
}

/** Whether Compare can take this many selected influencers. */
export function canCompare(selected: number): boolean {
  return selected >= minCompare && selected <= maxCompare;
}
