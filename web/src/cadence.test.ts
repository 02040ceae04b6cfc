import { describe, expect, it } from 'vitest';
import { cadenceSentence, lastPost, usualGap } from './cadence';

describe('cadence', () => {
  it('says how often the influencer posts, how far apart and how long ago', () => {
    expect(cadenceSentence({ postsPerWeek: 3.2667, medianGapHours: 48, daysSinceLastPost: 4.3 })).toBe(
      '3.3 posts a week; usually 2 days apart; last post 4 days ago.',
    );
    expect(cadenceSentence({ postsPerWeek: 1, medianGapHours: 20.4, daysSinceLastPost: 0.2 })).toBe(
      '1 post a week; usually 20 hours apart; last post less than a day ago.',
    );
    // The noun agrees with the number as shown.
    expect(cadenceSentence({ postsPerWeek: 0.98, medianGapHours: null, daysSinceLastPost: null })).toMatch(/^1 post a week;/);
  });

  it('says what is unknown', () => {
    expect(cadenceSentence({ postsPerWeek: null, medianGapHours: null, daysSinceLastPost: null })).toBe(
      'Posting cadence not known yet: it comes with the next update.',
    );
    expect(cadenceSentence({ postsPerWeek: 0, medianGapHours: null, daysSinceLastPost: null })).toBe(
      '0 posts a week; too few posts for a usual gap; no post yet.',
    );
  });

  it('formats gaps and ages', () => {
    expect(usualGap(1)).toBe('usually 1 hour apart');
    expect(usualGap(60)).toBe('usually 2.5 days apart');
    expect(usualGap(null)).toBeNull();
    expect(lastPost(1.9)).toBe('last post 1 day ago');
    expect(lastPost(null)).toBeNull();
  });
});
