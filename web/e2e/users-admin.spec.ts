import type { Page } from '@playwright/test';
import { expectSentToSignIn, freshUser, signedInElsewhere, signInStatus } from './accounts-api';
import { admin, analyst, expect, signIn, test } from './fixtures';

// The admin's Users page, acting on fresh accounts only: the demo accounts other specs use stay enabled.

async function openUsers(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
}

const row = (page: Page, email: string) => page.getByRole('row').filter({ hasText: email });

test.describe('an admin on the Users page', () => {
  // The refused sign-ins of a disabled account, the ended sessions' refused calls, and the refusal to disable oneself.
  test.use({ allowConsole: [/status of 40[01]/] });

  test('lists, searches and pages the accounts', async ({ page, request }) => {
    const person = await freshUser(request, 'listed');
    await signIn(page);
    await openUsers(page);
    for (const column of ['Email', 'Display name', 'Role', 'Status', 'Created', 'Last sign-in', 'Actions']) {
      await expect(page.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
    }
    await expect(row(page, admin.email)).toContainText('(you)');
    await expect(row(page, admin.email)).toContainText('Active');
    await expect(row(page, analyst.email)).toContainText('analyst');

    await page.getByLabel('Search by email or name').fill(person.email.toUpperCase());
    await expect(page).toHaveURL(/search=/);
    await expect(page.locator('tbody tr')).toHaveCount(1);
    await expect(row(page, person.email)).toContainText(person.name);
    await expect(row(page, person.email).getByRole('cell').nth(5)).toHaveText('never');
    await expect(page.getByText('1 matching')).toBeVisible();

    await page.getByLabel('Search by email or name').fill('no such account anywhere');
    await expect(page.getByText('No account matches “no such account anywhere”.')).toBeVisible();

    // Paging: 21 accounts with one tag make two pages of 20.
    const tag = `pg${Date.now().toString(36)}`;
    for (let batch = 0; batch < 3; batch++) {
      await Promise.all(Array.from({ length: 7 }, () => freshUser(request, tag)));
    }
    await page.getByLabel('Search by email or name').fill(tag);
    await expect(page.getByText('21 matching')).toBeVisible();
    await expect(page.locator('tbody tr')).toHaveCount(20);
    await expect(page.getByText('Page 1 of 2')).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.locator('tbody tr')).toHaveCount(1);
    await expect(page.getByText('Page 2 of 2')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
    // A new search starts again at the first page.
    await page.getByLabel('Search by email or name').fill(person.email);
    await expect(page).not.toHaveURL(/page=/);
    await expect(page.locator('tbody tr')).toHaveCount(1);
  });

  test('disables a fresh account, which then cannot sign in and loses its sessions, and enables it again', async ({ page, request, browser, baseURL }) => {
    const person = await freshUser(request, 'disabled');
    const theirs = await signedInElsewhere(browser, baseURL!, person);
    await signIn(page);
    await openUsers(page);
    await page.getByLabel('Search by email or name').fill(person.email);
    await expect(page.locator('tbody tr')).toHaveCount(1);

    await row(page, person.email).getByRole('button', { name: `Disable ${person.email}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Disable ${person.email}?` });
    await expect(dialog).toContainText('can no longer sign in');
    await dialog.getByRole('button', { name: 'Disable the account' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row(page, person.email)).toContainText('Disabled');
    await expect(page.getByRole('status').filter({ hasText: `Disabled ${person.email}` })).toHaveCount(1);
    await expect(row(page, person.email).getByRole('button', { name: `Enable ${person.email}` })).toBeVisible();

    // Their open session ends, and signing in is refused like a wrong password.
    await expectSentToSignIn(theirs);
    await theirs.getByLabel('Email').fill(person.email);
    await theirs.getByLabel('Password').fill(person.password);
    await theirs.getByRole('button', { name: 'Sign in' }).click();
    await expect(theirs.getByRole('alert')).toContainText('Wrong email or password');

    await row(page, person.email).getByRole('button', { name: `Enable ${person.email}` }).click();
    await expect(row(page, person.email)).toContainText('Active');
    await expect(page.getByRole('status').filter({ hasText: `Enabled ${person.email}` })).toHaveCount(1);
    await signIn(theirs, person);
    await theirs.context().close();
  });

  test('ends every session of an account, and cannot disable their own', async ({ page, request, browser, baseURL }) => {
    const person = await freshUser(request, 'ended');
    const theirs = await signedInElsewhere(browser, baseURL!, person);
    await signIn(page);
    await openUsers(page);
    await page.getByLabel('Search by email or name').fill(person.email);
    await expect(page.locator('tbody tr')).toHaveCount(1);
    await row(page, person.email).getByRole('button', { name: `End sessions of ${person.email}` }).click();
    await page.getByRole('alertdialog', { name: `End every session of ${person.email}?` }).getByRole('button', { name: 'End their sessions' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Ended every session of ${person.email}` })).toHaveCount(1);
    await expectSentToSignIn(theirs);
    await theirs.context().close();
    // Ended, not disabled: they may sign in again.
    expect(await signInStatus(request, person.email, person.password)).toBe(200);

    await page.getByLabel('Search by email or name').fill(admin.email);
    await expect(page.locator('tbody tr')).toHaveCount(1);
    await row(page, admin.email).getByRole('button', { name: `Disable ${admin.email}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Disable ${admin.email}?` });
    await dialog.getByRole('button', { name: 'Disable the account' }).click();
    await expect(dialog.getByRole('alert')).toContainText('An admin cannot disable their own account.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row(page, admin.email)).toContainText('Active');
    await expect(row(page, admin.email).getByRole('button', { name: `Disable ${admin.email}` })).toBeFocused();
  });

  test('works on a 390 px phone: cards instead of the table, within the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page);
    await openUsers(page);
    await expect(page.locator('.user-card').first()).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe('an analyst', () => {
  test('has no Users link, and the Users address says it is for admins without asking the API', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await signIn(page, analyst);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' })).toBeVisible();
    await page.goto('/users');
    await expect(page.getByRole('alert')).toContainText('Only admins can manage accounts');
    expect(asked.filter((path) => path.startsWith('/api/users') || path.startsWith('/api/invitations'))).toEqual([]);
  });
});
