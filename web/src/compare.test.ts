import { describe, expect, it } from 'vitest';
import type { Metrics } from './api/client';
import { bestIndexes, compareCells, compareGroups, compareUrl, parseCompareIds, ties, type CompareRow } from './compare';
import { metricsFixture } from './metricsFixture';

const a = '0f8fad5b-d9cb-469f-a165-70867728950e';
const b = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const c = '16fd2706-8baf-433b-82eb-8c7fada847da';
const ids = (value: string) => parseCompareIds(new URLSearchParams({ ids: value }));

describe('compare address', () => {
  it('reads 2 to 6 ids, trimmed, lower-cased and without repeats, in order', () => {
    expect(ids(`${b}, ${a.toUpperCase()},${b},`)).toEqual({ ok: true, ids: [b, a] });
    expect(ids([a, b, c, a, b, c].join(','))).toEqual({ ok: true, ids: [a, b, c] });
  });

  it('says why it cannot compare too few, too many or a malformed id', () => {
    expect(parseCompareIds(new URLSearchParams())).toMatchObject({ ok: false, message: expect.stringContaining('Choose 2 to 6') });
    expect(ids(a)).toEqual({ ok: false, message: 'This link names only 1 influencer: a comparison takes 2 to 6.' });
    const seven = Array.from({ length: 7 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
    expect(ids(seven.join(','))).toEqual({ ok: false, message: 'This link names 7 influencers: a comparison takes at most 6.' });
    expect(ids(`${a},nope`)).toEqual({ ok: false, message: '“nope” is not an influencer id: check the link.' });
  });

  it('writes the address back', () => {
    expect(compareUrl([a, b])).toBe(`/compare?ids=${a},${b}`);
    expect(parseCompareIds(new URL(compareUrl([a, b, c]), 'http://x').searchParams)).toEqual({ ok: true, ids: [a, b, c] });
  });
});

describe('best per row', () => {
  it('marks the highest, or the lowest, known value', () => {
    expect(bestIndexes([1, 3, 2], 'higher')).toEqual([1]);
    expect(bestIndexes([1, 3, 2], 'lower')).toEqual([0]);
    expect(bestIndexes([-5, -1, -3], 'higher')).toEqual([1]);
  });

  it('never marks an unknown value, and marks nothing with fewer than two known', () => {
    expect(bestIndexes([null, 2, 1], 'lower')).toEqual([2]);
    expect(bestIndexes([null, 2, null], 'higher')).toEqual([]);
    expect(bestIndexes([null, null], 'higher')).toEqual([]);
    expect(bestIndexes([], 'higher')).toEqual([]);
  });

  it('marks every value that ties the best', () => {
    expect(bestIndexes([4, 1, 4], 'higher')).toEqual([0, 2]);
    expect(bestIndexes([0, 0, 0], 'lower')).toEqual([0, 1, 2]);
    expect(bestIndexes([0.1 + 0.2, 0.3, 0.2], 'higher')).toEqual([0, 1]);
    expect(ties(1e12, 1e12 + 1e-4)).toBe(true);
    expect(ties(1, 1.000001)).toBe(false);
  });
});

const metrics = (overrides: { churn?: number | null; overall?: number; platform?: string; storyViews?: number | null }): Metrics =>
  metricsFixture({
    reach: { avgStoryViews: overrides.storyViews ?? null },
    growth: { churnRate30: overrides.churn ?? null },
    relevance: { overall: overrides.overall ?? 50, reachScore: null, estimatedComponents: ['reach'] },
  });

const row = (label: string): CompareRow => compareGroups.flatMap((group) => group.rows).find((r) => r.label === label)!;

describe('compare rows', () => {
  it('groups the rows as the influencer page does, each with a direction where one is better', () => {
    expect(compareGroups.map((group) => group.title)).toEqual(['Engagement', 'Reach', 'Growth', 'Relevance', 'Benchmark', 'Signals']);
    expect(row('Churn, 30 days').better).toBe('lower');
    expect(row('Days since last post').better).toBe('lower');
    expect(row('Raised signals').better).toBe('lower');
    expect(row('Overall').better).toBe('higher');
    expect(row('Follower tier').better).toBeUndefined();
  });

  it('marks the lowest churn, never an unknown one, and a tie on both', () => {
    const cells = compareCells(row('Churn, 30 days'), [
      { platform: 'instagram', metrics: metrics({ churn: 2 }) },
      { platform: 'instagram', metrics: metrics({ churn: null }) },
      { platform: 'tiktok', metrics: metrics({ churn: 1.5 }) },
      { platform: 'tiktok', metrics: metrics({ churn: 1.5 }) },
      { platform: 'tiktok', metrics: null },
    ]);
    expect(cells.map((cell) => cell.best)).toEqual([false, false, true, true, false]);
    expect(cells.map((cell) => cell.text)).toEqual(['2.00 %', '—', '1.50 %', '1.50 %', '—']);
  });

  it('says a platform has no stories rather than a dash, and never marks it', () => {
    const cells = compareCells(row('Avg story views'), [
      { platform: 'instagram', metrics: metrics({ storyViews: 100 }) },
      { platform: 'tiktok', metrics: metrics({ storyViews: 900 }) },
      { platform: 'facebook', metrics: metrics({ storyViews: 50 }) },
    ]);
    expect(cells).toEqual([
      { text: '100', best: true },
      { text: 'no stories on TikTok', best: false },
      { text: '50', best: false },
    ]);
  });

  it('shows an estimated relevance component as estimated', () => {
    const cells = compareCells(row('Reach score'), [
      { platform: 'instagram', metrics: metrics({}) },
      { platform: 'instagram', metrics: metrics({}) },
    ]);
    expect(cells).toEqual([
      { text: 'estimated (50)', best: false },
      { text: 'estimated (50)', best: false },
    ]);
  });
});
