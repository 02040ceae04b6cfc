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
