import { readFileSync } from 'node:fs';
import type { InfluencerListItem, InfluencersPage, SavedList } from '../src/api/client';
import { handlesShown, rows, signInWithApi } from './catalogue-api';
import { expect, signIn, test } from './fixtures';
import { parseCsv } from './lists-api';

// The analyst's workflow on the list page (docs/api.md: the list row, Export, Saved lists): sorts and filters
// checked against the API's own answers, the live "updating…", selection into a saved list, the CSV export, phones.

test('sorting by engagement rate, descending, gives the API\'s own order', async ({ page }) => {
  const api = await signInWithApi(page);

  const sorted = page.waitForResponse((r) => r.url().includes('sort=-engagementRate') && r.ok());
  await page.getByRole('button', { name: 'Engagement rate' }).click();
  await sorted;
  await expect(page.getByRole('columnheader', { name: 'Engagement rate' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=-engagementRate/);

  const expected = await api.get<InfluencersPage>('/api/influencers?sort=-engagementRate&page=1&pageSize=20');
  await expect.poll(() => handlesShown(page)).toEqual(expected.items.map((i) => i.handle));
  const rates = expected.items.map((i) => i.metrics?.engagement.engagementRate).filter((r): r is number => r !== null && r !== undefined);
  expect(rates).toEqual([...rates].sort((a, b) => b - a));

  // Every numeric column sorts through its header, both ways, and the select follows.
  for (const [name, key] of [
    ['Relevance', 'relevance'],
    ['Followers', 'followers'],
    ['30-day growth', 'growth30'],
    ['ER percentile', 'erPercentile'],
    ['Updated', 'updatedAt'],
    ['Data as of', 'dataAsOf'],
  ] as const) {
    for (const [direction, sort] of [
      ['descending', `-${key}`],
      ['ascending', key],
    ] as const) {
      const answered = page.waitForResponse((r) => new URL(r.url()).searchParams.get('sort') === sort && r.url().includes('/api/influencers?'));
      await page.getByRole('button', { name, exact: true }).click();
      expect((await answered).status(), sort).toBe(200);
      await expect(page.getByRole('columnheader', { name, exact: true })).toHaveAttribute('aria-sort', direction);
      await expect(page.getByLabel('Sort by')).toHaveValue(sort);
    }
  }
});

test('range filters narrow the list as the API does, and stay in the URL', async ({ page }) => {
  const api = await signInWithApi(page);

  await page.getByLabel('Min followers').fill('20000');
  await page.getByLabel('Max followers').fill('200000');
  await page.getByLabel('Min engagement rate (%)').fill('1');
  await expect(page).toHaveURL(/minFollowers=20000/);
  await expect(page).toHaveURL(/maxFollowers=200000/);
  await expect(page).toHaveURL(/minEngagementRate=1/);

  const expected = await api.get<InfluencersPage>('/api/influencers?minFollowers=20000&maxFollowers=200000&minEngagementRate=1&pageSize=20');
  expect(expected.totalCount).toBeGreaterThan(0);
  for (const item of expected.items) {
    expect(item.followers).toBeGreaterThanOrEqual(20000);
    expect(item.followers).toBeLessThanOrEqual(200000);
    expect(item.metrics?.engagement.engagementRate).toBeGreaterThanOrEqual(1);
  }
  await expect.poll(() => handlesShown(page)).toEqual(expected.items.map((i) => i.handle));
  await expect(page.getByText(`${expected.totalCount} tracked`)).toBeVisible();

  // The filters survive a reload: they are in the URL.
  await page.reload();
  await expect(page.getByLabel('Min followers')).toHaveValue('20000');
  await expect(rows(page)).toHaveCount(expected.items.length);
});

test('relevance shows how many of its components came from data', async ({ page }) => {
  const api = await signInWithApi(page);
  // The sign-in's own runs give some influencers results; wait until the newest has them.
  await page.getByLabel('Sort by').selectOption('-updatedAt');
  let listed: InfluencerListItem[] = [];
  await expect(async () => {
    listed = (await api.get<InfluencersPage>('/api/influencers?sort=-updatedAt&pageSize=20')).items;
    expect(listed[0]?.metrics).toBeTruthy();
  }).toPass({ timeout: 30_000 });
  await page.reload();

  const item = listed[0]!;
  const label = item.knownComponents >= 5 ? '5 of 5 components from data' : `${item.knownComponents} of 5 components from data; the rest estimated at 50`;
  const row = rows(page).filter({ has: page.getByRole('link', { name: `@${item.handle}`, exact: true }) });
  await expect(row.getByRole('img', { name: label })).toHaveText(`${item.knownComponents}/5`);
  expect(item.knownComponents).toBe(5 - item.metrics!.relevance.estimatedComponents.length);

  // The low-confidence toggle only matters under the relevance sort, and is sent only when switched off.
  const toggle = page.getByLabel('Low-confidence rows last');
  await expect(toggle).toBeDisabled();
  await page.getByLabel('Sort by').selectOption('-relevance');
  await expect(toggle).toBeChecked();
  const unordered = page.waitForRequest((r) => r.url().includes('lowConfidenceLast=false'));
  // A click, not uncheck(): the box follows the URL, which the router updates a moment after the click.
  await toggle.click();
  expect((await (await unordered).response())?.status()).toBe(200);
  await expect(toggle).not.toBeChecked();
  await expect(page).toHaveURL(/lowConfidenceLast=false/);
});

test('a row says "updating…" while its run is pending, and shows the time when it is done, without a reload', async ({ page }) => {
  const api = await signInWithApi(page);
  const all = (await api.get<InfluencersPage>('/api/influencers?sort=handle&pageSize=100')).items;
  const target = all.at(-1)!;
  const row = rows(page).filter({ has: page.getByRole('link', { name: `@${target.handle}`, exact: true }) });

  // Manual runs go oldest first, a few at a time: queued behind every other influencer, the target's run waits
  // long enough for the page to see it pending. Should it finish first anyway, queue them again.
  await expect(async () => {
    for (const item of all) {
      await api.post(`/api/influencers/${item.id}/metrics/recalculate`);
    }
    await page.goto(`/?search=${encodeURIComponent(target.handle)}`);
    await expect(row.getByText('updating…')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(row.getByText('never')).toHaveCount(0);

  // Selected and focused, the row's checkbox stays so through the quiet refreshes.
  const box = row.getByRole('checkbox');
  await box.check();
  await expect(box).toBeFocused();
  let loads = 0;
  page.on('load', () => loads++);

  await expect(row.getByText('updating…')).toHaveCount(0, { timeout: 60_000 });
  await expect(row.locator('time').first()).toHaveText(/just now|ago/);
  expect(loads).toBe(0);
  await expect(box).toBeChecked();
  await expect(box).toBeFocused();

  // With nothing pending, the page stops asking.
  let later = 0;
  page.on('request', (r) => {
    if (r.url().includes('/api/influencers?')) {
      later++;
    }
  });
  await page.waitForTimeout(4_000);
  expect(later).toBe(0);
});

test('three rows selected across pages go into a new list', async ({ page }) => {
  const api = await signInWithApi(page);
  const name = `Campaign ${Date.now()}`;

  await rows(page).nth(0).getByRole('checkbox').check();
  await rows(page).nth(1).getByRole('checkbox').check();
  const picked = (await handlesShown(page)).slice(0, 2);
  // The pager says "Page 2" at once; the rows follow with the answer.
  const second = page.waitForResponse((r) => r.url().includes('/api/influencers?') && r.url().includes('page=2') && r.ok());
  await page.getByRole('button', { name: 'Next' }).click();
  await second;
  await expect(rows(page).first()).not.toContainText(`@${picked[0]}`);
  await expect(page.locator('tbody input:checked')).toHaveCount(0);
  await rows(page).nth(0).getByRole('checkbox').check();
  picked.push((await handlesShown(page))[0]!);

  // Filters change nothing in the selection either.
  await page.getByLabel('Platform').selectOption('youtube');
  const bar = page.getByRole('region', { name: 'Selection' });
  await expect(bar).toContainText('3 selected');
  await expect(bar.getByRole('button', { name: 'Compare' })).toBeEnabled();

  await bar.getByRole('button', { name: 'Add to list' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add 3 influencers to a list' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('A new list').check();
  await dialog.getByLabel('Name of the new list').fill(name);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();

  await expect(dialog).toHaveCount(0);
  await expect(bar.getByRole('status')).toHaveText(`Added 3 to ${name}.`);
  const link = bar.getByRole('link', { name });
  await expect(link).toHaveAttribute('href', /^\/lists\/[0-9a-f-]{36}$/);
  const id = (await link.getAttribute('href'))!.split('/').at(-1)!;

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Influencers', level: 1 })).toBeVisible();
  const lists = (await api.get<{ items: SavedList[] }>('/api/lists')).items;
  expect(lists.find((l) => l.id === id)).toMatchObject({ name, itemCount: 3 });
  const items = (await api.get<{ items: InfluencerListItem[] }>(`/api/lists/${id}/items`)).items;
  expect(items.map((i) => i.handle).sort()).toEqual([...picked].sort());
});

test('Compare takes 2 to 6 selected and opens the comparison; the selection can be cleared', async ({ page }) => {
  await signIn(page);
  const bar = page.getByRole('region', { name: 'Selection' });
  await rows(page).nth(0).getByRole('checkbox').check();
  await expect(bar.getByRole('button', { name: 'Compare' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await expect(bar).toContainText('20 selected');
  await expect(bar.getByRole('button', { name: 'Compare' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Select all on this page' }).uncheck();
  await expect(bar).toHaveCount(0);

  const ids: string[] = [];
  for (const n of [2, 0, 1]) {
    await rows(page).nth(n).getByRole('checkbox').check();
    ids.push((await rows(page).nth(n).getByRole('link').getAttribute('href'))!.split('/').at(-1)!);
  }
  await expect(page.getByRole('checkbox', { name: 'Select all on this page' })).toHaveJSProperty('indeterminate', true);
  await bar.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(`/compare?ids=${ids.join(',')}`);

  await page.goBack();
  await expect(bar).toContainText('3 selected');
  await bar.getByRole('button', { name: 'Clear selection' }).click();
  await expect(bar).toHaveCount(0);
  await expect(page.locator('tbody').getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('Export CSV downloads the rows of the current filters and sort', async ({ page }) => {
  const api = await signInWithApi(page);
  await page.getByLabel('Platform').selectOption('instagram');
  await page.getByRole('button', { name: 'Followers', exact: true }).click();
  await expect(page).toHaveURL(/sort=-followers/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^analisaai-influencers-\d{4}-\d{2}-\d{2}\.csv$/);
  const table = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''));
  const [header, ...lines] = table;
  expect(header!.slice(0, 6)).toEqual(['id', 'handle', 'platform', 'displayName', 'followers', 'relevance']);

  const expected = await api.get<InfluencersPage>('/api/influencers?platform=instagram&sort=-followers&pageSize=100');
  expect(lines.map((l) => l[1])).toEqual(expected.items.map((i) => i.handle));
  expect(lines.map((l) => l[0])).toEqual(expected.items.map((i) => i.id));
  expect(lines.map((l) => Number(l[4]))).toEqual(expected.items.map((i) => i.followers));
  expect(lines.every((l) => l[2] === 'instagram')).toBe(true);
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
});

test('on a 390 px phone the list is cards, the first one\'s relevance in view, with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);

  const cards = page.locator('.influencer-card');
  await expect(cards).toHaveCount(20);
  await expect(page.locator('table')).toHaveCount(0);
  const first = cards.first();
  for (const label of ['Relevance', 'Engagement rate', 'Followers', 'Data']) {
    await expect(first.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(first.getByRole('link', { name: /^@/ })).toBeVisible();
  await expect(first.getByRole('checkbox')).toBeVisible();

  const relevance = first.locator('.card-relevance dd');
  const box = (await relevance.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The other filters fold away behind one button.
  await expect(page.getByLabel('Platform')).toBeHidden();
  await page.getByRole('button', { name: 'Filters and sort' }).click();
  await page.getByLabel('Platform').selectOption('tiktok');
  await expect(cards).toHaveCount(6);
  await expect(page.getByRole('button', { name: 'Filters and sort (1 set)' })).toHaveAttribute('aria-expanded', 'true');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // At 1280 the table is back.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(rows(page)).toHaveCount(6);
});
