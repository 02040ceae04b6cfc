import type { EngagementMetrics } from './api/client';

const oneDecimal = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 1 });

/** "usually 20 hours apart", "usually 2.5 days apart"; null when the gap is unknown. */
export function usualGap(hours: number | null): string | null {
  if (hours === null) {
    return null;
  }
  if (hours < 48) {
    const rounded = Math.round(hours);
    return `usually ${rounded} hour${rounded === 1 ? '' : 's'} apart`;
  }
  const days = oneDecimal(hours / 24);
  return `usually ${days} days apart`;
}

/** "last post 4 days ago", "last post today"; null when there is no post. */
export function lastPost(days: number | null): string | null {
  if (days === null) {
    return null;
  }
  if (days < 1) {
    return 'last post less than a day ago';
  }
  const whole = Math.floor(days);
  return `last post ${whole} day${whole === 1 ? '' : 's'} ago`;
}

/** "3.2 posts a week; usually 2 days apart; last post 4 days ago", from the run's engagement fields. */
export function cadenceSentence(e: Pick<EngagementMetrics, 'postsPerWeek' | 'medianGapHours' | 'daysSinceLastPost'>): string {
  if (e.postsPerWeek === null) {
    return 'Posting cadence not known yet: it comes with the next update.';
  }
  // Agrees with the number as shown: 0.99 shows as "1", and is "1 post".
  const shown = oneDecimal(e.postsPerWeek);
  const perWeek = `${shown} post${shown === '1' ? '' : 's'} a week`;
  const parts = [perWeek, usualGap(e.medianGapHours) ?? 'too few posts for a usual gap', lastPost(e.daysSinceLastPost) ?? 'no post yet'];
  return `${parts.join('; ')}.`;
}
