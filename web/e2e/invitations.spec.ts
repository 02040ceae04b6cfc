import type { Browser, Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { freshUser } from './accounts-api';
import { admin, expect, signIn, test } from './fixtures';

// Invitations end to end: an admin invites, the invited person opens the link in a browser of their own,
// registers and is signed in with the invited role. Registration is open in the e2e environment, so the
// policy's refusals (403) are played by a routed answer.

const tag = () => `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;

async function openUsers(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
}

/** Invites `email` from the Users page and returns the sign-up link shown once. */
async function invite(page: Page, email: string, role: 'analyst' | 'admin'): Promise<string> {
  const form = page.getByRole('form', { name: 'Invite someone' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption(role);
  await form.getByRole('button', { name: 'Create invitation' }).click();
  const created = page.getByRole('group', { name: new RegExp(`Invitation for ${email.replaceAll('.', '\\.')}`) });
  await expect(created).toContainText('It will not be shown again.');
  return created.getByLabel(`Sign-up link for ${email}`).inputValue();
}

async function fresh(browser: Browser, baseURL: string): Promise<Page> {
  return (await browser.newContext({ baseURL })).newPage();
}

async function fillRegistration(page: Page, name: string, password: string): Promise<void> {
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

test.describe('invitations', () => {
  // The refused second use of a link, a revoked one's, and the form's refusals (a bad email, a taken one).
  test.use({ allowConsole: [/status of 40[09]/] });

  test('an admin invites; the link opens the register page; the new account is signed in with the invited role', async ({ page, context, browser, baseURL }) => {
    const email = `e2e-invited-${tag()}@example.com`;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page);
    await openUsers(page);
    const link = await invite(page, email, 'admin');
    expect(link).toMatch(new RegExp(`^${baseURL}/register\\?invitation=[A-Za-z0-9_%-]+$`));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const listed = page.getByTestId('invitation').filter({ hasText: email });
    await expect(listed).toContainText('admin');
    await expect(listed).toContainText('Open');
    await expect(listed).toContainText(admin.email);
    // Once dismissed, the link is gone for good: the list never shows it.
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByText('It will not be shown again.')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(new URL(link).searchParams.get('invitation')!);

    const invited = await fresh(browser, baseURL!);
    await invited.goto(link);
    await expect(invited.getByRole('heading', { name: 'Create your account', level: 1 })).toBeVisible();
    await expect(invited.getByLabel('Email (optional)')).toHaveValue('');
    const password = `Quiet meadow ${tag()} compass`;
    await fillRegistration(invited, 'Invited Admin', password);
    await expect(invited.getByRole('heading', { name: 'Influencers', level: 1 })).toBeVisible();
    const banner = invited.getByRole('banner');
    await expect(banner.getByText('Invited Admin')).toBeVisible();
    await expect(banner.getByText('admin', { exact: true })).toBeVisible();
    await expect(banner.getByRole('link', { name: 'Users' })).toBeVisible();
    await expect(invited).toHaveURL(`${baseURL}/`);

    await page.reload();
    await expect(listed).toContainText('Used');
    await expect(listed.getByRole('button', { name: /Revoke/ })).toHaveCount(0);

    // The link works once.
    const again = await fresh(browser, baseURL!);
    await again.goto(link);
    await fillRegistration(again, 'Second Try', `Quiet meadow ${tag()} compass`);
    await expect(again.getByRole('alert')).toContainText('This invitation is not valid');
    await invited.context().close();
    await again.context().close();
  });

  test('a revoked invitation’s link no longer registers', async ({ page, browser, baseURL }) => {
    const email = `e2e-revoked-${tag()}@example.com`;
    await signIn(page);
    await openUsers(page);
    const link = await invite(page, email, 'analyst');
    const listed = page.getByTestId('invitation').filter({ hasText: email });
    await listed.getByRole('button', { name: `Revoke the invitation for ${email}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Revoke the invitation for ${email}?` });
    await expect(dialog).toContainText('Its link stops working at once.');
    await dialog.getByRole('button', { name: 'Revoke the invitation' }).click();
    await expect(listed).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: `Revoked the invitation for ${email}.` })).toHaveCount(1);

    const visitor = await fresh(browser, baseURL!);
    await visitor.goto(link);
    await fillRegistration(visitor, 'Too Late', `Quiet meadow ${tag()} compass`);
    await expect(visitor.getByRole('alert')).toContainText('This invitation is not valid');
    await visitor.context().close();
  });

  test('the invitation form shows the API’s refusals by their field', async ({ page, request }) => {
    const taken = await freshUser(request, 'taken');
    await signIn(page);
    await openUsers(page);
    const form = page.getByRole('form', { name: 'Invite someone' });
    await form.getByLabel('Email').fill('not an email');
    await form.getByRole('button', { name: 'Create invitation' }).click();
    await expect(form.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Email')).toHaveAccessibleDescription(/email/i);
    await expect(form.getByLabel('Email')).toBeFocused();

    await form.getByLabel('Email').fill(taken.email);
    await form.getByRole('button', { name: 'Create invitation' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The invitation was not created.' })).toContainText('already exists');
  });
});

test.describe('the register page', () => {
  test.use({ allowConsole: [/status of 40[039]/] });

  test('is reachable from sign-in, checks the confirmation, and shows the policy’s and a taken email’s refusals', async ({ page, request }) => {
    const taken = await freshUser(request, 'dupe');
    await page.goto('/');
    await page.getByRole('link', { name: 'Have an invitation? Create your account' }).click();
    await expect(page).toHaveURL(/\/register$/);
    await expect(page.getByRole('heading', { name: 'Create your account', level: 1 })).toBeVisible();

    await page.getByLabel('Email', { exact: true }).fill(taken.email);
    await page.getByLabel('Display name').fill('Someone Else');
    await page.getByLabel('Password', { exact: true }).fill(`Amber canyon ${tag()} ferry`);
    await page.getByLabel('Confirm password').fill('something else');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByLabel('Confirm password')).toHaveAccessibleDescription('The two passwords differ.');

    await page.getByLabel('Confirm password').fill(await page.getByLabel('Password', { exact: true }).inputValue());
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('alert')).toContainText('(HTTP 409)');
    await expect(page.getByRole('alert')).toContainText('sign in instead');

    // A server with registration closed answers 403.
    await page.route('**/api/auth/register', (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'https://tools.ietf.org/html/rfc9110#section-15.5.4', title: 'Forbidden', status: 403, detail: 'Registration is closed on this server.' }),
      }),
    );
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('alert')).toContainText('Registration is closed on this server.');
    await expect(page.getByRole('alert')).toContainText('New accounts cannot be created on this server');
    await page.unroute('**/api/auth/register');

    // Without an invitation, where registration is open: an analyst, signed in at once.
    const email = `e2e-open-${tag()}@example.com`;
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('heading', { name: 'Influencers', level: 1 })).toBeVisible();
    await expect(page.getByRole('banner').getByText('analyst', { exact: true })).toBeVisible();

    // Signed in, the register address says so instead of showing the form.
    await page.goto('/register?invitation=abc');
    await expect(page.getByText(`You are signed in as ${email}. To create another account with this invitation, sign out first.`)).toBeVisible();
  });
});
