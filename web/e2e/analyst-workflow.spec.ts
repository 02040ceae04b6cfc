import { readFileSync } from 'node:fs';
import type { InfluencerListItem, InfluencersPage, SavedList } from '../src/api/client';
import { handlesShown, rows, signInWithApi } from './catalogue-api';
import { expect, test } from './fixtures';
import { parseCsv } from './lists-api';

// The analyst's whole workflow in one go, on the demo data, through the screens only (issue 21's "must show"):
// sort by engagement rate, shortlist three into a new list, reload and find it, compare them, export the list,
// and read the first card on a phone. Each step is checked against the API's own answer.

test('sort, shortlist, reload, compare, export and read on a phone', async ({ page }) => {
  const api = await signInWithApi(page);

  // 1. Sort by engagement rate: the rows come in the API's order for the same query.
  const sorted = page.waitForResponse((r) => r.url().includes('sort=-engagementRate') && r.ok());
  await page.getByRole('button', { name: 'Engagement rate' }).click();
  await sorted;
  const expected = await api.get<InfluencersPage>('/api/influencers?sort=-engagementRate&page=1&pageSize=20');
  await expect.poll(() => handlesShown(page)).toEqual(expected.items.map((i) => i.handle));

  // 2. Shortlist the top three into a new list.
  const top = expected.items.slice(0, 3);
  for (const item of top) {
    await page.getByLabel(`Select @${item.handle}`).check();
  }
  const bar = page.getByRole('region', { name: 'Selection' });
  await expect(bar).toContainText('3 selected');
  await bar.getByRole('button', { name: 'Add to list' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add 3 influencers to a list' });
  const name = `Shortlist ${Date.now().toString(36)}`;
  await dialog.getByLabel('A new list').check();
  await dialog.getByLabel('Name of the new list').fill(name);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(bar.getByRole('status')).toHaveText(`Added 3 to ${name}.`);

  // 3. Reload, then find the list and its three items on the Lists screens.
  await page.reload();
  await page.getByRole('link', { name: 'Lists', exact: true }).click();
  const saved = page.getByTestId('saved-list').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(saved).toContainText('3 influencers');
  await saved.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(rows(page)).toHaveCount(3);
  const list = (await api.get<{ items: SavedList[] }>('/api/lists')).items.find((l) => l.name === name)!;
  const items = (await api.get<{ items: InfluencerListItem[] }>(`/api/lists/${list.id}/items`)).items;
  expect(items.map((i) => i.id).sort()).toEqual(top.map((i) => i.id).sort());
  await expect(page.locator('tbody tr a.handle')).toHaveText(items.map((i) => `@${i.handle}`));

  // 4. Export the list as CSV: one row per item, as the API lists them.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = parseCsv(readFileSync((await (await downloading).path())!, 'utf8'));
  expect(csv[0]?.slice(0, 5)).toEqual(['id', 'handle', 'platform', 'displayName', 'followers']);
  expect(csv.slice(1).map((r) => [r[0], r[1], Number(r[4])])).toEqual(items.map((i) => [i.id, i.handle, i.followers]));

  // 5. Compare them: three columns, the URL holding the selection.
  await page.getByRole('button', { name: 'Compare all (3)' }).click();
  await expect(page.getByRole('heading', { name: 'Compare influencers', level: 1 })).toBeVisible();
  await expect(page.getByTestId('compare-column')).toHaveCount(3);
  await expect(page).toHaveURL(new RegExp(`/compare\\?ids=${items.map((i) => i.id).join(',')}$`));

  // 6. On a phone the list is cards, and the first card's relevance is on screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('link', { name: 'Influencers', exact: true }).click();
  const card = page.locator('.influencer-card').first();
  await expect(card).toBeVisible();
  const relevance = card.locator('.card-relevance');
  await expect(relevance).toBeVisible();
  const box = (await relevance.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
