import { Link } from 'react-router';
import type { InfluencerListItem } from '../api/client';
import { count, percent, platformName } from '../format';
import { DataAge } from './DataAge';
import { PageCheckbox } from './InfluencersTable';
import { Relevance, Updated } from './ListCells';

interface Props {
  items: InfluencerListItem[];
  selected: ReadonlySet<string>;
  onToggle: (item: InfluencerListItem) => void;
  pageState: 'all' | 'some' | 'none';
  onTogglePage: (selected: boolean) => void;
  busy: boolean;
}

/** The list on a phone: a card per influencer with the figures that matter most, no sideways scrolling. */
export function InfluencerCards({ items, selected, onToggle, pageState, onTogglePage, busy }: Props) {
  return (
    <section className="influencer-cards" aria-label="Influencers" aria-busy={busy}>
      <label className="cards-head">
        <PageCheckbox state={pageState} onChange={onTogglePage} />
        Select all on this page
      </label>
      <ul className="cards">
        {items.map((item) => (
          <li key={item.id} className={`influencer-card card${selected.has(item.id) ? ' selected' : ''}`}>
            <div className="card-top">
              <input type="checkbox" aria-label={`Select @${item.handle}`} checked={selected.has(item.id)} onChange={() => onToggle(item)} />
              <div className="card-name">
                <Link to={`/influencers/${item.id}`} className="handle">
                  @{item.handle}
                </Link>
                <span className={`platform platform-${item.platform}`}>{platformName(item.platform)}</span>
              </div>
            </div>
            <dl className="card-figures">
              <div className="card-relevance">
                <dt>Relevance</dt>
                <dd>
                  <Relevance item={item} />
                </dd>
              </div>
              <div>
                <dt>Engagement rate</dt>
                <dd>{percent(item.metrics?.engagement.engagementRate)}</dd>
              </div>
              <div>
                <dt>Followers</dt>
                <dd>{count(item.followers, true)}</dd>
              </div>
              <div>
                <dt>Data</dt>
                <dd>
                  <DataAge iso={item.dataAsOf} targetSeconds={item.dataTargetSeconds} compact />
                </dd>
              </div>
              <div>
                <dt>Updated</dt>
                <dd>
                  <Updated item={item} />
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
