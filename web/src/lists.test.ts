import { describe, expect, it } from 'vitest';
import { compareChoice, csvFileName, slug } from './lists';

describe('saved lists', () => {
  it('makes a file-name slug of a list name', () => {
    expect(slug('Black Friday 2026!')).toBe('black-friday-2026');
    expect(slug('  Açaí & Pão de Queijo  ')).toBe('acai-pao-de-queijo');
    expect(slug('***')).toBe('list');
    expect(slug('x'.repeat(100))).toHaveLength(60);
    expect(slug(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });

  it('names the CSV file after the list and the local date', () => {
    expect(csvFileName('Food creators', new Date(2026, 5, 3, 23, 30))).toBe('analisaai-food-creators-2026-06-03.csv');
  });

  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

  it('compares the whole list when it holds 2 to 6 and nothing is selected', () => {
    expect(compareChoice(ids.slice(0, 3), new Set())).toEqual({ ids: ['a', 'b', 'c'], label: 'Compare all (3)' });
    expect(compareChoice(ids.slice(0, 6), new Set())).toMatchObject({ ids: ids.slice(0, 6) });
    expect(compareChoice(ids.slice(0, 1), new Set())).toMatchObject({ ids: null, hint: expect.stringContaining('add more') });
    expect(compareChoice(ids, new Set())).toMatchObject({ ids: null, hint: expect.stringContaining('Select 2 to 6') });
  });

  it('compares the selection, in list order, when 2 to 6 are selected', () => {
    expect(compareChoice(ids, new Set(['g', 'b']))).toEqual({ ids: ['b', 'g'], label: 'Compare selected (2)' });
    expect(compareChoice(ids, new Set(['b']))).toEqual({ ids: null, hint: '1 influencer selected: select 2 to 6 to compare them.' });
    expect(compareChoice(ids, new Set(ids))).toMatchObject({ ids: null, hint: '7 influencers selected: select 2 to 6 to compare them.' });
  });
});
