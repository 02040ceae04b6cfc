/** Sentences of the influencer page that read the API's fields (docs/metrics.md), kept apart so they are tested. */

const componentNames: Record<string, string> = {
  engagement: 'engagement',
  reach: 'reach',
  growth: 'growth',
  consistency: 'consistency',
  audienceQuality: 'audience quality',
};

/** "a, b and c". */
export function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Which relevance components were estimated, and what that did to the score (a null component counts as 50):
 * "Reach and audience quality were estimated: no data, so each counted as 50 of 100."
 */
export function estimatedSentence(components: string[]): string {
  if (components.length === 0) {
    return 'No component was estimated: all five come from data.';
  }
  const names = joinAnd(components.map((c) => componentNames[c] ?? c));
  const text = `${names.charAt(0).toUpperCase()}${names.slice(1)}`;
  return components.length === 1
    ? `${text} was estimated: no data, so it counted as 50 of 100.`
    : `${text} were estimated: no data, so each counted as 50 of 100.`;
}

/** "the newest post", "the newest 10 posts". */
export function newestPosts(n: number): string {
  return n === 1 ? 'the newest post' : `the newest ${n.toLocaleString('en')} posts`;
}

const platformsWithStories = new Set(['instagram', 'facebook']);
const platformNames: Record<string, string> = { instagram: 'Instagram', tiktok: 'TikTok', facebook: 'Facebook', youtube: 'YouTube' };

/** "no stories on TikTok" for a platform that has no stories, so a story figure reads as absent, not unknown; else null. */
export function noStories(platform: string): string | null {
  return platformsWithStories.has(platform) ? null : `no stories on ${platformNames[platform] ?? platform}`;
}
