import type { Page } from '@playwright/test';
import { apiCaller } from './api-caller';
import { signIn } from './fixtures';

// Helpers of the catalogue list's tests: the API asked with the page's own bearer token, and the rows shown.

/** Signs in and returns the bearer token the page itself sent, for asking the API what the page should show. */
export async function signInWithApi(page: Page) {
  const listed = page.waitForRequest((r) => r.url().includes('/api/influencers?'));
  await signIn(page);
  return apiCaller(page.request, (await (await listed).allHeaders())['authorization'] ?? '');
}

export const rows = (page: Page) => page.locator('tbody tr');
export const handlesShown = async (page: Page) => (await page.locator('tbody tr a.handle').allTextContents()).map((h) => h.replace(/^@/, ''));
