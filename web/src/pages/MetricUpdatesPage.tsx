import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { MetricRun } from '../api/client';
import { ProblemError } from '../api/problem';
import { useAuth } from '../auth';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';
import { StatusBadge } from '../components/StatusBadge';
import { dash, duration, exact } from '../format';

const refreshMs = 3_000;

/** The run log, refreshing itself, so a person sees the runs their own sign-in started appear. */
export function MetricUpdatesPage() {
  const { api } = useAuth();
  const [runs, setRuns] = useState<MetricRun[] | null>(null);
  const [error, setError] = useState<ProblemError | null>(null);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const [handles, setHandles] = useState<Record<string, string>>({});
  const asked = useRef(new Set<string>());
  const catalogueAsked = useRef(false);

  useEffect(() => {
    document.title = 'Metric updates · AnalisaAI';
  }, []);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;
    const load = async () => {
      try {
        const result = await api.metricUpdates(100);
        if (stopped) {
          return;
        }
        setRuns(result.items);
        setError(null);
        setCheckedAt(new Date());
      } catch (caught) {
        if (stopped) {
          return;
        }
        const problem = caught instanceof ProblemError ? caught : ProblemError.network();
        setError(problem);
        if (problem.status === 403) {
          return; // Asking again will not change the answer.
        }
      }
      timer = setTimeout(load, refreshMs);
    };
    void load();
    return () => {
      stopped = true;
      if (timer) {
        clearTimeout(timer);
      }
    };
  }, [api]);

  // Runs name influencers by id: the catalogue's first page names most of them, the rest are looked up once each.
  useEffect(() => {
    const missing = [...new Set((runs ?? []).map((run) => run.influencerId))].filter((id) => !asked.current.has(id));
    if (missing.length === 0) {
      return;
    }
    missing.forEach((id) => asked.current.add(id));
    void (async () => {
      let known: Record<string, string> = {};
      if (!catalogueAsked.current) {
        catalogueAsked.current = true;
        const page = await api.influencers({ pageSize: 100, sort: 'handle' }).catch(() => null);
        known = Object.fromEntries((page?.items ?? []).map((item) => [item.id, item.handle]));
      }
      const looked = await Promise.all(
        missing
          .filter((id) => !(id in known))
          .map((id) => api.influencer(id).then((item) => [id, item.handle] as const, () => [id, '(unknown)'] as const)),
      );
      setHandles((previous) => ({ ...previous, ...known, ...Object.fromEntries(looked) }));
    })();
  }, [api, runs]);

  if (error?.status === 403) {
    return (
      <main className="page">
        <h1>Metric updates</h1>
        <div className="problem" role="alert">
          <p>Only admins can see the metric updates. Ask an admin if you need the run log.</p>
        </div>
      </main>
    );
  }

  return (
    <main className="page">
      <div className="page-head">
        <h1>Metric updates</h1>
        <p className="muted" aria-live="off">
          Refreshes every {refreshMs / 1000} s{checkedAt ? ` · checked ${checkedAt.toLocaleTimeString('en-GB')}` : ''}
        </p>
      </div>
      <p className="muted intro">Every sign-in recalculates the stalest influencers; every token refresh schedules the stalest one. Admins can also recalculate one by hand.</p>
      {error ? <ProblemMessage error={error} context="Could not load the run log (retrying)" /> : null}
      {runs === null && !error ? <Loading label="Loading the run log…" /> : null}
      {runs !== null && runs.length === 0 ? <p className="empty card">No runs yet. Sign in again, or recalculate an influencer, to start one.</p> : null}
      {runs !== null && runs.length > 0 ? (
        <div className="table-scroll card" role="region" aria-label="Metric updates table" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Influencer</th>
                <th scope="col">Trigger</th>
                <th scope="col">Status</th>
                <th scope="col">Started</th>
                <th scope="col" className="num">Duration</th>
                <th scope="col">Failed stage</th>
                <th scope="col">Error</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id} data-run-id={run.id}>
                  <td>
                    {handles[run.influencerId] ? (
                      <Link to={`/influencers/${run.influencerId}`} className="handle">
                        @{handles[run.influencerId]}
                      </Link>
                    ) : (
                      <span className="muted">loading…</span>
                    )}
                  </td>
                  <td>
                    <span className="badge badge-trigger">{run.trigger}</span>
                  </td>
                  <td>
                    <StatusBadge status={run.status} />
                  </td>
                  <td title={exact(run.startedAt)}>
                    <RelativeTime iso={run.startedAt} />
                  </td>
                  <td className="num">{duration(run.startedAt, run.finishedAt)}</td>
                  <td>{run.failedStage ?? <span className="muted">{dash}</span>}</td>
                  <td className="error-cell">{run.error ? <span className="error-text">{run.error}</span> : <span className="muted">{dash}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </main>
  );
}
