import type { Page } from '@playwright/test';
import type { InfluencerListItem, MetricRun, SavedList } from '../src/api/client';
import { apiCaller } from './api-caller';
import { admin, expect, signIn } from './fixtures';

// Helpers of the saved-list tests: the API called with the page's own bearer token, and a CSV reader.

export type Caller = Awaited<ReturnType<typeof signInWithToken>>;

/** Signs in on the page and opens My lists, taking the bearer token from the page's own request for the lists. */
export async function signInWithToken(page: Page, user = admin) {
  await signIn(page, user);
  const asked = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/lists' && r.method() === 'GET');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lists' }).click();
  const authorization = (await (await asked).allHeaders())['authorization'] ?? '';
  await expect(page.getByRole('heading', { name: 'My lists', level: 1 })).toBeVisible();
  const api = apiCaller(page.request, authorization);
  return {
    ...api,
    /** The demo influencers' ids, by handle. */
    ids: async (wanted: string[]) => {
      const ids: string[] = [];
      for (const handle of wanted) {
        const found = await api.get<{ items: InfluencerListItem[] }>(`/api/influencers?search=${encodeURIComponent(handle)}`);
        ids.push(found.items.find((item) => item.handle === handle)!.id);
      }
      return ids;
    },
  };
}

/** A list made through the API holding `ids`, added one request at a time so their order is the order added. */
export async function listWith(api: Caller, name: string, ids: string[]): Promise<SavedList> {
  const list = await api.post<SavedList>('/api/lists', { name });
  for (const id of ids) {
    expect(await api.post<{ added: number }>(`/api/lists/${list.id}/items`, { influencerIds: [id] })).toEqual({ added: 1 });
  }
  return list;
}

/** Manual runs of the influencers, waited for, so each has latest metrics to compare. */
export async function recalculate(api: Caller, ids: string[]) {
  for (const id of ids) {
    const { runId } = await api.post<{ runId: string }>(`/api/influencers/${id}/metrics/recalculate`);
    // Finished by the run log; a later run (of the sign-in's update) may be the latest by then, which is as good.
    await expect(async () => {
      const runs = await api.get<{ items: MetricRun[] }>(`/api/metric-updates?influencerId=${id}&limit=20`);
      expect(runs.items.find((run) => run.id === runId)?.status).toBe('succeeded');
    }).toPass({ timeout: 30_000 });
  }
}

/** RFC 4180 rows: quoted cells may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') {
        i++;
      }
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
