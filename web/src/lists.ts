import { maxCompare, minCompare } from './compare';
import { plural } from './format';

/** "black-friday-2026" from "Black Friday 2026!": lower case, accents dropped, anything else a single dash. */
export function slug(name: string): string {
  const text = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return text || 'list';
}

/** "analisaai-black-friday-2026-2026-06-30.csv": the list's name and the reader's own date. */
export function csvFileName(listName: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `analisaai-${slug(listName)}-${day}.csv`;
}

export type CompareChoice = { ids: string[]; label: string } | { ids: null; hint: string };

/**
 * What the list page's Compare button compares: the selected rows when some are ticked, else the whole list;
 * either must hold 2 to 6 influencers, or the button says why it cannot.
 */
export function compareChoice(itemIds: string[], selected: ReadonlySet<string>): CompareChoice {
  const chosen = itemIds.filter((id) => selected.has(id));
  if (chosen.length > 0) {
    return chosen.length >= minCompare && chosen.length <= maxCompare
      ? { ids: chosen, label: `Compare selected (${chosen.length})` }
      : { ids: null, hint: `${plural(chosen.length, 'influencer')} selected: select ${minCompare} to ${maxCompare} to compare them.` };
  }
  if (itemIds.length < minCompare) {
    return { ids: null, hint: `A comparison takes ${minCompare} to ${maxCompare} influencers: add more to this list.` };
  }
  if (itemIds.length > maxCompare) {
    return { ids: null, hint: `Select ${minCompare} to ${maxCompare} of these influencers to compare them.` };
  }
  return { ids: itemIds, label: `Compare all (${itemIds.length})` };
}
