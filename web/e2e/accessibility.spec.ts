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

test('the influencers list on a 390 px phone has no serious accessibility violation', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await expect(page.locator('.influencer-card').first()).toBeVisible();
  await page.locator('.influencer-card').first().getByRole('checkbox').check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Filters and sort' }).click();
  await expect(page.getByLabel('Platform')).toBeVisible();
  await expectAccessible(page);
});

test('the selection bar and the Add to list dialog have no serious accessibility violation', async ({ page }) => {
  await signIn(page);
  for (const n of [0, 1, 2]) {
    await page.locator('tbody tr').nth(n).getByRole('checkbox').check();
  }
  const bar = page.getByRole('region', { name: 'Selection' });
  await expect(bar).toContainText('3 selected');
  await expectAccessible(page, { hover: '.selection-bar button' });

  await bar.getByRole('button', { name: 'Add to list' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add 3 influencers to a list' });
  await expect(dialog.getByLabel('A new list')).toBeVisible();
  await dialog.getByLabel('A new list').check();
  await expect(dialog.getByLabel('Name of the new list')).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(bar.getByRole('button', { name: 'Add to list' })).toBeFocused();
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

test('the account page, with its confirmation dialog, has no serious accessibility violation', async ({ page }) => {
  await signIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
  await expect(page.getByTestId('session').first()).toBeVisible();
  await expectAccessible(page, { hover: 'button.danger' });
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Sign out everywhere?' })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
});

test('the account page on a 390 px phone fits the screen and has no serious accessibility violation', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
  await expect(page.getByTestId('session').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});

test('the users page, with a new invitation’s link, has no serious accessibility violation', async ({ page }) => {
  await signIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await expectAccessible(page, { hover: 'tbody button' });
  const form = page.getByRole('form', { name: 'Invite someone' });
  await form.getByLabel('Email').fill(`axe-${Date.now().toString(36)}@example.com`);
  await form.getByRole('button', { name: 'Create invitation' }).click();
  await expect(page.getByText('It will not be shown again.')).toBeVisible();
  await expect(page.getByTestId('invitation').first()).toBeVisible();
  await expectAccessible(page);
});

test('the users page on a 390 px phone has no serious accessibility violation', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.locator('.user-card').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});

test('the register page, with an error, has no serious accessibility violation', async ({ page }) => {
  await page.goto('/register?invitation=not-a-real-token');
  await expect(page.getByRole('heading', { name: 'Create your account', level: 1 })).toBeVisible();
  await expectAccessible(page, { hover: 'button.primary' });
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery staple');
  await page.getByLabel('Confirm password').fill('another one');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Confirm password')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
});
