import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { platforms, type InfluencerSort } from '../api/client';
import { useAuth } from '../auth';
import { DataAge } from '../components/DataAge';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';
import { count, decimal, percent, platformName } from '../format';
import { useLoad } from '../useLoad';
import { FigureFilters } from '../components/FigureFilters';
import { flagName, flagQuery, percentileText } from '../listFilters';

const sorts: { value: InfluencerSort; label: string }[] = [
  { value: '-relevance', label: 'Relevance, highest first' },
  { value: 'relevance', label: 'Relevance, lowest first' },
  { value: '-updatedAt', label: 'Updated, newest first' },
  { value: 'updatedAt', label: 'Updated, oldest first' },
  { value: '-dataAsOf', label: 'Data, newest first' },
  { value: 'dataAsOf', label: 'Data, oldest first' },
  { value: '-erPercentile', label: 'Engagement percentile, highest first' },
  { value: 'erPercentile', label: 'Engagement percentile, lowest first' },
  { value: 'handle', label: 'Handle, A to Z' },
];

const pageSize = 20;

type SortColumn = 'handle' | 'relevance' | 'updatedAt' | 'dataAsOf' | 'erPercentile';

/** Which sort a column header toggles to, and how it reads for aria-sort. */
function columnSort(column: SortColumn, current: string) {
  if (column === 'handle') {
    return { next: 'handle' as InfluencerSort, aria: current === 'handle' ? ('ascending' as const) : undefined };
  }
  const descending = `-${column}` as InfluencerSort;
  const ascending = column as InfluencerSort;
  const aria = current === descending ? ('descending' as const) : current === ascending ? ('ascending' as const) : undefined;
  return { next: current === descending ? ascending : descending, aria };
}

export function InfluencersPage() {
  const { api } = useAuth();
  const [params, setParams] = useSearchParams();
  const platform = params.get('platform') ?? '';
  const category = params.get('category') ?? '';
  const search = params.get('search') ?? '';
  const tier = params.get('tier') ?? '';
  const minErPercentile = params.get('minErPercentile') ?? '';
  const flags = params.get('flags') ?? '';
  const sort = (params.get('sort') ?? '-relevance') as InfluencerSort;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [searchText, setSearchText] = useState(search);
  const [categories, setCategories] = useState<string[]>([]);

  useEffect(() => {
    document.title = 'Influencers · AnalisaAI';
  }, []);

  // Typing settles for a moment before it becomes a query.
  useEffect(() => {
    if (searchText === search) {
      return;
    }
    const timer = setTimeout(() => update({ search: searchText }), 300);
    return () => clearTimeout(timer);
  }, [searchText]);

  useEffect(() => {
    api
      .influencers({ pageSize: 100, sort: 'handle' })
      .then((all) => setCategories([...new Set(all.items.flatMap((item) => item.categories))].sort()))
      .catch(() => setCategories([]));
  }, [api]);

  const list = useLoad(
    () => api.influencers({ platform, category, search, tier, minErPercentile, ...flagQuery(flags), sort, page, pageSize }),
    [api, platform, category, search, tier, minErPercentile, flags, sort, page],
  );

  function update(changes: Record<string, string>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) {
        next.set(key, value);
      } else {
        next.delete(key);
      }
    }
    if (!('page' in changes)) {
      next.delete('page');
    }
    setParams(next, { replace: 'search' in changes });
  }

  const totalPages = list.data ? Math.max(1, Math.ceil(list.data.totalCount / pageSize)) : 1;
  const header = (column: SortColumn, label: string, className?: string) => {
    const { next, aria } = columnSort(column, sort);
    return (
      <th scope="col" aria-sort={aria} className={className}>
        <button type="button" className="sort" onClick={() => update({ sort: next })}>
          {label}
          <span aria-hidden="true" className="sort-mark">
            {aria === 'ascending' ? '▲' : aria === 'descending' ? '▼' : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <main className="page">
      <div className="page-head">
        <h1>Influencers</h1>
        {list.data ? <p className="muted">{count(list.data.totalCount)} tracked</p> : null}
      </div>
      <form className="filters card" role="search" aria-label="Filter influencers" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="filter-search">Search</label>
          <input id="filter-search" type="search" placeholder="Handle or name" value={searchText} onChange={(e) => setSearchText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="filter-platform">Platform</label>
          <select id="filter-platform" value={platform} onChange={(e) => update({ platform: e.target.value })}>
            <option value="">All platforms</option>
            {platforms.map((p) => (
              <option key={p} value={p}>
                {platformName(p)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-category">Category</label>
          <select id="filter-category" value={category} onChange={(e) => update({ category: e.target.value })}>
            <option value="">All categories</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <FigureFilters tier={tier} minErPercentile={minErPercentile} flags={flags} update={update} />
        <div className="field">
          <label htmlFor="filter-sort">Sort by</label>
          <select id="filter-sort" value={sort} onChange={(e) => update({ sort: e.target.value })}>
            {sorts.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </form>

      {list.error ? <ProblemMessage error={list.error} context="Could not load the influencers" /> : null}
      {list.loading && !list.data ? <Loading label="Loading influencers…" /> : null}
      {list.data && list.data.items.length === 0 ? (
        <div className="empty card">
          <p>No influencer matches these filters.</p>
          <button type="button" className="button secondary" onClick={() => { setSearchText(''); setParams(new URLSearchParams()); }}>
            Clear filters
          </button>
        </div>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <div className="table-scroll card" role="region" aria-label="Influencers table" tabIndex={0} aria-busy={list.loading}>
            <table>
              <thead>
                <tr>
                  {header('handle', 'Handle')}
                  <th scope="col">Platform</th>
                  {header('relevance', 'Relevance', 'num')}
                  <th scope="col" className="num">Engagement rate</th>
                  <th scope="col" className="num">Followers</th>
                  <th scope="col">Tier</th>
                  {header('erPercentile', 'ER percentile', 'num')}
                  <th scope="col">Signals</th>
                  {header('updatedAt', 'Updated')}
                  {header('dataAsOf', 'Data as of')}
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <Link to={`/influencers/${item.id}`} className="handle">
                        @{item.handle}
                      </Link>
                      {item.displayName ? <div className="sub">{item.displayName}</div> : null}
                    </td>
                    <td>
                      <span className={`platform platform-${item.platform}`}>{platformName(item.platform)}</span>
                    </td>
                    <td className="num">
                      {item.metrics ? (
                        <span className="score">
                          <span className="score-bar" aria-hidden="true">
                            <span style={{ width: `${Math.min(100, Math.max(0, item.metrics.relevance.overall))}%` }} />
                          </span>
                          {decimal(item.metrics.relevance.overall)}
                        </span>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td className="num">{percent(item.metrics?.engagement.engagementRate)}</td>
                    <td className="num">{count(item.followers, true)}</td>
                    <td>{item.followerTier ?? <span className="muted">—</span>}</td>
                    <td className="num">{percentileText(item.erPercentile)}</td>
                    <td>
                      {item.raisedFlags === null ? (
                        <span className="muted">—</span>
                      ) : item.raisedFlags.length === 0 ? (
                        'none'
                      ) : (
                        <span className="badge badge-failed small" title={item.raisedFlags.map(flagName).join(', ')}>
                          {item.raisedFlags.map(flagName).join(', ')}
                        </span>
                      )}
                    </td>
                    <td>
                      <RelativeTime iso={item.updatedAt} />
                      {item.lastUpdate.status === 'failed' ? <span className="badge badge-failed small">failed</span> : null}
                    </td>
                    <td>
                      <DataAge iso={item.dataAsOf} targetSeconds={item.dataTargetSeconds} compact />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label="Pages">
            <button type="button" className="button secondary" disabled={page <= 1} onClick={() => update({ page: String(page - 1) })}>
              Previous
            </button>
            <span aria-live="polite">
              Page {page} of {totalPages}
            </span>
            <button type="button" className="button secondary" disabled={page >= totalPages} onClick={() => update({ page: String(page + 1) })}>
              Next
            </button>
          </nav>
        </>
      ) : null}
    </main>
  );
}
