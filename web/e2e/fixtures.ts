import { createHmac, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export const admin = { email: 'admin@analisaai.demo', password: 'AnalisaAI-demo-2026', name: 'Demo Admin' };
export const analyst = { email: 'analyst@analisaai.demo', password: 'AnalisaAI-demo-2026', name: 'Demo Analyst' };
export const refreshCookie = '__Secure-AnalisaAI-Refresh';

interface Fixtures {
  /** Console messages that are expected in this test (a refused request the test provokes); all others fail it. */
  allowConsole: RegExp[];
}

export const test = base.extend<Fixtures>({
  baseURL: async ({}, use) => use(process.env.E2E_BASE_URL),
  allowConsole: [[], { option: true }],
  page: async ({ page, allowConsole }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if ((message.type() === 'error' || message.type() === 'warning') && !allowConsole.some((allowed) => allowed.test(message.text()))) {
        problems.push(`${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await use(page);
    expect(problems, 'console errors and warnings').toEqual([]);
  },
});

export { expect };

export async function signIn(page: Page, user: { email: string; password: string } = admin): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Influencers', level: 1 })).toBeVisible();
}

/** Nothing the app keeps in web storage: tokens live in memory and in the HttpOnly cookie. */
export async function expectEmptyWebStorage(page: Page): Promise<void> {
  const sizes = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  expect(sizes).toEqual({ local: 0, session: 0 });
}

export async function refreshCookieValue(context: BrowserContext): Promise<string | undefined> {
  return (await context.cookies()).find((cookie) => cookie.name === refreshCookie)?.value;
}

/** Saves a screenshot for the README when E2E_SCREENSHOTS names a folder. */
export async function snapshot(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) {
    mkdirSync(folder, { recursive: true });
    await page.screenshot({ path: join(folder, `${name}.png`), fullPage });
  }
}

const base64Url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * An access token exactly like the API's but expired an hour ago, signed with the key the test app runs with:
 * what the server sees from a client whose token ran out.
 */
export function expiredAccessToken(): string {
  const key = process.env.E2E_SIGNING_KEY;
  if (!key) {
    throw new Error('E2E_SIGNING_KEY is not set: the global setup did not run.');
  }
  const now = Math.floor(Date.now() / 1000);
  const header = base64Url(JSON.stringify({ alg: 'HS256', typ: 'at+jwt' }));
  const payload = base64Url(
    JSON.stringify({
      iss: 'analisaai',
      aud: 'analisaai',
      sub: randomUUID(),
      email: admin.email,
      name: admin.name,
      role: 'admin',
      jti: randomUUID().replaceAll('-', ''),
      iat: now - 7200,
      nbf: now - 7200,
      exp: now - 3600,
    }),
  );
  const signature = createHmac('sha256', Buffer.from(key, 'utf8')).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}
