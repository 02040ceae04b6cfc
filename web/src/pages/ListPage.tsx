import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { InfluencerListItem } from '../api/client';
import { ProblemError } from '../api/problem';
import { useAuth } from '../auth';
import { DataAge } from '../components/DataAge';
import { Handle, PlatformName, Relevance } from '../components/ListCells';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { compareUrl } from '../compare';
import { count, percent, plural } from '../format';
import { percentileText } from '../listFilters';
import { compareChoice, csvFileName } from '../lists';
import { saveFile } from '../saveFile';
import { useLoad } from '../useLoad';
import './lists.css';

const asProblem = (caught: unknown) => (caught instanceof ProblemError ? caught : ProblemError.network());
const notYours = 'This list does not exist or is not yours.';

function NotFound() {
  return (
    <main className="page">
      <p className="crumbs">
        <Link to="/lists">← My lists</Link>
      </p>
      <h1>List not found</h1>
      <p className="card empty" data-testid="list-not-found">
        {notYours} <Link to="/lists">See your lists</Link>.
      </p>
    </main>
  );
}

/** One saved list: its influencers in the order added, removed one by one, exported as CSV, compared. */
export function ListPage() {
  const { id = '' } = useParams();
  const { api } = useAuth();
  const navigate = useNavigate();
  // The contract has no single-list read: the name comes from the caller's lists, the rows from the items.
  const lists = useLoad(() => api.lists(), [api]);
  const items = useLoad(() => api.listItems(id), [api, id]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [actionError, setActionError] = useState<{ context: string; error: ProblemError } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [status, setStatus] = useState('');

  const list = lists.data?.items.find((candidate) => candidate.id === id) ?? null;

  useEffect(() => {
    document.title = `${list ? list.name : 'List'} · AnalisaAI`;
  }, [list]);

  if (items.error?.status === 404 || (lists.data && items.data && !list)) {
    return <NotFound />;
  }
  const failure = items.error ?? lists.error;
  if (failure && !(items.data && lists.data)) {
    return (
      <main className="page">
        <p className="crumbs">
          <Link to="/lists">← My lists</Link>
        </p>
        <h1>List</h1>
        <ProblemMessage error={failure} context="Could not load the list" />
        <button type="button" className="button secondary" onClick={() => void Promise.all([lists.reload(), items.reload()])}>
          Retry
        </button>
      </main>
    );
  }
  if (!items.data || !list) {
    return (
      <main className="page">
        <Loading label="Loading the list…" />
      </main>
    );
  }

  const rows: InfluencerListItem[] = items.data.items;
  const choice = compareChoice(
    rows.map((row) => row.id),
    selected,
  );

  const toggle = (influencerId: string, on: boolean) => {
    const next = new Set(selected);
    if (on) {
      next.add(influencerId);
    } else {
      next.delete(influencerId);
    }
    setSelected(next);
  };

  const remove = async (item: InfluencerListItem) => {
    try {
      await api.removeFromList(id, item.id);
      setActionError(null);
      toggle(item.id, false);
      await Promise.all([items.reload(), lists.reload()]);
      setStatus(`Removed @${item.handle} from the list.`);
    } catch (caught) {
      setActionError({ context: `Could not remove @${item.handle}`, error: asProblem(caught) });
    }
  };

  const exportCsv = async () => {
    setExporting(true);
    try {
      saveFile(await api.listItemsCsv(id), csvFileName(list.name, new Date()));
      setActionError(null);
    } catch (caught) {
      setActionError({ context: 'Could not export the list', error: asProblem(caught) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <main className="page">
      <p className="crumbs">
        <Link to="/lists">← My lists</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{list.name}</h1>
          <p className="muted">{plural(rows.length, 'influencer')}, in the order added</p>
        </div>
        <div className="list-actions">
          <button type="button" className="button secondary" onClick={exportCsv} disabled={exporting || rows.length === 0}>
            {exporting ? 'Exporting…' : 'Export CSV'}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={choice.ids === null}
            aria-describedby={choice.ids === null ? 'compare-hint' : undefined}
            onClick={() => choice.ids && navigate(compareUrl(choice.ids))}
          >
            {choice.ids ? choice.label : 'Compare'}
          </button>
        </div>
      </div>
      {choice.ids === null && rows.length > 0 ? (
        <p id="compare-hint" className="muted compare-hint">
          {choice.hint}
        </p>
      ) : null}
      <p className="sr-only" role="status">
        {status}
      </p>
      {actionError ? <ProblemMessage error={actionError.error} context={actionError.context} /> : null}

      {rows.length === 0 ? (
        <div className="empty card">
          <p>This list is empty.</p>
          <p>
            Add influencers from the <Link to="/">catalogue</Link>: tick their rows and choose <strong>Add to list</strong>.
          </p>
        </div>
      ) : (
        <div className="table-scroll card list-items" role="region" aria-label="Influencers in this list" tabIndex={0} aria-busy={items.loading}>
          <table>
            <thead>
              <tr>
                <th scope="col">
                  <span className="sr-only">Select</span>
                </th>
                <th scope="col">Handle</th>
                <th scope="col">Platform</th>
                <th scope="col" className="num">Relevance</th>
                <th scope="col" className="num">Engagement rate</th>
                <th scope="col" className="num">Followers</th>
                <th scope="col">Tier</th>
                <th scope="col" className="num">ER percentile</th>
                <th scope="col">Data age</th>
                <th scope="col">
                  <span className="sr-only">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => (
                <tr key={item.id}>
                  <td>
                    <input
                      type="checkbox"
                      className="row-check"
                      aria-label={`Select @${item.handle}`}
                      checked={selected.has(item.id)}
                      onChange={(e) => toggle(item.id, e.target.checked)}
                    />
                  </td>
                  <td>
                    <Handle item={item} />
                  </td>
                  <td>
                    <PlatformName item={item} />
                  </td>
                  <td className="num">
                    <Relevance item={item} />
                  </td>
                  <td className="num">{percent(item.metrics?.engagement.engagementRate)}</td>
                  <td className="num">{count(item.followers, true)}</td>
                  <td>{item.followerTier ?? <span className="muted">—</span>}</td>
                  <td className="num">{percentileText(item.erPercentile)}</td>
                  <td>
                    <DataAge iso={item.dataAsOf} targetSeconds={item.dataTargetSeconds} compact />
                  </td>
                  <td>
                    <button type="button" className="button secondary small" onClick={() => void remove(item)} aria-label={`Remove @${item.handle} from the list`}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
