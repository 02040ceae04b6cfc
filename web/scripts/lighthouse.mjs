// Lighthouse on the dashboard as a person uses it: the sign-in page signed out; the list and an influencer's
// page after signing in through the form, each loaded anew (cold cache) so the session comes back from the
// refresh cookie. Mobile and desktop presets, a fresh Chromium for every run, the median of the runs.
//
//   node scripts/lighthouse.mjs [--runs 3] [--published <folder>] [--configuration Debug] [--json <file>]
//                               [--pages sign-in,list,influencer] [--presets mobile,desktop] [--reports <folder>]
//
// It starts the API itself (Development, demo data, a fresh SQLite file, a free port): `dotnet run --project
// src` by default, or the app published to <folder>.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import lighthouse, { desktopConfig } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { startApp } from './start-app.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    published: { type: 'string' },
    configuration: { type: 'string', default: 'Debug' },
    json: { type: 'string' },
    pages: { type: 'string', default: 'sign-in,list,influencer' },
    presets: { type: 'string', default: 'mobile,desktop' },
    // Every run's full Lighthouse report, to see what an audit found.
    reports: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
const runs = Number(options.runs);
let version = '';
let chromiumVersion = '';
const demoUser = { email: 'admin@analisaai.demo', password: 'AnalisaAI-demo-2026' };

const presets = {
  mobile: undefined, // Lighthouse's default: a mid-range phone on a slow 4G link, CPU slowed 4x.
  desktop: desktopConfig,
};

async function firstInfluencerId(baseUrl) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(demoUser),
  });
  if (!login.ok) {
    throw new Error(`The demo sign-in failed: ${login.status}`);
  }
  const { accessToken } = await login.json();
  const list = await fetch(`${baseUrl}/api/influencers?page=1&pageSize=1`, { headers: { Authorization: `Bearer ${accessToken}` } });
  const { items } = await list.json();
  if (!items?.[0]) {
    throw new Error('The demo catalogue is empty.');
  }
  return items[0].id;
}

async function signInThroughTheForm(page, baseUrl) {
  await page.goto(`${baseUrl}/`);
  await page.locator('#email').fill(demoUser.email);
  await page.locator('#password').fill(demoUser.password);
  await page.locator('button[type=submit]').click();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Influencers', { timeout: 30_000 });
}

async function measure({ baseUrl, name, path, signedIn, preset, run }) {
  const browser = await puppeteer.launch({
    executablePath: options.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    chromiumVersion = (await browser.version()).replace(/^[^/]*\//, '');
    const page = await browser.newPage();
    if (signedIn) {
      await signInThroughTheForm(page, baseUrl);
    }
    // Lighthouse clears the cache and the origin's storage but keeps cookies: the reload finds the session there.
    const result = await lighthouse(
      `${baseUrl}${path}`,
      { output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
      presets[preset],
      page,
    );
    if (options.reports) {
      mkdirSync(options.reports, { recursive: true });
      writeFileSync(join(options.reports, `${preset}-${name}-${run}.json`), result.report);
    }
    const { categories, audits, finalDisplayedUrl, lighthouseVersion } = result.lhr;
    version = lighthouseVersion;
    if (signedIn && new URL(finalDisplayedUrl).pathname !== path) {
      throw new Error(`Lighthouse ended on ${finalDisplayedUrl}, not ${path}.`);
    }
    // What cost points in the categories with a target of 100.
    const failing = ['accessibility', 'best-practices']
      .flatMap((category) => categories[category].auditRefs)
      .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
      .map((ref) => ref.id);
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      bestPractices: Math.round(categories['best-practices'].score * 100),
      fcpMs: audits['first-contentful-paint'].numericValue,
      lcpMs: audits['largest-contentful-paint'].numericValue,
      tbtMs: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      failing,
    };
  } finally {
    await browser.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const app = await startApp({ repo, published: options.published, configuration: options.configuration });
const rows = [];
try {
  const influencerId = await firstInfluencerId(app.baseUrl);
  const pages = [
    { name: 'sign-in', path: '/', signedIn: false },
    { name: 'list', path: '/', signedIn: true },
    { name: 'influencer', path: `/influencers/${influencerId}`, signedIn: true },
  ].filter((target) => options.pages.split(',').includes(target.name));
  for (const preset of Object.keys(presets).filter((name) => options.presets.split(',').includes(name))) {
    for (const target of pages) {
      const results = [];
      for (let run = 1; run <= runs; run++) {
        const result = await measure({ baseUrl: app.baseUrl, ...target, preset, run });
        console.error(`${preset} ${target.name} run ${run}: ${JSON.stringify(result)}`);
        results.push(result);
      }
      const of = (key) => median(results.map((result) => result[key]));
      rows.push({
        preset,
        page: target.name,
        performance: of('performance'),
        accessibility: of('accessibility'),
        bestPractices: of('bestPractices'),
        fcpMs: of('fcpMs'),
        lcpMs: of('lcpMs'),
        tbtMs: of('tbtMs'),
        cls: of('cls'),
        performanceRuns: results.map((result) => result.performance),
        failing: [...new Set(results.flatMap((result) => result.failing))],
      });
    }
  }
} finally {
  await app.stop();
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(`Lighthouse ${version}, Chromium ${chromiumVersion}, median of ${runs} runs${options.published ? `, published app (${options.published})` : ''}:\n`);
console.log('| preset | page | performance | accessibility | best practices | FCP | LCP | TBT | CLS | performance of each run |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.preset} | ${row.page} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${seconds(row.fcpMs)} | ${seconds(row.lcpMs)} | ${Math.round(row.tbtMs)} ms | ${row.cls.toFixed(3)} | ${row.performanceRuns.join(', ')} |`,
  );
}
const failing = rows.filter((row) => row.failing.length > 0).map((row) => `${row.preset} ${row.page}: ${row.failing.join(', ')}`);
if (failing.length > 0) {
  console.log(`\nAudits that cost accessibility or best-practices points:\n${failing.join('\n')}`);
}
if (options.json) {
  writeFileSync(options.json, JSON.stringify(rows, null, 2));
}
