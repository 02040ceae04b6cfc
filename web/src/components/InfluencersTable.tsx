import { useEffect, useRef } from 'react';
import type { InfluencerListItem, InfluencerSort } from '../api/client';
import { count, percent } from '../format';
import { flagName, percentileText } from '../listFilters';
import { columnSort, type SortColumn } from '../listQuery';
import { DataAge } from './DataAge';
import { Growth, Handle, PlatformName, Relevance, Updated } from './ListCells';

interface Props {
  items: InfluencerListItem[];
  sort: InfluencerSort;
  onSort: (sort: InfluencerSort) => void;
  selected: ReadonlySet<string>;
  onToggle: (item: InfluencerListItem) => void;
  /** The page's select-all box: checked, mixed or clear. */
  pageState: 'all' | 'some' | 'none';
  onTogglePage: (selected: boolean) => void;
  busy: boolean;
}

/** A checkbox whose mixed state (some rows of the page selected) is set through the DOM, as HTML has no attribute for it. */
export function PageCheckbox({ state, onChange }: { state: Props['pageState']; onChange: (selected: boolean) => void }) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) {
      box.current.indeterminate = state === 'some';
    }
  }, [state]);
  return (
    <input ref={box} type="checkbox" aria-label="Select all on this page" checked={state === 'all'} onChange={(e) => onChange(e.target.checked)} />
  );
}

/** The influencers as a table, every numeric column sortable by its header. */
export function InfluencersTable({ items, sort, onSort, selected, onToggle, pageState, onTogglePage, busy }: Props) {
  const header = (column: SortColumn, label: string, className?: string) => {
    const { next, aria } = columnSort(column, sort);
    return (
      <th scope="col" aria-sort={aria} className={className}>
        <button type="button" className="sort" onClick={() => onSort(next)}>
          {label}
          <span aria-hidden="true" className="sort-mark">
            {aria === 'ascending' ? '▲' : aria === 'descending' ? '▼' : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-scroll card" role="region" aria-label="Influencers table" tabIndex={0} aria-busy={busy}>
      <table>
        <thead>
          <tr>
            <th scope="col" className="select">
              <PageCheckbox state={pageState} onChange={onTogglePage} />
            </th>
            {header('handle', 'Handle')}
            <th scope="col">Platform</th>
            {header('relevance', 'Relevance', 'num')}
            {header('engagementRate', 'Engagement rate', 'num')}
            {header('followers', 'Followers', 'num')}
            {header('growth30', '30-day growth', 'num')}
            <th scope="col">Tier</th>
            {header('erPercentile', 'ER percentile', 'num')}
            <th scope="col">Signals</th>
            {header('updatedAt', 'Updated')}
            {header('dataAsOf', 'Data as of')}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={selected.has(item.id) ? 'selected' : undefined}>
              <td className="select">
                <input type="checkbox" aria-label={`Select @${item.handle}`} checked={selected.has(item.id)} onChange={() => onToggle(item)} />
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
              <td className="num">
                <Growth item={item} />
              </td>
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
                <Updated item={item} />
              </td>
              <td>
                <DataAge iso={item.dataAsOf} targetSeconds={item.dataTargetSeconds} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
