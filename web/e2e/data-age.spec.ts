import { expect, signIn, test } from './fixtures';

// How old the data is, beside when it was calculated (docs/api.md: `dataAsOf`, `dataTargetSeconds`).

test('an influencer page shows how old its data is beside when it was calculated', async ({ page }) => {
  await signIn(page);
  await page.getByLabel('Sort by').selectOption('-updatedAt');
  // The sign-in's runs may still be going: reload until the newest row has been calculated.
  await expect(async () => {
    await page.reload();
    await expect(page.locator('tbody tr').first().getByRole('cell').nth(10)).toHaveText(/ago|just now/, { timeout: 1_000 });
  }).toPass();
  await page.locator('tbody tr').first().getByRole('link').click();

  // The demo's data was ingested when the app started: within the viewed influencer's one-hour target.
  const status = page.getByRole('region', { name: 'Last update' });
  await expect(status).toContainText(/Data (new|\d+ (s|min) old) · calculated (just now|\d+ (s|min) ago)/);
  await expect(status).not.toContainText('target');
});

test('data older than its target is marked in words, on the page and in the list', async ({ page }) => {
  // The server's answers, aged: data three hours old against the one-hour target they carry.
  const threeHoursAgo = new Date(Date.now() - 3 * 3600_000).toISOString();
  const age = (item: Record<string, unknown>) => ({ ...item, dataAsOf: threeHoursAgo, dataTargetSeconds: 3600 });
  await page.route(/\/api\/influencers(\/[0-9a-f-]{36})?(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    await route.fulfill({ response, json: 'items' in body ? { ...body, items: body.items.map(age) } : age(body) });
  });
  await signIn(page);

  await expect(page.getByRole('columnheader', { name: 'Data as of' })).toBeVisible();
  const firstRow = page.locator('tbody tr').first();
  await expect(firstRow).toContainText('3 h old');
  await expect(firstRow.getByText('stale', { exact: true })).toHaveAttribute('title', 'Data older than its 1 h target');

  await firstRow.getByRole('link').click();
  const status = page.getByRole('region', { name: 'Last update' });
  await expect(status).toContainText('Data 3 h old');
  await expect(status.getByText('older than its 1 h target')).toBeVisible();
});

test('the list sorts by data age through the API', async ({ page }) => {
  await signIn(page);
  const sorted = page.waitForRequest((r) => r.url().includes('sort=-dataAsOf'));
  await page.getByRole('button', { name: 'Data as of' }).click();
  const response = await (await sorted).response();
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('columnheader', { name: 'Data as of' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=-dataAsOf/);
});
