import type { Page } from '@playwright/test';
import type { AudienceDay, Metrics } from '../src/api/client';
import { evidenceOf } from '../src/signals';
import { expect, signIn, test } from './fixtures';

// The influencer page's benchmark, signals and cadence (docs/metrics.md, "Part 2"), on the demo influencer with a
// planted follower spike (src/Features/Demo/DemoProfiles.cs: chef.bia, +6,000 followers 9 days before the seeding).

const spiked = { handle: 'chef.bia', daysAgo: 9 };

const platformNames: Record<string, string> = { instagram: 'Instagram', tiktok: 'TikTok', facebook: 'Facebook', youtube: 'YouTube' };
const pct = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)} %`);
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The comparison the page should print, written out here from the contract rather than taken from the app. */
function expectedComparison(
  value: number | null,
  percentile: number | null,
  peers: number,
  median: number | null,
  tier: string | null,
  platform: string,
): string {
  const name = platformNames[platform];
  if (tier === null) {
    return 'accounts under 1,000 followers have no tier and no peers to compare with.';
  }
  if (peers === 0) {
    return `no other ${tier} ${name} accounts to compare with: a percentile needs 10.`;
  }
  if (peers < 10) {
    return `only ${peers} other ${tier} ${name} account${peers === 1 ? '' : 's'}: a percentile needs 10.`;
  }
  if (value === null || percentile === null) {
    return `not ranked, as its own value is unknown; the median of ${peers} ${tier} ${name} accounts is ${pct(median)}.`;
  }
  return `better than ${Math.round(percentile)} % of ${peers} ${tier} ${name} accounts; median ${pct(median)}.`;
}

function expectedEngagementSentence(metrics: Metrics, platform: string): string {
  const b = metrics.benchmark!;
  const { engagementRatePublic: rate, publicSampleSize: sample } = metrics.engagement;
  const head =
    rate === null
      ? 'Comparable engagement unknown (no recent posts, or no followers)'
      : `Comparable engagement ${pct(rate)} (likes and comments over ${sample === 1 ? 'the newest post' : `the ${sample} newest posts`})`;
  return `${head}: ${expectedComparison(rate, b.erPercentile, b.erPeerCount, b.erTierMedian, b.followerTier, platform)}`;
}

function expectedGrowthSentence(metrics: Metrics, platform: string): string {
  const b = metrics.benchmark!;
  const growth = metrics.growth.growthRate30;
  const head = growth === null ? '30-day growth unknown (no snapshot from 30 days before)' : `30-day growth ${pct(growth)}`;
  return `${head}: ${expectedComparison(growth, b.growth30Percentile, b.growthPeerCount, b.growth30TierMedian, b.followerTier, platform)}`;
}

/** Opens the spiked influencer, recalculates it (so its latest run is fresh) and reads the API as the page does. */
async function openSpikedInfluencer(page: Page) {
  await signIn(page);
  await page.getByLabel('Search').fill(spiked.handle);
  const link = page.getByRole('link', { name: `@${spiked.handle}`, exact: true });
  const loaded = page.waitForResponse((r) => /\/api\/influencers\/[0-9a-f-]{36}$/.test(r.url()) && r.ok());
  await link.click();
  const response = await loaded;
  const id = /\/api\/influencers\/([0-9a-f-]{36})$/.exec(response.url())![1];
  const authorization = (await response.request().allHeaders())['authorization'] ?? '';
  expect(authorization).toMatch(/^Bearer /);

  await expect(page.getByRole('heading', { name: `@${spiked.handle}`, level: 1, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Recalculate' }).click();
  await expect(page.getByText('Run finished: the figures below are new.')).toBeVisible({ timeout: 30_000 });

  const get = async <T>(path: string): Promise<T> => {
    const answer = await page.request.get(`/api/influencers/${id}${path}`, { headers: { authorization } });
    expect(answer.status(), path).toBe(200);
    return (await answer.json()) as T;
  };
  return { metrics: await get<Metrics>('/metrics'), days: (await get<{ items: AudienceDay[] }>('/audience')).items };
}

test('the planted follower spike is raised with its date and change', async ({ page }) => {
  const { metrics, days } = await openSpikedInfluencer(page);

  expect(metrics.signals).not.toBeNull();
  expect(metrics.signals!.raisedFlags).toContain('followerSpike');
  const evidence = evidenceOf(metrics.signals!.flags.find((flag) => flag.id === 'followerSpike')!)!;
  const latest = Date.parse(`${days.at(-1)?.date}T00:00:00Z`);
  expect(evidence.date).toBe(new Date(latest - spiked.daysAgo * 86_400_000).toISOString().slice(0, 10));
  expect(evidence.change as number).toBeGreaterThanOrEqual(6_000 - 1_000);

  const card = page.getByTestId('signals');
  const flag = card.getByTestId('flag-followerSpike');
  await expect(flag).toBeVisible();
  const date = day.format(new Date(`${evidence.date as string}T00:00:00Z`));
  await expect(flag).toContainText(`Follower spike: +${(evidence.change as number).toLocaleString('en')} followers on ${date}`);
  await expect(flag).toContainText(`median of the ${evidence.baselineDays as number} days before`);

  // Every raised flag is listed, and only those; the summary counts the rest.
  await expect(card.locator('[data-testid^="flag-"]')).toHaveCount(metrics.signals!.raisedFlags.length);
  const by = (status: string) => metrics.signals!.flags.filter((f) => f.status === status).length;
  await expect(card.getByTestId('signals-summary')).toHaveText(`${by('raised')} raised, ${by('clear')} clear, ${by('insufficientData')} without enough data.`);
  await expect(card.getByTestId('data-confidence')).toContainText(metrics.signals!.dataConfidence);
  await expect(card.getByTestId('data-confidence')).toContainText(`${metrics.signals!.snapshotDays30} daily snapshots in the last 30 days`);
});

test('the benchmark sentences match the API\'s own benchmark', async ({ page }) => {
  const { metrics } = await openSpikedInfluencer(page);

  expect(metrics.benchmark).not.toBeNull();
  expect(metrics.benchmark!.followerTier).toBe('micro');
  await expect(page.getByTestId('benchmark-engagement')).toHaveText(expectedEngagementSentence(metrics, 'instagram'));
  await expect(page.getByTestId('benchmark-growth')).toHaveText(expectedGrowthSentence(metrics, 'instagram'));
});

test('the spiked influencer\'s followers chart has one point per snapshot day, and its cadence is shown', async ({ page }) => {
  const { metrics, days } = await openSpikedInfluencer(page);

  expect(days.length).toBeGreaterThan(30);
  const followers = page.getByRole('figure', { name: 'Followers history' });
  await expect(followers.locator('.chart-dot')).toHaveCount(days.length);
  await expect(followers).toHaveAccessibleDescription(new RegExp(`^${days.length} days from `));

  const perWeek = metrics.engagement.postsPerWeek!.toLocaleString('en', { maximumFractionDigits: 1 });
  await expect(page.getByTestId('cadence-sentence')).toContainText(`${perWeek} posts a week; usually `);
  await expect(page.getByTestId('top-posts').locator('li')).toHaveCount(3);
});

test('a run stored before benchmarks and signals says they come with the next update', async ({ page }) => {
  // The server's answer as for a run stored before Part 2: no benchmark, no signals, the added fields unknown.
  await page.route(/\/api\/influencers\/[0-9a-f-]{36}$/, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    const old = (metrics: Metrics) => ({
      ...metrics,
      benchmark: null,
      signals: null,
      engagement: { ...metrics.engagement, publicSampleSize: null, engagementRatePublic: null, postsPerWeek: null, medianGapHours: null, daysSinceLastPost: null },
    });
    await route.fulfill({ response, json: body.metrics ? { ...body, metrics: old(body.metrics) } : body });
  });
  await signIn(page);
  await page.getByLabel('Search').fill(spiked.handle);
  await page.getByRole('link', { name: `@${spiked.handle}`, exact: true }).click();
  await page.getByRole('button', { name: 'Recalculate' }).click();
  await expect(page.getByText('Run finished: the figures below are new.')).toBeVisible({ timeout: 30_000 });

  await expect(page.getByTestId('benchmark-missing')).toHaveText('No benchmark yet: it comes with the next update.');
  await expect(page.getByTestId('signals')).toContainText('No signals yet');
  await expect(page.getByTestId('signals').locator('[data-testid^="flag-"]')).toHaveCount(0);
  await expect(page.getByTestId('cadence-sentence')).toHaveText('Posting cadence not known yet: it comes with the next update.');
});
