import { expect, signIn, test } from './fixtures';

// The list's benchmark and signals columns and filters, on the demo influencer with a planted follower spike
// (src/Features/Demo/DemoProfiles.cs: chef.bia, a micro Instagram account).

test('the list shows tier and flags, and filters on a raised flag and on tier', async ({ page }) => {
  await signIn(page);
  await page.getByLabel('Search').fill('chef.bia');
  await expect(page).toHaveURL(/search=chef\.bia/); // the search settles before the click, or it would navigate back
  await page.getByRole('link', { name: '@chef.bia', exact: true }).click();
  await expect(page.getByRole('heading', { name: '@chef.bia', level: 1, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Recalculate' }).click();
  await expect(page.getByText('Run finished: the figures below are new.')).toBeVisible({ timeout: 30_000 });

  await page.goto('/');
  await page.getByLabel('Signals').selectOption('followerSpike');
  const rows = page.locator('tbody tr');
  await expect(rows.filter({ hasText: '@chef.bia' })).toHaveCount(1);
  await expect(rows.filter({ hasNotText: 'Follower spike' })).toHaveCount(0);
  const spiked = rows.filter({ hasText: '@chef.bia' });
  await expect(spiked.locator('td').nth(7)).toHaveText('micro');

  await page.getByLabel('Tier').selectOption('mega');
  await expect(page.getByText('No influencer matches these filters.')).toBeVisible();

  await page.getByLabel('Tier').selectOption('micro');
  await expect(rows.filter({ hasText: '@chef.bia' })).toHaveCount(1);
  await expect(page).toHaveURL(/flags=followerSpike/);
  await expect(page).toHaveURL(/tier=micro/);
});
