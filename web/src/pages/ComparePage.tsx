import { useEffect, useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AudienceDay } from '../api/client';
import { ProblemError } from '../api/problem';
import { useAuth } from '../auth';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { Sparkline } from '../components/Sparkline';
import { compareCells, compareGroups, parseCompareIds, type CompareColumn } from '../compare';
import { count, platformName } from '../format';
import { joinAnd } from '../influencerText';
import { useLoad } from '../useLoad';
import './compare.css';

type Loaded<T> = { ok: true; value: T } | { ok: false; error: ProblemError };

/** Each call's answer or its error, so one unknown id does not hide which ones are known. */
function settle<T>(promise: Promise<T>): Promise<Loaded<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (caught: unknown) => ({ ok: false as const, error: caught instanceof ProblemError ? caught : ProblemError.network() }),
  );
}

function Shell({ children }: { children: ReactNode }) {
  return (
    <main className="page">
      <p className="crumbs">
        <Link to="/">← Influencers</Link> · <Link to="/lists">My lists</Link>
      </p>
      <h1>Compare influencers</h1>
      {children}
    </main>
  );
}

function Comparison({ ids }: { ids: string[] }) {
  const { api } = useAuth();
  const key = ids.join(',');
  const influencers = useLoad(() => Promise.all(ids.map((id) => settle(api.influencer(id)))), [api, key]);
  const audiences = useLoad(() => Promise.all(ids.map((id) => settle(api.audience(id)))), [api, key]);

  if (influencers.error) {
    return <ProblemMessage error={influencers.error} context="Could not load the influencers" />;
  }
  if (!influencers.data) {
    return <Loading label="Loading the influencers…" />;
  }
  const answers = influencers.data;
  const unknown = ids.filter((_, index) => {
    const answer = answers[index];
    return answer && !answer.ok && answer.error.status === 404;
  });
  if (unknown.length > 0) {
    return (
      <div className="problem" role="alert" data-testid="compare-problem">
        <p className="problem-title">
          {unknown.length === 1 ? 'One of these influencers does not exist' : 'Some of these influencers do not exist'}
        </p>
        <p>
          No influencer has the id {joinAnd(unknown)}: it was deleted, or the link is wrong. <Link to="/">Choose from the catalogue</Link>.
        </p>
      </div>
    );
  }
  const failed = answers.find((answer) => !answer.ok);
  if (failed && !failed.ok) {
    return (
      <>
        <ProblemMessage error={failed.error} context="Could not load the influencers" />
        <button type="button" className="button secondary" onClick={() => void influencers.reload()}>
          Retry
        </button>
      </>
    );
  }
  const people = answers.flatMap((answer) => (answer.ok ? [answer.value] : []));
  const columns: CompareColumn[] = people.map((person) => ({ platform: person.platform, metrics: person.metrics }));
  const days = (index: number): AudienceDay[] | 'error' | null => {
    const answer = audiences.data?.[index];
    return answer === undefined ? null : answer.ok ? answer.value.items : 'error';
  };

  return (
    <>
      <p className="muted compare-legend">
        The latest metrics side by side. <span className="badge badge-best">best</span> marks each row's best known value
        (the highest, or the lowest where the row says so; ties are all marked), where at least two are known.
      </p>
      <div className="table-scroll card compare-scroll" role="region" aria-label="Comparison" tabIndex={0}>
        <table className="compare-table">
          <caption className="sr-only">Latest metrics of {people.length} influencers, one column each</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              {people.map((person) => (
                <th scope="col" key={person.id} data-testid="compare-column">
                  <Link to={`/influencers/${person.id}`} className="handle">
                    @{person.handle}
                  </Link>
                  <div className="sub">
                    <span className={`platform platform-${person.platform}`}>{platformName(person.platform)}</span>
                  </div>
                  <div className="sub">{count(person.followers)} followers</div>
                  {person.metrics === null ? <div className="sub">no metrics yet</div> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Followers, last 90 days</th>
              {people.map((person, index) => (
                <td key={person.id}>
                  <Sparkline days={days(index)} />
                </td>
              ))}
            </tr>
          </tbody>
          {compareGroups.map((group) => (
            <tbody key={group.title}>
              <tr className="compare-group">
                <th scope="rowgroup" colSpan={people.length + 1}>
                  {group.title}
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">
                    {row.label}
                    {row.better ? <span className="sub better">{row.better} is better</span> : null}
                  </th>
                  {compareCells(row, columns).map((cell, index) => (
                    <td key={people[index]?.id ?? index} className={cell.best ? 'best' : undefined}>
                      {cell.text}
                      {cell.best ? <span className="badge badge-best">best</span> : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}

/** Two to six influencers side by side; the address (`?ids=a,b,c`) holds the choice, so it can be shared. */
export function ComparePage() {
  const [params] = useSearchParams();
  const parsed = useMemo(() => parseCompareIds(params), [params]);

  useEffect(() => {
    document.title = 'Compare · AnalisaAI';
  }, []);

  return (
    <Shell>
      {parsed.ok ? (
        <Comparison ids={parsed.ids} />
      ) : (
        <div className="notice compare-notice" role="alert" data-testid="compare-problem">
          <p>
            {parsed.message} <Link to="/">Go to the catalogue</Link>.
          </p>
        </div>
      )}
    </Shell>
  );
}
