import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { expect } from './fixtures';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** "serious color-contrast: .sign-out (1.05:1)" for each node of a violation, so a failure says what to fix. */
function describe(violation: Result): string[] {
  return violation.nodes.map((node) => `${violation.impact} ${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? violation.help})`);
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now and fails on any serious or critical violation.
 * `hover` names an element to hover first, so hover states are checked too.
 */
export async function expectAccessible(page: Page, { hover }: { hover?: string } = {}): Promise<void> {
  if (hover) {
    await page.locator(hover).first().hover();
  }
  // Evaluated through the debugging protocol, which the page's Content-Security-Policy (script-src 'self') allows.
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    () => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.flatMap(describe), `axe-core on ${page.url()}`).toEqual([]);
}
