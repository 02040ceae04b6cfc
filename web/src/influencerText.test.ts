import { describe, expect, it } from 'vitest';
import { plural } from './format';
import { estimatedSentence, joinAnd, newestPosts, noStories } from './influencerText';

describe('influencer page text', () => {
  it('names the estimated relevance components and what they counted as', () => {
    expect(estimatedSentence([])).toBe('No component was estimated: all five come from data.');
    expect(estimatedSentence(['reach'])).toBe('Reach was estimated: no data, so it counted as 50 of 100.');
    expect(estimatedSentence(['reach', 'audienceQuality'])).toBe('Reach and audience quality were estimated: no data, so each counted as 50 of 100.');
    expect(estimatedSentence(['engagement', 'reach', 'growth'])).toBe('Engagement, reach and growth were estimated: no data, so each counted as 50 of 100.');
    expect(estimatedSentence(['audienceQuality'])).toBe('Audience quality was estimated: no data, so it counted as 50 of 100.');
  });

  it('joins words with a final "and"', () => {
    expect(joinAnd([])).toBe('');
    expect(joinAnd(['a'])).toBe('a');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('says that TikTok and YouTube have no stories, and nothing for Instagram and Facebook', () => {
    expect(noStories('tiktok')).toBe('no stories on TikTok');
    expect(noStories('youtube')).toBe('no stories on YouTube');
    expect(noStories('instagram')).toBeNull();
    expect(noStories('facebook')).toBeNull();
  });

  it('names the newest posts, one or many', () => {
    expect(newestPosts(1)).toBe('the newest post');
    expect(newestPosts(10)).toBe('the newest 10 posts');
  });

  it('agrees a noun with its count', () => {
    expect(plural(1, 'calculation')).toBe('1 calculation');
    expect(plural(0, 'calculation')).toBe('0 calculations');
    expect(plural(1200, 'day')).toBe('1,200 days');
    expect(plural(2, 'family', 'families')).toBe('2 families');
  });
});
