import type { PostWithEngagement } from './api/client';

/**
 * The post that engaged its audience most: the highest engagement rate, or, when no rate is known (no
 * follower count), the most interactions. On a tie the newer post wins, so the choice is stable as the list
 * arrives newest first. Null for no posts.
 */
export function mostEngaging(posts: PostWithEngagement[]): PostWithEngagement | null {
  const byRate = posts.some((post) => post.engagementRate !== null);
  const score = (post: PostWithEngagement) => (byRate ? (post.engagementRate ?? -1) : post.interactions);
  let best: PostWithEngagement | null = null;
  for (const post of posts) {
    if (
      best === null ||
      score(post) > score(best) ||
      (score(post) === score(best) && Date.parse(post.publishedAt) > Date.parse(best.publishedAt))
    ) {
      best = post;
    }
  }
  return best;
}

/**
 * The `n` posts with the highest engagement rate, highest first (posts without a rate last, by interactions);
 * on a tie the newer post first. The input is not changed.
 */
export function topEngaging(posts: PostWithEngagement[], n = 3): PostWithEngagement[] {
  return [...posts]
    .sort(
      (a, b) =>
        (b.engagementRate ?? -1) - (a.engagementRate ?? -1) ||
        b.interactions - a.interactions ||
        Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
    )
    .slice(0, n);
}

const contentTypes: Record<string, string> = {
  image: 'Image',
  video: 'Video',
  carousel: 'Carousel',
  reel: 'Reel',
  short: 'Short',
  text: 'Text',
};

export function contentTypeName(contentType: string): string {
  return contentTypes[contentType] ?? contentType;
}
