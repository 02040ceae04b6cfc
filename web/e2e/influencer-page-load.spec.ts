import { request as httpRequest } from 'node:http';
import { expect, signIn, test } from './fixtures';

// An influencer page opened on a phone: what it downloads (all its JavaScript, as the server sends it to a browser
// that accepts brotli, stays under a budget) and in what order it asks for its data. Bytes and order, not time,
// so the checks do not depend on the machine's speed.

const budgetBytes = 200 * 1024;

/** GETs a URL with `Accept-Encoding: br` and returns the bytes on the wire, not decoded. */
function sentWithBrotli(url: string): Promise<{ status: number; encoding: string | undefined; bytes: number }> {
  return new Promise((done, fail) => {
    const request = httpRequest(url, { headers: { 'Accept-Encoding': 'br' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => done({ status: response.statusCode ?? 0, encoding: response.headers['content-encoding'], bytes }));
      response.on('error', fail);
    });
    request.on('error', fail);
    request.end();
  });
}

test('an influencer page loads less than 200 KiB of JavaScript, each file sent brotli-compressed', async ({ page }) => {
  await signIn(page);
  const href = await page.locator('tbody tr').first().getByRole('link').getAttribute('href');
  // Loaded anew, as a phone opening a link would: the session comes back from the refresh cookie.
  await page.goto(href!);
  await expect(page.getByRole('figure', { name: 'Followers history' }).locator('.chart-dot').first()).toBeVisible();

  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).pathname.endsWith('.js')),
  );
  // The entry script and the charts' drawing at least: a page that loaded none would pass any budget.
  expect(scripts.length).toBeGreaterThanOrEqual(2);
  let total = 0;
  for (const script of scripts) {
    const sent = await sentWithBrotli(script);
    expect(sent.status, script).toBe(200);
    expect(sent.encoding, script).toBe('br');
    total += sent.bytes;
  }
  console.log(`${scripts.length} scripts, ${(total / 1024).toFixed(1)} KiB brotli: ${scripts.map((s) => new URL(s).pathname).join(', ')}`);
  expect(total).toBeLessThan(budgetBytes);
});

test('a reloaded influencer page asks for all its data at once, without waiting for /api/auth/me', async ({ page }) => {
  await signIn(page);
  const href = await page.locator('tbody tr').first().getByRole('link').getAttribute('href');
  const events: string[] = [];
  const api = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('request', (request) => void (api(request.url()) && events.push(`start ${new URL(request.url()).pathname}`)));
  page.on('requestfinished', (request) => void (api(request.url()) && events.push(`end ${new URL(request.url()).pathname}`)));

  await page.goto(href!);
  await expect(page.getByRole('figure', { name: 'Followers history' }).locator('.chart-dot').first()).toBeVisible();

  expect(events[0]).toBe('start /api/auth/refresh');
  expect(events.filter((event) => event.includes('/api/auth/me'))).toEqual([]);
  // The influencer, its history, its audience and its posts: every one asked before any of them has answered.
  const dataStarts = events.flatMap((event, index) => (event.startsWith('start /api/influencers/') ? [index] : []));
  const firstDataEnd = events.findIndex((event) => event.startsWith('end /api/influencers/'));
  expect(dataStarts).toHaveLength(4);
  expect(Math.max(...dataStarts)).toBeLessThan(firstDataEnd);
});
