import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  apiQuery,
  canCompare,
  columnSort,
  csvFileName,
  filterProblem,
  knownComponentsLabel,
  liveRefreshDelay,
  liveRefreshMs,
  readListParams,
  sortOptions,
  withChanges,
} from './listQuery';

const read = (query: string) => readListParams(new URLSearchParams(query));

describe('the list page in its URL', () => {
  it('reads the defaults from an empty URL', () => {
    const state = read('');
    expect(state).toMatchObject({ sort: '-relevance', lowConfidenceLast: true, page: 1, minFollowers: '', platform: '' });
    expect(JSON.parse(JSON.stringify(apiQuery(state, 20)))).toStrictEqual({ sort: '-relevance', page: 1, pageSize: 20 });
  });

  it('maps every filter, the sort and the page onto the API query', () => {
    const state = read('platform=tiktok&category=food&search=%20chef%20&tier=micro&minErPercentile=50&flags=followerSpike&minRelevance=40&minFollowers=1000&maxFollowers=50000&minEngagementRate=1.5&maxEngagementRate=8&sort=-engagementRate&page=3');
    expect(apiQuery(state, 20)).toEqual({
      platform: 'tiktok',
      category: 'food',
      search: 'chef',
      tier: 'micro',
      minErPercentile: 50,
      flag: 'followerSpike',
      minRelevance: 40,
      minFollowers: 1000,
      maxFollowers: 50000,
      minEngagementRate: 1.5,
      maxEngagementRate: 8,
      sort: '-engagementRate',
      page: 3,
      pageSize: 20,
    });
  });

  it('asks for no flags raised, and leaves paging out of the CSV query', () => {
    const query = apiQuery(read('flags=none&page=4&sort=followers'));
    expect(query).toMatchObject({ noFlags: true, sort: 'followers' });
    expect(query).not.toHaveProperty('page');
    expect(query).not.toHaveProperty('pageSize');
    expect(query).not.toHaveProperty('flags');
  });

  it('sends lowConfidenceLast=false only when switched off under a relevance sort', () => {
    expect(apiQuery(read('lowConfidenceLast=false'), 20).lowConfidenceLast).toBe(false);
    expect(apiQuery(read('lowConfidenceLast=false&sort=relevance'), 20).lowConfidenceLast).toBe(false);
    expect(apiQuery(read('lowConfidenceLast=false&sort=-followers'), 20)).not.toHaveProperty('lowConfidenceLast');
    expect(apiQuery(read(''), 20)).not.toHaveProperty('lowConfidenceLast');
  });

  it('leaves out a filter whose value is outside its set or no number, as its select or field shows nothing either', () => {
    const query = apiQuery(read('platform=myspace&tier=giga&flags=madeUp&minFollowers=abc&maxFollowers=1e3&minRelevance=150&category=food'), 20);
    expect(JSON.parse(JSON.stringify(query))).toStrictEqual({ category: 'food', maxFollowers: 1000, minRelevance: 150, sort: '-relevance', page: 1, pageSize: 20 });
  });

  it('falls back to the default for an unknown sort or a bad page', () => {
    expect(read('sort=-madeUp').sort).toBe('-relevance');
    expect(read('sort=growth30').sort).toBe('growth30');
    expect(read('page=0').page).toBe(1);
    expect(read('page=abc').page).toBe(1);
    expect(read('page=2.7').page).toBe(2);
  });

  it('writes changes back, dropping empty values and defaults, and goes back to page 1', () => {
    const params = new URLSearchParams('platform=tiktok&page=3&minFollowers=100');
    expect(withChanges(params, { minFollowers: '', maxFollowers: '5000' }).toString()).toBe('platform=tiktok&maxFollowers=5000');
    expect(withChanges(params, { page: '4' }).toString()).toBe('platform=tiktok&page=4&minFollowers=100');
    expect(withChanges(params, { sort: '-relevance' }).has('sort')).toBe(false);
    expect(withChanges(params, { sort: '-growth30' }).get('sort')).toBe('-growth30');
    expect(withChanges(params, { lowConfidenceLast: 'false' }).get('lowConfidenceLast')).toBe('false');
    expect(withChanges(new URLSearchParams('lowConfidenceLast=false'), { lowConfidenceLast: '' }).has('lowConfidenceLast')).toBe(false);
    expect(params.toString()).toBe('platform=tiktok&page=3&minFollowers=100');
  });

  it('round-trips: what is written is read back the same', () => {
    const written = withChanges(new URLSearchParams(), { minEngagementRate: '2', sort: 'dataAsOf', lowConfidenceLast: 'false', tier: 'mid' });
    expect(read(written.toString())).toMatchObject({ minEngagementRate: '2', sort: 'dataAsOf', lowConfidenceLast: false, tier: 'mid' });
  });

  it('counts the filters set, not the search or sort', () => {
    expect(activeFilterCount(read('search=x&sort=handle'))).toBe(0);
    expect(activeFilterCount(read('platform=tiktok&minFollowers=10&flags=none'))).toBe(3);
  });
});

describe('sorting', () => {
  it('starts numbers descending and flips them, handles A to Z', () => {
    expect(columnSort('engagementRate', '-relevance')).toEqual({ next: '-engagementRate', aria: undefined });
    expect(columnSort('engagementRate', '-engagementRate')).toEqual({ next: 'engagementRate', aria: 'descending' });
    expect(columnSort('engagementRate', 'engagementRate')).toEqual({ next: '-engagementRate', aria: 'ascending' });
    expect(columnSort('handle', '-relevance')).toEqual({ next: 'handle', aria: undefined });
    expect(columnSort('handle', 'handle')).toEqual({ next: '-handle', aria: 'ascending' });
    expect(columnSort('handle', '-handle')).toEqual({ next: 'handle', aria: 'descending' });
  });

  it('offers every key both ways in the select, each once', () => {
    const values = sortOptions.map((o) => o.value);
    expect(new Set(values).size).toBe(16);
    expect(values.slice(0, 2)).toEqual(['-relevance', 'relevance']);
    expect(sortOptions.find((o) => o.value === '-growth30')?.label).toBe('30-day growth, highest first');
    expect(sortOptions.find((o) => o.value === 'handle')?.label).toBe('Handle, A to Z');
  });
});

describe('the list page\'s other rules', () => {
  it('names the CSV after the reader\'s day', () => {
    expect(csvFileName(new Date(2026, 5, 30, 23, 59))).toBe('analisaai-influencers-2026-06-30.csv');
    expect(csvFileName(new Date(2026, 0, 2, 0, 0))).toBe('analisaai-influencers-2026-01-02.csv');
  });

  it('refreshes itself only while a row shown has a pending run', () => {
    const idle = { loading: false, failed: false };
    expect(liveRefreshDelay([], idle)).toBeNull();
    expect(liveRefreshDelay([{ pendingRun: false }, { pendingRun: false }], idle)).toBeNull();
    expect(liveRefreshDelay([{ pendingRun: false }, { pendingRun: true }], idle)).toBe(liveRefreshMs);
    expect(liveRefreshMs).toBeGreaterThanOrEqual(2000);
    expect(liveRefreshMs).toBeLessThanOrEqual(3000);
    expect(liveRefreshDelay([{ pendingRun: true }], { loading: true, failed: false })).toBeNull();
    expect(liveRefreshDelay([{ pendingRun: true }], { loading: false, failed: true })).toBeNull();
  });

  it('says how much of relevance came from data', () => {
    expect(knownComponentsLabel(3)).toBe('3 of 5 components from data; the rest estimated at 50');
    expect(knownComponentsLabel(0)).toBe('0 of 5 components from data; the rest estimated at 50');
    expect(knownComponentsLabel(5)).toBe('5 of 5 components from data');
  });

  it('names a rejected filter as the panel labels it', () => {
    const problem = filterProblem({ status: 400, errors: { maxFollowers: ['maxFollowers must be at least minFollowers.'], other: ['x'] } });
    expect(problem.errors).toEqual({ 'Max followers': ['maxFollowers must be at least minFollowers.'], other: ['x'] });
    expect(filterProblem({ status: 500, title: 'Oops' })).toEqual({ status: 500, title: 'Oops' });
  });

  it('compares 2 to 6 influencers', () => {
    expect([1, 2, 6, 7].map(canCompare)).toEqual([false, true, true, false]);
  });
});
