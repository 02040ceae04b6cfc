import { describe, expect, it } from 'vitest';
import { pageState, selectPage, toggle, type Picked } from './selection';

const p = (id: string): Picked => ({ id, handle: `h${id}` });

describe('the selection', () => {
  it('toggles one influencer, keeping the order of the others', () => {
    expect(toggle([p('a'), p('b')], p('c'))).toEqual([p('a'), p('b'), p('c')]);
    expect(toggle([p('a'), p('b'), p('c')], p('b'))).toEqual([p('a'), p('c')]);
  });

  it('selects and clears a page without touching other pages', () => {
    const other = [p('x'), p('y')];
    const page = [p('a'), p('b'), p('c')];
    expect(selectPage([...other, p('b')], page, true)).toEqual([...other, p('b'), p('a'), p('c')]);
    expect(selectPage([p('a'), ...other, p('c')], page, false)).toEqual(other);
  });

  it('says whether the page is all, partly or not selected', () => {
    expect(pageState([p('x')], ['a', 'b'])).toBe('none');
    expect(pageState([p('a'), p('x')], ['a', 'b'])).toBe('some');
    expect(pageState([p('b'), p('a')], ['a', 'b'])).toBe('all');
  });
});
