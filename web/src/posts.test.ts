import { describe, expect, it } from 'vitest';
import type { PostWithEngagement } from './api/client';
import { contentTypeName, mostEngaging } from './posts';

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
