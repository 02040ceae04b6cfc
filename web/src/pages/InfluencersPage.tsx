import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ProblemError } from '../api/problem';
import { useAuth } from '../auth';
import { ExportCsvButton } from '../components/ExportCsvButton';
import { InfluencerCards } from '../components/InfluencerCards';
import { InfluencersTable } from '../components/InfluencersTable';
import { ListFilters } from '../components/ListFilters';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { SelectionBar } from '../components/SelectionBar';
import { count, plural } from '../format';
import { apiQuery, filterProblem, liveRefreshDelay, readListParams, withChanges } from '../listQuery';
import { pageState, selectPage, toggle, useSelection } from '../selection';
import { useLoad } from '../useLoad';
import { useMediaQuery } from '../useMediaQuery';
import './InfluencersPage.css';

const pageSize = 20;

export function InfluencersPage() {
  const { api, user } = useAuth();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readListParams(params), [params]);
  const phone = useMediaQuery('(max-width: 599.98px)');
  const [selection, setSelection] = useSelection(user?.id ?? '');
  const query = useMemo(() => apiQuery(state, pageSize), [state]);
  const exportQuery = useMemo(() => apiQuery(state), [state]);

  useEffect(() => {
    document.title = 'Influencers · AnalisaAI';
  }, []);

  const list = useLoad(() => api.influencers(query), [api, query]);

  // A live list: while a row shown has a run queued or running, fetch again quietly until none has.
  const refreshIn = liveRefreshDelay(list.data?.items ?? [], { loading: list.loading, failed: list.error !== null });
  useEffect(() => {
    if (refreshIn === null) {
      return;
    }
    const timer = setTimeout(() => void list.reload({ quiet: true }), refreshIn);
    return () => clearTimeout(timer);
  }, [list.data, refreshIn, list.reload]);

  // From the address bar, not from `params`: those are the last render's (the router's functional update reads them
  // too), so two changes before the next render, such as range inputs settling together, would undo each other.
  function update(changes: Record<string, string>, typed = false) {
    setParams(withChanges(new URLSearchParams(window.location.search), changes), { replace: typed });
  }

  const items = list.data?.items ?? [];
  const selectedIds = useMemo(() => new Set(selection.map((s) => s.id)), [selection]);
  const rows = {
    items,
    selected: selectedIds,
    onToggle: (item: { id: string; handle: string }) => setSelection((current) => toggle(current, { id: item.id, handle: item.handle })),
    pageState: pageState(selection, items.map((item) => item.id)),
    onTogglePage: (selected: boolean) => setSelection((current) => selectPage(current, items.map(({ id, handle }) => ({ id, handle })), selected)),
    busy: list.loading,
  };
  const pending = items.filter((item) => item.pendingRun).length;
  const totalPages = list.data ? Math.max(1, Math.ceil(list.data.totalCount / pageSize)) : 1;
  // Rows from before a failed load are not shown under its error as if they were current.
  const shown = list.error ? null : list.data;
  const invalidFilters = list.error?.status === 400;

  return (
    <main className="page influencers-page">
      <div className="page-head">
        <div>
          <h1>Influencers</h1>
          {shown ? <p className="muted">{count(shown.totalCount)} tracked</p> : null}
        </div>
        <ExportCsvButton query={exportQuery} />
      </div>
      <ListFilters state={state} update={update} compact={phone} />

      {list.error ? (
        <div className="list-error">
          <ProblemMessage
            error={invalidFilters ? new ProblemError(filterProblem(list.error.problem)) : list.error}
            context={invalidFilters ? 'Some filters were not accepted' : 'Could not load the influencers'}
            onRetry={invalidFilters ? undefined : () => void list.reload()}
          />
          {invalidFilters ? (
            <button type="button" className="button secondary" onClick={() => setParams(new URLSearchParams())}>
              Clear filters
            </button>
          ) : null}
        </div>
      ) : null}
      {list.loading && !shown ? <Loading label="Loading influencers…" /> : null}
      {shown && shown.items.length === 0 ? (
        <div className="empty card">
          <p>No influencer matches these filters.</p>
          <button type="button" className="button secondary" onClick={() => setParams(new URLSearchParams())}>
            Clear filters
          </button>
        </div>
      ) : null}
      {shown && shown.items.length > 0 ? (
        <>
          <p className="live-note muted" role="status">
            {pending > 0 ? `${plural(pending, 'update')} running on this page: it refreshes itself until ${pending === 1 ? 'it is' : 'they are'} done.` : ''}
          </p>
          {phone ? <InfluencerCards {...rows} /> : <InfluencersTable {...rows} sort={state.sort} onSort={(sort) => update({ sort })} />}
          <nav className="pager" aria-label="Pages">
            <button type="button" className="button secondary" disabled={state.page <= 1} onClick={() => update({ page: String(state.page - 1) })}>
              Previous
            </button>
            <span aria-live="polite">
              Page {state.page} of {totalPages}
            </span>
            <button type="button" className="button secondary" disabled={state.page >= totalPages} onClick={() => update({ page: String(state.page + 1) })}>
              Next
            </button>
          </nav>
        </>
      ) : null}
      <SelectionBar selection={selection} onClear={() => setSelection(() => [])} />
    </main>
  );
}
