import { describe, expect, it } from 'vitest';
import type { PostWithEngagement } from './api/client';
import { contentTypeName, mostEngaging, topEngaging } from './posts';

const post = (externalId: string, publishedAt: string, interactions: number, engagementRate: number | null): PostWithEngagement => ({
  externalId,
  publishedAt,
  contentType: 'image',
  likes: interactions,
  comments: 0,
  shares: null,
  saves: null,
  views: null,
  reach: null,
  impressions: null,
  interactions,
  engagementRate,
});

describe('mostEngaging', () => {
  it('picks the highest engagement rate', () => {
    const posts = [post('a', '2026-06-30T10:00:00Z', 10, 1.0), post('b', '2026-06-29T10:00:00Z', 50, 5.0), post('c', '2026-06-28T10:00:00Z', 30, 3.0)];
    expect(mostEngaging(posts)?.externalId).toBe('b');
  });

  it('breaks a tie in favour of the newer post, whatever the order', () => {
    const older = post('older', '2026-06-01T10:00:00Z', 20, 2.0);
    const newer = post('newer', '2026-06-02T10:00:00Z', 20, 2.0);
    expect(mostEngaging([older, newer])?.externalId).toBe('newer');
    expect(mostEngaging([newer, older])?.externalId).toBe('newer');
  });

  it('falls back on interactions when no rate is known', () => {
    const posts = [post('a', '2026-06-30T10:00:00Z', 10, null), post('b', '2026-06-29T10:00:00Z', 70, null)];
    expect(mostEngaging(posts)?.externalId).toBe('b');
  });

  it('has nothing to pick from no posts', () => {
    expect(mostEngaging([])).toBeNull();
  });
});

describe('contentTypeName', () => {
  it('names the content types and keeps an unknown one as sent', () => {
    expect(contentTypeName('reel')).toBe('Reel');
    expect(contentTypeName('carousel')).toBe('Carousel');
    expect(contentTypeName('hologram')).toBe('hologram');
  });
});

describe('topEngaging', () => {
  it('returns the three highest rates, highest first, without changing the input', () => {
    const posts = [
      post('a', '2026-06-30T10:00:00Z', 10, 1.0),
      post('b', '2026-06-29T10:00:00Z', 50, 5.0),
      post('c', '2026-06-28T10:00:00Z', 30, 3.0),
      post('d', '2026-06-27T10:00:00Z', 40, 4.0),
    ];
    expect(topEngaging(posts).map((p) => p.externalId)).toEqual(['b', 'd', 'c']);
    expect(posts.map((p) => p.externalId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts the newer post first on a tie and unknown rates last', () => {
    const posts = [post('old', '2026-06-01T10:00:00Z', 20, 2.0), post('none', '2026-06-03T10:00:00Z', 99, null), post('new', '2026-06-02T10:00:00Z', 20, 2.0)];
    expect(topEngaging(posts, 3).map((p) => p.externalId)).toEqual(['new', 'old', 'none']);
    expect(topEngaging([], 3)).toEqual([]);
  });
});
