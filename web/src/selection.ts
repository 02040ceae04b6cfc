import { useCallback, useSyncExternalStore } from 'react';

/** An influencer picked on the list: its id for the API, its handle for the selection bar. */
export interface Picked {
  id: string;
  handle: string;
}

/** Adds the influencer if it is not selected, removes it if it is; the others keep their order. */
export function toggle(selection: readonly Picked[], item: Picked): Picked[] {
  return selection.some((s) => s.id === item.id) ? selection.filter((s) => s.id !== item.id) : [...selection, item];
}

/** Selects (or unselects) every row of the page, leaving the rows of other pages as they are. */
export function selectPage(selection: readonly Picked[], page: readonly Picked[], selected: boolean): Picked[] {
  const onPage = new Set(page.map((p) => p.id));
  const others = selection.filter((s) => !onPage.has(s.id));
  if (!selected) {
    return others;
  }
  const kept = selection.filter((s) => onPage.has(s.id));
  const keptIds = new Set(kept.map((s) => s.id));
  return [...others, ...kept, ...page.filter((p) => !keptIds.has(p.id))];
}

/** The select-all box's state for the page: checked, mixed (some) or clear. */
export function pageState(selection: readonly Picked[], pageIds: readonly string[]): 'all' | 'some' | 'none' {
  const selected = new Set(selection.map((s) => s.id));
  const count = pageIds.filter((id) => selected.has(id)).length;
  return count === 0 ? 'none' : count === pageIds.length ? 'all' : 'some';
}

// The selection outlives the list page itself (a visit to an influencer and back keeps it) but not the session:
// it belongs to the user who made it and goes when another signs in, and with a reload.
let store: { owner: string | null; items: Picked[] } = { owner: null, items: [] };
const listeners = new Set<() => void>();
const empty: Picked[] = [];

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The user's selection on the list, and a way to change it. */
export function useSelection(owner: string): [Picked[], (change: (items: Picked[]) => Picked[]) => void] {
  const items = useSyncExternalStore(subscribe, () => (store.owner === owner ? store.items : empty));
  const update = useCallback(
    (change: (items: Picked[]) => Picked[]) => {
      store = { owner, items: change(store.owner === owner ? store.items : []) };
      listeners.forEach((listener) => listener());
    },
    [owner],
  );
  return [items, update];
}
