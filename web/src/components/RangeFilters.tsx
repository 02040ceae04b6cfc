import { DebouncedInput } from './DebouncedInput';

interface Props {
  minRelevance: string;
  minFollowers: string;
  maxFollowers: string;
  minEngagementRate: string;
  maxEngagementRate: string;
  update: (changes: Record<string, string>, typed?: boolean) => void;
}

const fields = [
  { name: 'minFollowers', label: 'Min followers', step: '1', max: undefined },
  { name: 'maxFollowers', label: 'Max followers', step: '1', max: undefined },
  { name: 'minEngagementRate', label: 'Min engagement rate (%)', step: 'any', max: undefined },
  { name: 'maxEngagementRate', label: 'Max engagement rate (%)', step: 'any', max: undefined },
  { name: 'minRelevance', label: 'Min relevance', step: 'any', max: '100' },
] as const;

/** The list's range filters on followers, engagement rate (in percent, as the API takes it) and relevance. */
export function RangeFilters(props: Props) {
  return (
    <>
      {fields.map((field) => (
        <div className="field" key={field.name}>
          <label htmlFor={`filter-${field.name}`}>{field.label}</label>
          <DebouncedInput
            id={`filter-${field.name}`}
            type="number"
            inputMode="decimal"
            min="0"
            max={field.max}
            step={field.step}
            placeholder="Any"
            value={props[field.name]}
            onCommit={(value) => props.update({ [field.name]: value.trim() }, true)}
          />
        </div>
      ))}
    </>
  );
}
