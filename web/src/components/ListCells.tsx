import { Link } from 'react-router';
import type { InfluencerListItem } from '../api/client';
import { decimal, percent, platformName } from '../format';
import { knownComponentsLabel } from '../listQuery';
import { RelativeTime } from './RelativeTime';

/** "@handle" linking to the influencer, with the display name under it. */
export function Handle({ item }: { item: InfluencerListItem }) {
  return (
    <>
      <Link to={`/influencers/${item.id}`} className="handle">
        @{item.handle}
      </Link>
      {item.displayName ? <div className="sub">{item.displayName}</div> : null}
    </>
  );
}

export function PlatformName({ item }: { item: InfluencerListItem }) {
  return <span className={`platform platform-${item.platform}`}>{platformName(item.platform)}</span>;
}

/** Relevance with its bar and, beside it, how many of its five components came from data ("3/5"). */
export function Relevance({ item }: { item: InfluencerListItem }) {
  if (!item.metrics) {
    return <span className="muted">—</span>;
  }
  const overall = item.metrics.relevance.overall;
  const label = knownComponentsLabel(item.knownComponents);
  return (
    <span className="score">
      <span className="score-bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, Math.max(0, overall))}%` }} />
      </span>
      <span className="score-value">{decimal(overall)}</span>
      <span className={`known${item.knownComponents < 3 ? ' known-low' : ''}`} role="img" aria-label={label} title={label}>
        {item.knownComponents}/5
      </span>
    </span>
  );
}

/** The 30-day growth in percent, signed. */
export function Growth({ item }: { item: InfluencerListItem }) {
  const growth = item.metrics?.growth.growthRate30;
  if (growth === null || growth === undefined) {
    return <span className="muted">—</span>;
  }
  return <>{growth > 0 ? `+${percent(growth)}` : percent(growth)}</>;
}

/**
 * When the metrics were last calculated, and "updating…" while a run is queued or running: a pending first run
 * says so instead of "never", which is kept for influencers nobody is updating.
 */
export function Updated({ item }: { item: InfluencerListItem }) {
  return (
    <span className="updated">
      {item.pendingRun && !item.updatedAt ? null : <RelativeTime iso={item.updatedAt} />}
      {item.pendingRun ? <span className="badge badge-running small updating">updating…</span> : null}
      {item.lastUpdate.status === 'failed' && !item.pendingRun ? <span className="badge badge-failed small">failed</span> : null}
    </span>
  );
}
