import { dataAge, exact, isStale, span } from '../format';
import { useNow } from '../useNow';

/**
 * How old the data is ("3 h old"), marked in words, not by colour alone, when older than its target. The
 * target comes with the influencer (`dataTargetSeconds`), so the dashboard needs none of the server's settings.
 * `compact` (the list) says only "stale", with the target in its tooltip.
 */
export function DataAge({ iso, targetSeconds, compact = false }: { iso: string | null; targetSeconds: number; compact?: boolean }) {
  const now = useNow();
  const stale = iso !== null && isStale(iso, targetSeconds, now);
  const target = `older than its ${span(targetSeconds)} target`;
  return (
    <span className="data-age">
      {iso ? (
        <time dateTime={iso} title={exact(iso)}>
          {dataAge(iso, now)}
        </time>
      ) : (
        <span className="muted">no data yet</span>
      )}
      {stale ? (
        <span className={`badge badge-stale${compact ? ' small' : ''}`} title={compact ? `Data ${target}` : undefined}>
          {compact ? 'stale' : target}
        </span>
      ) : null}
    </span>
  );
}
