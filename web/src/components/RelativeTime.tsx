import { useEffect, useState } from 'react';
import { exact, relativeTime } from '../format';

/** "3 min ago", with the exact time on hover (and for screen readers, in the datetime). */
export function RelativeTime({ iso }: { iso: string | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (!iso) {
    return <span className="muted">never</span>;
  }
  return (
    <time dateTime={iso} title={exact(iso)}>
      {relativeTime(iso, now)}
    </time>
  );
}
