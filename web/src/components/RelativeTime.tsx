import { exact, relativeTime } from '../format';
import { useNow } from '../useNow';

/** "3 min ago", with the exact time on hover (and for screen readers, in the datetime). */
export function RelativeTime({ iso }: { iso: string | null }) {
  const now = useNow();
  if (!iso) {
    return <span className="muted">never</span>;
  }
  return (
    <time dateTime={iso} title={exact(iso)}>
      {relativeTime(iso, now)}
    </time>
  );
}
