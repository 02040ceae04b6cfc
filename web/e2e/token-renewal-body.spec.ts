import { expect, expiredAccessToken, refreshCookieValue, test } from './fixtures';
import { signInWithToken } from './lists-api';

// A request with a body refused for an expired token: the dashboard's client (openapi-fetch) builds a Request
// whose body is a stream, and the session sends a copy first, so after one real refresh the same body goes again.

test.use({ allowConsole: [/status of 401/] });

test('a list created with an expired token is created once, after one refresh, with the name typed', async ({ page, context }) => {
  const api = await signInWithToken(page);
  const cookieBefore = await refreshCookieValue(context);
  const name = `Renewed ${Date.now().toString(36)}`;
  const sent: { authorization: string | undefined; body: string | null; status: number }[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (new URL(request.url()).pathname === '/api/lists' && request.method() === 'POST') {
      sent.push({ authorization: request.headers()['authorization'], body: request.postData(), status: response.status() });
    }
  });
  // The first POST goes out with a token that expired, as after a long pause; the server refuses it.
  let expired = false;
  await page.route('**/api/lists', (route) => {
    if (route.request().method() !== 'POST' || expired) {
      return route.continue();
    }
    expired = true;
    return route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${expiredAccessToken()}` } });
  });

  await page.getByLabel('New list name').fill(name);
  await page.getByRole('button', { name: 'Create list' }).click();

  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  expect(sent.map((s) => s.status)).toEqual([401, 201]);
  expect(sent.map((s) => JSON.parse(s.body ?? 'null'))).toEqual([{ name }, { name }]);
  expect(sent[1]!.authorization).not.toBe(sent[0]!.authorization);
  expect(await refreshCookieValue(context)).not.toBe(cookieBefore);
  const lists = (await api.get<{ items: { name: string }[] }>('/api/lists')).items;
  expect(lists.filter((list) => list.name === name)).toHaveLength(1);
});
