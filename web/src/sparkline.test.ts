import { describe, expect, it } from 'vitest';
import type { AudienceDay } from './api/client';
import { followersSummary, sparklinePoints } from './sparkline';

const day = (date: string, followers: number): AudienceDay => ({ date, followers, following: null, gained: null, lost: null, profileViews: null });

describe('sparkline', () => {
  it('spans the box: first left, last right, lowest at the bottom, highest at the top', () => {
    expect(sparklinePoints([10, 30, 20], 104, 24, 2)).toBe('2,22 52,2 102,12');
  });

  it('draws a flat series across the middle and one value as a middle point', () => {
    expect(sparklinePoints([5, 5], 100, 20, 0)).toBe('0,10 100,10');
    expect(sparklinePoints([7], 100, 20)).toBe('50,10');
    expect(sparklinePoints([], 100, 20)).toBe('');
  });

  it('says the line in words', () => {
    expect(followersSummary([])).toBe('No daily followers in the last 90 days.');
    expect(followersSummary([day('2026-05-01', 1000), day('2026-05-02', 1100), day('2026-05-03', 1200)])).toBe(
      'Followers over 3 days, from 1,000 on 1 May 2026 to 1,200 on 3 May 2026 (+20.0 %).',
    );
    expect(followersSummary([day('2026-05-01', 1000), day('2026-05-02', 900)])).toContain('(−10.0 %)');
    expect(followersSummary([day('2026-05-01', 1000)])).toBe('Followers on 1 day: 1,000 on 1 May 2026.');
  });
});
