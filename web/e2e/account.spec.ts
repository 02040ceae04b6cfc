import { expectSentToSignIn, freshUser, openAccount, signedInElsewhere, signInStatus } from './accounts-api';
import { expect, signIn, test } from './fixtures';

// The Account page, on fresh accounts: the demo accounts other specs sign in with keep their passwords and sessions.

test.describe('changing the password', () => {
  // The API's refusals of a wrong current password and of a weak new one.
  test.use({ allowConsole: [/status of 400/] });

  test('shows the API’s errors by their fields, then changes it: the new password signs in, the old one no longer', async ({ page, request }) => {
    const person = await freshUser(request, 'password');
    await signIn(page, person);
    await openAccount(page);
    const profile = page.getByRole('region', { name: 'Profile' });
    await expect(profile).toContainText(person.email);
    await expect(profile).toContainText(person.name);
    await expect(profile).toContainText('analyst');

    const form = page.getByRole('form', { name: 'Change password' });
    const current = form.getByLabel('Current password');
    const next = form.getByLabel('New password', { exact: true });
    const confirmation = form.getByLabel('Confirm new password');
    const submit = form.getByRole('button', { name: 'Change password' });
    const newPassword = `${person.password} again`;

    // Two different new passwords: the form says so itself, without asking the API.
    await current.fill(person.password);
    await next.fill(newPassword);
    await confirmation.fill(`${newPassword}!`);
    await submit.click();
    await expect(confirmation).toHaveAttribute('aria-invalid', 'true');
    await expect(confirmation).toHaveAccessibleDescription('The two passwords differ.');
    await expect(confirmation).toBeFocused();

    // A wrong current password: the API's message, under that field.
    await current.fill('not my password at all');
    await confirmation.fill(newPassword);
    await submit.click();
    await expect(current).toHaveAttribute('aria-invalid', 'true');
    await expect(current).toHaveAccessibleDescription(/current password is incorrect/);
    await expect(form.getByRole('alert')).toContainText('The password was not changed');
    await expect(current).toBeFocused();

    // A common password: the rules, under the new password.
    await current.fill(person.password);
    await next.fill('Password123!');
    await confirmation.fill('Password123!');
    await submit.click();
    await expect(next).toHaveAttribute('aria-invalid', 'true');
    await expect(next).toHaveAccessibleDescription(/too easy to guess/);
    await expect(current).not.toHaveAttribute('aria-invalid');

    await next.fill(newPassword);
    await confirmation.fill(newPassword);
    await submit.click();
    await expect(form.getByRole('status')).toHaveText(/Password changed\. Every other session of your account was signed out; this one stays signed in\./);
    await expect(current).toHaveValue('');
    await expect(next).not.toHaveAttribute('aria-invalid');

    // This session goes on; signing in again takes the new password, not the old.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lists', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'My lists', level: 1 })).toBeVisible();
    expect(await signInStatus(request, person.email, person.password)).toBe(401);
    // The sign-in page shows before the logout's answer clears the session's cookies; a page loaded in between
    // would try to refresh with them and meet a 401.
    const logout = page.waitForResponse((r) => r.url().includes('/api/auth/logout'));
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    expect((await logout).status()).toBe(204);
    await signIn(page, { email: person.email, password: newPassword });
  });
});

test.describe('sessions', () => {
  // The ended session's refused calls in the other browser, and the refused refresh that ends it there.
  test.use({ allowConsole: [/status of 401/] });

  test('lists this device and another one; signing out the other sends that browser back to sign-in', async ({ page, request, browser, baseURL }) => {
    const person = await freshUser(request, 'sessions');
    await signIn(page, person);
    const elsewhere = await signedInElsewhere(browser, baseURL!, person);

    await openAccount(page);
    const sessions = page.getByTestId('session');
    await expect(sessions).toHaveCount(2);
    const here = sessions.filter({ hasText: 'This device' });
    await expect(here).toHaveCount(1);
    // The user agent in words, the raw string behind a disclosure.
    await expect(here.getByRole('heading', { level: 3 })).toHaveText(/Chrome on Linux/);
    await here.getByText('Browser details').click();
    await expect(here.locator('code')).toContainText('Mozilla/5.0');
    await expect(here).toContainText('127.0.0.1');

    const other = sessions.filter({ hasNotText: 'This device' });
    await other.getByRole('button', { name: /^Sign out / }).click();
    const dialog = page.getByRole('alertdialog', { name: /^Sign out .*\?$/ });
    await expect(dialog).toBeVisible();
    // The safe choice has the focus; Escape keeps the session.
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(sessions).toHaveCount(2);
    await expect(other.getByRole('button', { name: /^Sign out / })).toBeFocused();

    await other.getByRole('button', { name: /^Sign out / }).click();
    await dialog.getByRole('button', { name: 'Sign out that session' }).click();
    await expect(sessions).toHaveCount(1);
    await expect(sessions.first()).toContainText('This device');
    await expect(page.getByRole('status').filter({ hasText: /^Signed out / })).toHaveCount(1);

    await expectSentToSignIn(elsewhere);
    await elsewhere.context().close();
  });

  test('"sign out all other sessions" keeps this one; "sign out everywhere" ends this one too', async ({ page, request, browser, baseURL }) => {
    const person = await freshUser(request, 'everywhere');
    const first = await signedInElsewhere(browser, baseURL!, person);
    await signIn(page, person);
    await openAccount(page);
    await expect(page.getByTestId('session')).toHaveCount(2);

    await page.getByRole('button', { name: 'Sign out all other sessions' }).click();
    await page.getByRole('alertdialog', { name: 'Sign out all other sessions?' }).getByRole('button', { name: 'Sign out the others' }).click();
    await expect(page.getByTestId('session')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Sign out all other sessions' })).toBeDisabled();
    await expectSentToSignIn(first);
    await first.context().close();

    const second = await signedInElsewhere(browser, baseURL!, person);
    await page.reload();
    await expect(page.getByTestId('session')).toHaveCount(2);
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('alertdialog', { name: 'Sign out everywhere?' }).getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('You were signed out everywhere');
    await expect(page).toHaveURL(/\/$/);
    // A reload finds no session either.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await expectSentToSignIn(second);
    await second.context().close();
  });
});
