import { useState } from 'react';
import { platforms } from '../api/client';
import { useAuth } from '../auth';
import { platformName } from '../format';
import { activeFilterCount, isRelevanceSort, sortOptions, type ListParams } from '../listQuery';
import { useLoad } from '../useLoad';
import { DebouncedInput } from './DebouncedInput';
import { FigureFilters } from './FigureFilters';
import { RangeFilters } from './RangeFilters';

interface Props {
  state: ListParams;
  /** `typed`: the change comes from typing, so it replaces the history entry rather than adding one. */
  update: (changes: Record<string, string>, typed?: boolean) => void;
  /** On a phone the filters other than search fold away behind a button, so the rows come first. */
  compact: boolean;
}

/** The list's filter panel: search, platform, category, figures, ranges, sort. */
export function ListFilters({ state, update, compact }: Props) {
  const { api } = useAuth();
  const categories = useLoad(() => api.categories(), [api]);
  const [open, setOpen] = useState(false);
  const active = activeFilterCount(state);
  const categoryNames = categories.data?.items ?? [];
  // A category in the URL stays choosable even when the list of categories could not be loaded.
  const orphan = state.category && !categoryNames.some((c) => c.name === state.category) ? state.category : null;

  return (
    <form className="filters list-filters card" role="search" aria-label="Filter influencers" onSubmit={(e) => e.preventDefault()}>
      <div className="field field-search">
        <label htmlFor="filter-search">Search</label>
        <DebouncedInput id="filter-search" type="search" placeholder="Handle or name" value={state.search} onCommit={(search) => update({ search }, true)} />
      </div>
      {compact ? (
        <div className="field field-toggle">
          <button type="button" className="button secondary" aria-expanded={open} aria-controls="more-filters" onClick={() => setOpen(!open)}>
            {active > 0 ? `Filters and sort (${active} set)` : 'Filters and sort'}
          </button>
        </div>
      ) : null}
      <div id="more-filters" className="more-filters" hidden={compact && !open}>
        <div className="field">
          <label htmlFor="filter-platform">Platform</label>
          <select id="filter-platform" value={state.platform} onChange={(e) => update({ platform: e.target.value })}>
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
          <select
            id="filter-category"
            value={state.category}
            onChange={(e) => update({ category: e.target.value })}
            aria-describedby={categories.error ? 'category-note' : undefined}
          >
            <option value="">All categories</option>
            {categoryNames.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name} ({c.count.toLocaleString('en')})
              </option>
            ))}
            {orphan ? <option value={orphan}>{orphan}</option> : null}
          </select>
          {categories.error ? (
            <p id="category-note" className="field-note">
              Categories could not be loaded.{' '}
              <button type="button" className="link-button" onClick={() => void categories.reload()}>
                Try again
              </button>
            </p>
          ) : null}
        </div>
        <FigureFilters tier={state.tier} minErPercentile={state.minErPercentile} flags={state.flags} update={update} />
        <RangeFilters {...state} update={update} />
        <div className="field field-sort">
          <label htmlFor="filter-sort">Sort by</label>
          <select id="filter-sort" value={state.sort} onChange={(e) => update({ sort: e.target.value })}>
            {sortOptions.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-check">
          <input
            id="filter-low-confidence"
            type="checkbox"
            checked={state.lowConfidenceLast}
            disabled={!isRelevanceSort(state.sort)}
            aria-describedby="low-confidence-note"
            onChange={(e) => update({ lowConfidenceLast: e.target.checked ? '' : 'false' })}
          />
          <label htmlFor="filter-low-confidence">Low-confidence rows last</label>
          <p id="low-confidence-note" className="field-note">
            {isRelevanceSort(state.sort) ? 'Rows with fewer than 3 components from data go after the others.' : 'Applies to the relevance sort only.'}
          </p>
        </div>
      </div>
    </form>
  );
}
