import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Influencer, InfluencerListItem, SavedList } from '../src/api/client';
import { admin, analyst, expect, signIn, test } from './fixtures';
import { listWith, parseCsv, recalculate, signInWithToken } from './lists-api';

// Saved lists, their CSV export and the compare page (docs/api.md: "Saved lists", "Export"), and the influencer
// page's heading and estimated relevance components, against the real API. Expectations are written out here from
// the contract, not taken from the app's own helpers.

/** Three demo influencers on three platforms, in the order the tests add them (neither by name nor by relevance). */
const handles = ['portal.sabor', 'chef.bia', 'gabi.dance'];
const csvColumns = ['id', 'handle', 'platform', 'displayName', 'followers', 'relevance', 'engagementRate', 'engagementRatePublic', 'erPercentile', 'followerTier', 'growthRate30', 'raisedFlags', 'dataAsOf', 'calculatedAt'];

/** The indexes of a row's best values, by the page's stated rule: highest (or lowest), ties all, unknown never, two known at least. */
function expectedBest(values: (number | null)[], better: 'higher' | 'lower'): number[] {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) {
    return [];
  }
  const best = better === 'higher' ? Math.max(...known) : Math.min(...known);
  const tie = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return values.flatMap((v, i) => (v !== null && tie(v, best) ? [i] : []));
}

test('a list created on the page keeps the influencers added to it, in order, after a reload', async ({ page }) => {
  const api = await signInWithToken(page);
  const name = `Shortlist ${Date.now().toString(36)}`;
  await page.getByLabel('New list name').fill(name);
  await page.getByRole('button', { name: 'Create list' }).click();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();

  const list = (await api.get<{ items: SavedList[] }>('/api/lists')).items.find((l) => l.name === name)!;
  const ids = await api.ids(handles);
  for (const id of ids) {
    await api.post(`/api/lists/${list.id}/items`, { influencerIds: [id] });
  }

  await page.reload();
  const row = page.getByTestId('saved-list').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(row).toContainText('3 influencers');
  // Newest first: the list just made is on top.
  await expect(page.getByTestId('saved-list').first()).toContainText(name);
  await row.getByRole('link', { name, exact: true }).click();

  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.locator('tbody tr a.handle')).toHaveText(handles.map((h) => `@${h}`));
  for (const column of ['Handle', 'Platform', 'Relevance', 'Engagement rate', 'Followers', 'Tier', 'ER percentile', 'Data age']) {
    await expect(page.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Compare all (3)' })).toBeEnabled();

  // On a phone only the table scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('tbody tr')).toHaveCount(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('a list page compares its influencers, one column each, with the best of each row as the API\'s numbers say', async ({ page }) => {
  const api = await signInWithToken(page);
  const ids = await api.ids(handles);
  await recalculate(api, ids);
  const list = await listWith(api, `Compare ${Date.now().toString(36)}`, ids);

  await page.goto(`/lists/${list.id}`);
  // The API's answers the compare page reads, so the check holds whatever run lands meanwhile.
  const answers = ids.map((id) => page.waitForResponse((r) => new URL(r.url()).pathname === `/api/influencers/${id}` && r.ok()));
  await page.getByRole('button', { name: 'Compare all (3)' }).click();
  const people = await Promise.all(answers.map(async (answer) => (await (await answer).json()) as Influencer));
  await expect(page).toHaveURL(new RegExp(`/compare\\?ids=${ids.join(',')}$`));
  await expect(page.getByRole('heading', { name: 'Compare influencers', level: 1 })).toBeVisible();
  const columns = page.getByTestId('compare-column');
  await expect(columns).toHaveCount(3);
  for (const [i, person] of people.entries()) {
    await expect(columns.nth(i)).toContainText(`@${person.handle}`);
  }
  await expect(page.getByTestId('sparkline')).toHaveCount(3);

  const m = people.map((person) => person.metrics!);
  const rows: { label: string; better: 'higher' | 'lower'; values: (number | null)[] }[] = [
    { label: 'Overall', better: 'higher', values: m.map((x) => x.relevance.overall) },
    { label: 'Engagement rate', better: 'higher', values: m.map((x) => x.engagement.engagementRate) },
    { label: 'Followers', better: 'higher', values: m.map((x) => x.growth.followers) },
    { label: 'Growth, 30 days', better: 'higher', values: m.map((x) => x.growth.growthRate30) },
    { label: 'Churn, 30 days', better: 'lower', values: m.map((x) => x.growth.churnRate30) },
    { label: 'Days since last post', better: 'lower', values: m.map((x) => x.engagement.daysSinceLastPost) },
    // TikTok has no stories: its value never counts, whatever the API holds.
    { label: 'Avg story views', better: 'higher', values: m.map((x, i) => (people[i]!.platform === 'tiktok' || x.reach.avgStoryViews === null ? null : Math.round(x.reach.avgStoryViews))) },
  ];
  for (const row of rows) {
    // The row says which way is better, in words.
    const tr = page.locator('tr').filter({ has: page.getByRole('rowheader', { name: `${row.label} ${row.better} is better`, exact: true }) });
    await expect(tr).toHaveCount(1);
    const marked = await tr.locator('td').evaluateAll((cells) => cells.flatMap((cell, i) => (cell.textContent?.includes('best') ? [i] : [])));
    expect(marked, row.label).toEqual(expectedBest(row.values, row.better));
  }
  // The overall relevance is known for every column, so its row has a best.
  expect(expectedBest(rows[0]!.values, 'higher').length).toBeGreaterThan(0);
  const tiktok = people.findIndex((person) => person.platform === 'tiktok');
  const stories = page.locator('tr').filter({ has: page.getByRole('rowheader', { name: 'Avg story views higher is better', exact: true }) });
  await expect(stories.locator('td').nth(tiktok)).toHaveText('no stories on TikTok');

  // A selection of two compares those two, in list order.
  await page.goto(`/lists/${list.id}`);
  await page.getByLabel(`Select @${handles[2]}`).check();
  await page.getByLabel(`Select @${handles[0]}`).check();
  await page.getByRole('button', { name: 'Compare selected (2)' }).click();
  await expect(page).toHaveURL(new RegExp(`/compare\\?ids=${ids[0]},${ids[2]}$`));
  await expect(page.getByTestId('compare-column')).toHaveCount(2);
});

test('a list exports as CSV with the rows the API lists, under the list\'s name and today\'s date', async ({ page }) => {
  const api = await signInWithToken(page);
  const ids = await api.ids(handles);
  const list = await listWith(api, `Black Friday ${Date.now().toString(36)}!`, ids);
  const items = (await api.get<{ items: InfluencerListItem[] }>(`/api/lists/${list.id}/items`)).items;

  await page.goto(`/lists/${list.id}`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;

  const now = new Date();
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const slug = list.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  expect(download.suggestedFilename()).toBe(`analisaai-${slug}-${day}.csv`);

  const rows = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''));
  expect(rows[0]).toEqual(csvColumns);
  const body = rows.slice(1);
  expect(body.map((r) => r[0])).toEqual(items.map((item) => item.id));
  expect(body.map((r) => r[1])).toEqual(items.map((item) => item.handle));
  expect(body.map((r) => r[2])).toEqual(items.map((item) => item.platform));
  expect(body.map((r) => Number(r[4]))).toEqual(items.map((item) => item.followers));
});

test.describe('someone else\'s list', () => {
  test.use({ allowConsole: [/status of 404/] });

  test('the demo analyst opening the admin\'s list is told it does not exist or is not theirs', async ({ page }) => {
    const api = await signInWithToken(page, admin);
    const list = await listWith(api, `Private ${Date.now().toString(36)}`, (await api.ids(handles)).slice(0, 1));
    // The sign-in page shows before the logout's answer clears the session's cookies; a page loaded in between
    // would try to refresh with them and meet a 401.
    const logout = page.waitForResponse((r) => r.url().includes('/api/auth/logout'));
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    expect((await logout).status()).toBe(204);

    await signIn(page, analyst);
    await page.goto(`/lists/${list.id}`);
    await expect(page.getByRole('heading', { name: 'List not found', level: 1 })).toBeVisible();
    await expect(page.getByTestId('list-not-found')).toContainText('This list does not exist or is not yours.');
    await expect(page.getByText(list.name)).toHaveCount(0);
  });
});

/** The sentence the page owes for these estimated components, written out from docs/metrics.md (a null counts as 50). */
function estimatedSentence(estimated: string[]): string {
  if (estimated.length === 0) {
    return 'No component was estimated: all five come from data.';
  }
  const names: Record<string, string> = { engagement: 'engagement', reach: 'reach', growth: 'growth', consistency: 'consistency', audienceQuality: 'audience quality' };
  const words = estimated.map((c) => names[c]!);
  const joined = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
  const subject = joined.charAt(0).toUpperCase() + joined.slice(1);
  return estimated.length === 1 ? `${subject} was estimated: no data, so it counted as 50 of 100.` : `${subject} were estimated: no data, so each counted as 50 of 100.`;
}

/** Opens an influencer found by handle, runs it, and returns the influencer as the page read it after the run. */
async function openAndRun(page: Page, handle: string): Promise<Influencer> {
  await page.getByLabel('Search').fill(handle);
  await expect(page).toHaveURL(new RegExp(`search=${handle.replaceAll('.', '\\.')}`));
  await page.getByRole('link', { name: `@${handle}`, exact: true }).click();
  await expect(page.getByRole('heading', { name: `@${handle}`, level: 1, exact: true })).toBeVisible();
  // The page reads the influencer again when its run finishes.
  const reloaded = page.waitForResponse((r) => /\/api\/influencers\/[0-9a-f-]{36}$/.test(r.url()) && r.ok());
  await page.getByRole('button', { name: 'Recalculate' }).click();
  await expect(page.getByText('Run finished: the figures below are new.')).toBeVisible({ timeout: 30_000 });
  const influencer = (await (await reloaded).json()) as Influencer;
  expect(influencer.metrics).not.toBeNull();
  return influencer;
}

test('the influencer page names @chef.bia and says which relevance components were estimated', async ({ page }) => {
  await signIn(page);
  const influencer = await openAndRun(page, 'chef.bia');
  await expect(page.getByTestId('estimated-components')).toHaveText(estimatedSentence(influencer.metrics!.relevance.estimatedComponents));
});

test('an influencer with little data is told which components were estimated and counted as 50', async ({ page }) => {
  const api = await signInWithToken(page);
  // Three posts without reach and no daily snapshots: reach and growth have no data (docs/metrics.md, stage 4).
  const handle = `sparse_${Date.now().toString(36)}`;
  const created = await api.post<Influencer>('/api/influencers', { handle, platform: 'instagram', followers: 5_000, following: 300 });
  try {
    const now = Date.now();
    await api.post(`/api/influencers/${created.id}/posts`, {
      items: [1, 2, 4].map((n) => ({ externalId: `p${n}`, publishedAt: new Date(now - n * 86_400_000).toISOString(), contentType: 'image', likes: 200 + n, comments: 10 })),
    });
    await page.goto('/');
    const influencer = await openAndRun(page, handle);
    const estimated = influencer.metrics!.relevance.estimatedComponents;
    expect(estimated).toEqual(expect.arrayContaining(['reach', 'growth']));
    await expect(page.getByTestId('estimated-components')).toHaveText(estimatedSentence(estimated));
  } finally {
    // The catalogue the other tests see stays the demo's.
    expect((await page.request.delete(`/api/influencers/${created.id}`, { headers: api.headers })).status()).toBe(204);
  }
});

test.describe('a compare link that cannot be compared', () => {
  test.use({ allowConsole: [/status of 404/] });

  test('says why: too few ids, too many, or an id no influencer has', async ({ page }) => {
    const api = await signInWithToken(page);
    const [a, b] = await api.ids(handles.slice(0, 2));
    const problem = page.getByTestId('compare-problem');

    await page.goto(`/compare?ids=${a}`);
    await expect(problem).toContainText('This link names only 1 influencer: a comparison takes 2 to 6.');
    await page.goto('/compare');
    await expect(problem).toContainText('Choose 2 to 6 influencers to compare');
    const seven = Array.from({ length: 7 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
    await page.goto(`/compare?ids=${seven.join(',')}`);
    await expect(problem).toContainText('This link names 7 influencers: a comparison takes at most 6.');
    await page.goto(`/compare?ids=${a},not-an-id`);
    await expect(problem).toContainText('“not-an-id” is not an influencer id');

    const unknown = '00000000-0000-4000-8000-000000000000';
    await page.goto(`/compare?ids=${a},${b},${unknown}`);
    await expect(problem).toContainText(`No influencer has the id ${unknown}`);
    await expect(page.getByTestId('compare-column')).toHaveCount(0);
  });
});
