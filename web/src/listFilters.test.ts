import { describe, expect, it } from 'vitest';
import { flagName, flagQuery, percentileText } from './listFilters';

describe('list filters', () => {
  it('turns the flags select into the API query', () => {
    expect(flagQuery('')).toEqual({});
    expect(flagQuery('none')).toEqual({ noFlags: true });
    expect(flagQuery('followerSpike')).toEqual({ flag: 'followerSpike' });
    expect(flagQuery('madeUp')).toEqual({});
  });

  it('names the flags in words', () => {
    expect(flagName('massFollowing')).toBe('Mass following');
    expect(flagName('unknown')).toBe('unknown');
  });

  it('writes percentiles as ordinals', () => {
    expect(percentileText(null)).toBe('—');
    expect(percentileText(71.6)).toBe('72nd');
    expect(percentileText(11)).toBe('11th');
    expect(percentileText(1)).toBe('1st');
    expect(percentileText(23)).toBe('23rd');
    expect(percentileText(100)).toBe('100th');
  });
});
