import { expectAccessible } from './axe';
import { expect, signIn, test } from './fixtures';

// axe-core on every screen: any serious or critical violation fails the suite.

test('the sign-in screen has no serious accessibility violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);
});

test('the influencers list has no serious accessibility violation', async ({ page }) => {
  await signIn(page);
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await expectAccessible(page, { hover: 'header button' });
});

test('an influencer page has no serious accessibility violation', async ({ page }) => {
  await signIn(page);
  await page.getByLabel('Search').fill('chef.bia');
  await expect(page).toHaveURL(/search=chef\.bia/);
  await page.getByRole('link', { name: '@chef.bia', exact: true }).click();
  await expect(page.getByRole('figure', { name: 'Followers history' })).toBeVisible();
  await expectAccessible(page, { hover: 'button.primary, button' });
});

test('the metric updates screen has no serious accessibility violation', async ({ page }) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Metric updates' }).click();
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await expectAccessible(page);
});

test('my lists, a list and the compare page have no serious accessibility violation', async ({ page }) => {
  await signIn(page);
  const asked = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/lists');
  await page.getByRole('link', { name: 'Lists', exact: true }).click();
  const headers = { authorization: (await (await asked).allHeaders())['authorization'] ?? '' };
  const ids: string[] = [];
  for (const handle of ['chef.bia', 'gabi.dance']) {
    const found = await (await page.request.get(`/api/influencers?search=${handle}`, { headers })).json();
    ids.push(found.items[0].id);
  }
  const list = await (await page.request.post('/api/lists', { headers, data: { name: `Axe ${Date.now().toString(36)}` } })).json();
  await page.request.post(`/api/lists/${list.id}/items`, { headers, data: { influencerIds: ids } });

  await page.reload();
  await expect(page.getByRole('link', { name: list.name, exact: true })).toBeVisible();
  await expectAccessible(page, { hover: 'button.danger' });

  await page.getByRole('link', { name: list.name, exact: true }).click();
  await expect(page.locator('tbody tr')).toHaveCount(2);
  await expectAccessible(page, { hover: 'tbody button' });

  await page.getByRole('button', { name: 'Compare all (2)' }).click();
  await expect(page.getByTestId('compare-column')).toHaveCount(2);
  await expect(page.getByTestId('sparkline')).toHaveCount(2);
  await expectAccessible(page);
});
