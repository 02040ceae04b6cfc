import { randomBytes } from 'node:crypto';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect, signIn } from './fixtures';

// Helpers of the account tests: fresh accounts made through the API (registration is open in the e2e
// Development environment), so no test changes the demo accounts the other specs sign in with.

export interface Person {
  email: string;
  password: string;
  name: string;
}

/** A new analyst with a password that passes the rules; `label` names the test in the email. */
export async function freshUser(request: APIRequestContext, label: string): Promise<Person> {
  const tag = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const person = { email: `e2e-${label}-${tag}@example.com`, password: `Teal harbour ${tag} lantern`, name: `E2E ${label} ${tag}` };
  const answer = await request.post('/api/auth/register', { data: { email: person.email, password: person.password, displayName: person.name } });
  expect(answer.status(), await answer.text()).toBe(201);
  return person;
}

/** The status the API answers a sign-in with (200, or 401 for a wrong password or a disabled account). */
export async function signInStatus(request: APIRequestContext, email: string, password: string): Promise<number> {
  return (await request.post('/api/auth/login', { data: { email, password } })).status();
}

/** A page in a browser context of its own (another device), signed in as `person`. */
export async function signedInElsewhere(browser: Browser, baseURL: string, person: Person): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, person);
  return page;
}

/** Its next API call refused (an ended session's access token stops within 4 s), the page is back at sign-in. */
export async function expectSentToSignIn(page: Page): Promise<void> {
  await page.waitForTimeout(4_500);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lists', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Your session has ended');
}

export async function openAccount(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();
}
