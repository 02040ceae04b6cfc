import type { AudienceDay } from '../api/client';
import { followersSummary, sparklinePoints } from '../sparkline';

const width = 120;
const height = 32;

/** A small followers line, named in words for screen readers; `null` while loading, 'error' when it failed. */
export function Sparkline({ days }: { days: AudienceDay[] | 'error' | null }) {
  if (days === null) {
    return <span className="muted">loading…</span>;
  }
  if (days === 'error') {
    return <span className="muted">could not load the daily followers</span>;
  }
  const summary = followersSummary(days);
  if (days.length === 0) {
    return <span className="muted">{summary}</span>;
  }
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} data-testid="sparkline">
      <title>{summary}</title>
      <polyline points={sparklinePoints(days.map((day) => day.followers), width, height)} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
