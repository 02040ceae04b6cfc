import { expect, signIn, test } from './fixtures';
import { rows, signInWithApi } from './catalogue-api';

// The list page when things go wrong: a filter the API rejects, a network failure, categories that cannot be
// loaded, a failed export. Rows from before a failure never stay under its message as if they were current.

test.describe('a rejected filter', () => {
  test.use({ allowConsole: [/status of 400/] });

  test('is named as the panel names it, with no stale rows under it', async ({ page }) => {
    await signIn(page);
    await expect(rows(page).first()).toBeVisible();
    await page.getByLabel('Min relevance').fill('150');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Some filters were not accepted (HTTP 400)');
    await expect(alert).toContainText('Min relevance:');
    await expect(rows(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(rows(page)).toHaveCount(20);
    await expect(page.getByLabel('Min relevance')).toHaveValue('');
  });
});

test.describe('a network failure', () => {
  test.use({ allowConsole: [/ERR_INTERNET_DISCONNECTED/] });

  test('shows Retry instead of the old rows', async ({ page }) => {
    await signIn(page);
    await expect(rows(page)).toHaveCount(20);
    await page.route('**/api/influencers?*', (route) => route.abort('internetdisconnected'), { times: 1 });
    await page.getByLabel('Platform').selectOption('tiktok');
    await expect(page.getByRole('alert')).toContainText('Could not load the influencers');
    await expect(page.getByRole('alert')).toContainText('The server could not be reached.');
    await expect(rows(page)).toHaveCount(0);
    await expect(page.getByText(/tracked$/)).toHaveCount(0);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(rows(page)).toHaveCount(6);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('the category filter', () => {
  test.use({ allowConsole: [/status of 500/] });

  test('lists every category with its count, and says so when they cannot be loaded', async ({ page }) => {
    const api = await signInWithApi(page);
    const categories = (await api.get<{ items: { name: string; count: number }[] }>('/api/influencers/categories')).items;
    expect(categories.length).toBeGreaterThan(0);
    await expect(page.getByLabel('Category').locator('option')).toHaveText(['All categories', ...categories.map((c) => `${c.name} (${c.count})`)]);

    await page.route('**/api/influencers/categories', (route) => route.fulfill({ status: 500, contentType: 'application/problem+json', body: '{"status":500}' }));
    await page.reload();
    await expect(page.getByText('Categories could not be loaded.')).toBeVisible();
    await expect(page.getByLabel('Category')).toHaveAccessibleDescription(/Categories could not be loaded/);
    await expect(rows(page)).toHaveCount(20);
  });
});

test.describe('a failed export', () => {
  test.use({ allowConsole: [/status of 503/] });

  test('says so and can be tried again', async ({ page }) => {
    await signIn(page);
    await page.route('**/api/influencers?*', (route) =>
      route.request().headers()['accept'] === 'text/csv'
        ? route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ status: 503, title: 'Service unavailable', detail: 'Try again in a moment.' }) })
        : route.continue(),
    );
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect(page.getByRole('alert')).toContainText('Could not export the CSV (HTTP 503)');
    await expect(page.getByRole('alert')).toContainText('Try again in a moment.');
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });
});
