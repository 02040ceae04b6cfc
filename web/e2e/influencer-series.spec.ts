import type { Page } from '@playwright/test';
import type { AudienceDay, PostsPage } from '../src/api/client';
import { analyst, expect, signIn, test } from './fixtures';

// The influencer page's daily series (docs/api.md: GET /{id}/audience and GET /{id}/posts): the followers chart
// has one point per stored snapshot day, and the recent posts card lists the newest posts.

/** The demo seeds this many days of audience snapshots for every influencer (src/Features/Demo). */
const demoDays = 60;

/** Opens the first demo influencer of the list and returns what its page asked the API for. */
async function openDemoInfluencer(page: Page) {
  await signIn(page);
  const audience = page.waitForResponse((r) => /\/api\/influencers\/[0-9a-f-]{36}\/audience$/.test(r.url()));
  const posts = page.waitForResponse((r) => /\/api\/influencers\/[0-9a-f-]{36}\/posts\?/.test(r.url()));
  await page.locator('tbody tr').first().getByRole('link').click();
  const audienceResponse = await audience;
  const postsResponse = await posts;
  expect(audienceResponse.status()).toBe(200);
  expect(postsResponse.status()).toBe(200);
  return {
    days: ((await audienceResponse.json()) as { items: AudienceDay[] }).items,
    posts: (await postsResponse.json()) as PostsPage,
  };
}

test('the followers chart has one point per snapshot day', async ({ page }) => {
  const { days } = await openDemoInfluencer(page);

  expect(days).toHaveLength(demoDays);
  expect(new Set(days.map((day) => day.date)).size).toBe(demoDays);
  const followers = page.getByRole('figure', { name: 'Followers history' });
  await expect(followers.locator('.chart-dot')).toHaveCount(demoDays);
  await expect(followers).toHaveAccessibleDescription(new RegExp(`^${demoDays} days from `));
});

test('the recent posts card lists the newest posts and marks the most engaging one', async ({ page }) => {
  const { posts } = await openDemoInfluencer(page);
  expect(posts.items.length).toBeGreaterThan(0);

  const card = page.getByRole('region', { name: 'Recent posts' });
  const rows = card.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(posts.items.length);
  await expect(card.getByRole('columnheader')).toHaveText(['Published', 'Type', 'Interactions', 'Engagement rate']);

  // Newest first, each with the interactions the API computed.
  const interactions = posts.items.map((post) => post.interactions.toLocaleString('en'));
  await expect(rows.locator('td:nth-child(3)')).toHaveText(interactions);

  // Exactly one row is marked in words, and it is the one with the highest engagement rate.
  await expect(card.getByText('Most engaging', { exact: true })).toHaveCount(1);
  const best = Math.max(...posts.items.map((post) => post.engagementRate ?? -1));
  const marked = rows.filter({ hasText: 'Most engaging' });
  await expect(marked.locator('td').nth(3)).toHaveText(`${best.toFixed(2)} %`);
});

test('an analyst sees the daily series too', async ({ page }) => {
  await signIn(page, analyst);
  await page.locator('tbody tr').first().getByRole('link').click();

  await expect(page.getByRole('figure', { name: 'Followers history' }).locator('.chart-dot')).toHaveCount(demoDays);
  await expect(page.getByRole('region', { name: 'Recent posts' }).locator('tbody tr').first()).toBeVisible();
});
