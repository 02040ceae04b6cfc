import { followerTiers, signalIds } from '../api/client';
import { flagName } from '../listFilters';

interface Props {
  tier: string;
  minErPercentile: string;
  flags: string;
  update: (changes: Record<string, string>) => void;
}

/** The list's filters on the latest run's benchmark and signals: follower tier, engagement percentile, flags. */
export function FigureFilters({ tier, minErPercentile, flags, update }: Props) {
  return (
    <>
      <div className="field">
        <label htmlFor="filter-tier">Tier</label>
        <select id="filter-tier" value={tier} onChange={(e) => update({ tier: e.target.value })}>
          <option value="">All tiers</option>
          {followerTiers.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-percentile">Engagement percentile</label>
        <select id="filter-percentile" value={minErPercentile} onChange={(e) => update({ minErPercentile: e.target.value })}>
          <option value="">Any</option>
          {['25', '50', '75', '90'].map((p) => (
            <option key={p} value={p}>
              {p} or more
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-flags">Signals</label>
        <select id="filter-flags" value={flags} onChange={(e) => update({ flags: e.target.value })}>
          <option value="">Any</option>
          <option value="none">No flag raised</option>
          {signalIds.map((id) => (
            <option key={id} value={id}>
              {flagName(id)} raised
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
