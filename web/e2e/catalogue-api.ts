import type { Page } from '@playwright/test';
import { expect, signIn } from './fixtures';

// Helpers of the catalogue list's tests: the API asked with the page's own bearer token, and the rows shown.

/** Signs in and returns the bearer token the page itself sent, for asking the API what the page should show. */
export async function signInWithApi(page: Page) {
  const listed = page.waitForRequest((r) => r.url().includes('/api/influencers?'));
  await signIn(page);
  const authorization = (await (await listed).allHeaders())['authorization'] ?? '';
  expect(authorization).toMatch(/^Bearer /);
  const headers = { authorization };
  return {
    get: async <T>(path: string): Promise<T> => {
      const answer = await page.request.get(path, { headers });
      expect(answer.status(), path).toBe(200);
      return (await answer.json()) as T;
    },
    post: async (path: string, data?: unknown) => page.request.post(path, { headers, data }),
  };
}

export const rows = (page: Page) => page.locator('tbody tr');
export const handlesShown = async (page: Page) => (await page.locator('tbody tr a.handle').allTextContents()).map((h) => h.replace(/^@/, ''));
