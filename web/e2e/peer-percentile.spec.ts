import type { APIRequestContext } from '@playwright/test';
import type { Metrics } from '../src/api/client';
import { apiCaller } from './api-caller';
import { admin, expect, signIn, test } from './fixtures';

// A real percentile on the influencer page: the demo has at most 6 accounts per platform, fewer than the 10 peers a
// percentile needs, so this test adds 11 mega Facebook accounts through the API, ranks the last one among them and
// checks the page's sentence against the rule of docs/metrics.md ("Stage 5: benchmark") worked out here.

const tie = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function percentileRank(x: number, values: number[]): number {
  const ties = values.filter((v) => tie(v, x)).length;
  const below = values.filter((v) => v < x && !tie(v, x)).length;
  return (100 * (below + ties / 2)) / values.length;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The result as of `at`: the newest with calculatedAt <= at, ties going to the greater runId. */
function asOf(history: Metrics[], at: string): Metrics | undefined {
  return history
    .filter((m) => Date.parse(m.calculatedAt) <= Date.parse(at))
    .sort((a, b) => Date.parse(b.calculatedAt) - Date.parse(a.calculatedAt) || (a.runId < b.runId ? 1 : -1))[0];
}

async function adminApi(request: APIRequestContext) {
  const login = await request.post('/api/auth/login', { data: { email: admin.email, password: admin.password } });
  expect(login.status()).toBe(200);
  const api = apiCaller(request, `Bearer ${(await login.json()).accessToken as string}`);
  return {
    ...api,
    /** Asks for a manual run and waits until it is the influencer's latest result. */
    recalculate: async (id: string): Promise<Metrics> => {
      const { runId } = await api.post<{ runId: string }>(`/api/influencers/${id}/metrics/recalculate`);
      let latest: Metrics | undefined;
      await expect(async () => {
        const answer = await request.get(`/api/influencers/${id}/metrics`, { headers: api.headers });
        latest = answer.ok() ? ((await answer.json()) as Metrics) : undefined;
        expect(latest?.runId).toBe(runId);
      }).toPass({ timeout: 30_000 });
      return latest!;
    },
  };
}

const added: string[] = [];
test.afterEach(async ({ request }) => {
  // The catalogue the other tests see stays the demo's.
  const api = await adminApi(request);
  for (const id of added.splice(0)) {
    await api.delete(`/api/influencers/${id}`);
  }
});

test('the percentile sentence ranks an influencer among ten peers by the rule', async ({ page }) => {
  const api = await adminApi(page.request);
  const suffix = Date.now().toString(36);
  const now = Date.now();
  // Likes per post for the peers: two tie (exercising the half count of ties) and the target ties neither.
  const likes = [21_000, 34_000, 34_000, 47_000, 52_000, 58_000, 63_000, 71_000, 88_000, 96_000, 60_000];
  const ids: string[] = [];
  for (const [i, perPost] of likes.entries()) {
    const created = await api.post<{ id: string }>('/api/influencers', {
      handle: `peer_${suffix}_${i}`,
      platform: 'facebook',
      displayName: `Peer ${i}`,
      followers: 2_000_000 + i * 10_000,
    });
    await api.post(`/api/influencers/${created.id}/posts`, {
      items: [1, 2, 3].map((n) => ({
        externalId: `p${n}`,
        publishedAt: new Date(now - n * 86_400_000).toISOString(),
        contentType: 'image',
        likes: perPost,
        comments: 1_000 * n,
      })),
    });
    ids.push(created.id);
    added.push(created.id);
  }
  const target = ids.at(-1)!;
  for (const id of ids.slice(0, -1)) {
    await api.recalculate(id);
  }
  const mine = await api.recalculate(target);

  // Every other Facebook account's result as of this run, by the rule, from the API's history.
  const facebook = await api.get<{ items: { id: string }[] }>('/api/influencers?platform=facebook&pageSize=100');
  const values: number[] = [];
  for (const { id } of facebook.items.filter((item) => item.id !== target)) {
    const history = await api.get<{ items: Metrics[] }>(`/api/influencers/${id}/metrics/history?limit=500`);
    const result = asOf(history.items, mine.calculatedAt);
    const followers = result?.growth.followers ?? 0;
    if (result && followers >= 1_000_000 && result.engagement.engagementRatePublic !== null) {
      values.push(result.engagement.engagementRatePublic);
    }
  }
  expect(values.length).toBeGreaterThanOrEqual(10);
  const rate = mine.engagement.engagementRatePublic!;
  const expected =
    `Comparable engagement ${rate.toFixed(2)} % (likes and comments over the 3 newest posts): ` +
    `better than ${Math.round(percentileRank(rate, values))} % of ${values.length} mega Facebook accounts; ` +
    `median ${median(values).toFixed(2)} %.`;

  await signIn(page);
  await page.getByLabel('Search').fill(`peer_${suffix}_10`);
  await expect(page).toHaveURL(new RegExp(`search=peer_${suffix}_10`));
  const row = page.locator('tbody tr').filter({ hasText: `@peer_${suffix}_10` });
  await expect(row.locator('td').nth(7)).toHaveText('mega');
  await expect(row.locator('td').nth(8)).toHaveText(ordinal(Math.round(percentileRank(rate, values))));
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { name: `@peer_${suffix}_10`, level: 1, exact: true })).toBeVisible();
  await expect(page.getByTestId('benchmark-engagement')).toHaveText(expected);
});
