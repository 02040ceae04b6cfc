import { expect, signIn, test } from './fixtures';

// The influencer page's wording: plurals, a failed history said as such (with Retry), platforms without stories;
// and the header on a phone-sized screen.

async function openInfluencer(page: import('@playwright/test').Page, handle: string) {
  await page.getByLabel('Search').fill(handle);
  await expect(page).toHaveURL(new RegExp(`search=${handle.replace('.', '\\.')}`));
  await page.getByRole('link', { name: `@${handle}`, exact: true }).click();
  await expect(page.getByRole('heading', { name: `@${handle}`, level: 1, exact: true })).toBeVisible();
}

test.describe('a history request that fails', () => {
  test.use({ allowConsole: [/status of 500/] });

  test('is said as such, never as "no history yet", and Retry loads it', async ({ page }) => {
    await page.route(/\/metrics\/history\?/, (route) => route.fulfill({ status: 500, contentType: 'application/problem+json', json: { title: 'Server error', status: 500 } }));
    await signIn(page);
    await openInfluencer(page, 'chef.bia');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the history' });
    await expect(alert).toBeVisible();
    await expect(page.getByText('No history yet')).toHaveCount(0);
    await expect(page.getByRole('figure', { name: 'Relevance history' })).toContainText('could not be loaded');

    await page.unroute(/\/metrics\/history\?/);
    const retried = page.waitForResponse((r) => r.url().includes('/metrics/history?'));
    await alert.getByRole('button', { name: 'Retry' }).click();
    expect((await retried).status()).toBe(200);
    await expect(alert).toHaveCount(0);
    await expect(page.getByText('could not be loaded')).toHaveCount(0);
  });
});

test('one calculation is "1 calculation", not "1 calculations"', async ({ page }) => {
  // The server's history, cut to its newest result.
  await page.route(/\/metrics\/history\?/, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    await route.fulfill({ response, json: { items: body.items.slice(0, 1) } });
  });
  await signIn(page);
  await openInfluencer(page, 'chef.bia');
  await page.getByRole('button', { name: 'Recalculate' }).click();
  await expect(page.getByText('Run finished: the figures below are new.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('figure', { name: 'Relevance history' })).toHaveAccessibleDescription(/^1 calculation from /);
});

for (const [handle, platform] of [['gabi.dance', 'TikTok'], ['canaldoteco', 'YouTube']] as const) {
  test(`story figures on ${platform} say it has no stories`, async ({ page }) => {
    await signIn(page);
    await openInfluencer(page, handle);
    await page.getByRole('button', { name: 'Recalculate' }).click();
    await expect(page.getByText('Run finished: the figures below are new.')).toBeVisible({ timeout: 30_000 });
    const reach = page.getByRole('region', { name: 'Reach' });
    for (const label of ['Avg story views', 'Story completion']) {
      await expect(reach.locator('.metric').filter({ hasText: label }).locator('dd')).toHaveText(`no stories on ${platform}`);
    }
  });
}

test('an Instagram account\'s story figures are figures', async ({ page }) => {
  await signIn(page);
  await openInfluencer(page, 'chef.bia');
  await page.getByRole('button', { name: 'Recalculate' }).click();
  await expect(page.getByText('Run finished: the figures below are new.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Reach' })).not.toContainText('no stories');
});

test('the header keeps a long user name whole at 390 px, with every link and no sideways scroll', async ({ page }) => {
  const user = { email: `long.name.${Date.now().toString(36)}@analisaai.test`, password: 'a long enough password', name: 'Maria Fernanda de Albuquerque Cavalcanti' };
  const registered = await page.request.post('/api/auth/register', { data: { email: user.email, password: user.password, displayName: user.name } });
  expect(registered.status()).toBe(201);
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, user);

  const banner = page.getByRole('banner');
  const name = banner.getByText(user.name, { exact: true });
  await expect(name).toBeVisible();
  // Whole: nothing of it is clipped or hidden behind an ellipsis.
  expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth && getComputedStyle(el).textOverflow !== 'ellipsis')).toBe(true);
  for (const link of ['Influencers', 'Lists']) {
    await expect(banner.getByRole('link', { name: link, exact: true })).toBeVisible();
  }
  await expect(banner.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await banner.getByRole('link', { name: 'Lists', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'My lists', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
