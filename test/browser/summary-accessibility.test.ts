// The summary page (`summary --format html --tables`) of the review corpus in headless Chromium, at a
// laptop size (1366×768) and a phone size (390×844): no axe-core violation, and the page itself does not
// scroll sideways (wide charts and tables scroll inside their own focusable region). axe-core comes from
// npm and is evaluated in the page, as in accessibility.test.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryPageOf } from '../summary/corpus.js';
import { CHROMIUM, HAS_CHROMIUM, launchChromium } from './chromium.js';

const TITLE = HAS_CHROMIUM
  ? 'the summary page in headless Chromium'
  : `the summary page in headless Chromium (SKIPPED: no Chromium at ${CHROMIUM}; install it with "apt-get update && apt-get install -y chromium", or set CHROMIUM_PATH)`;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.slice(0, 5).map(({ target }) => ({ target })) }));
  });
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe.skipIf(!HAS_CHROMIUM)(TITLE, () => {
  let browser: Browser;
  let html: string;

  beforeAll(async () => {
    html = summaryPageOf(join(import.meta.dirname, '..', '..', 'examples', 'review-2025'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(VIEWPORTS)('at $width×$height ($name) has no axe-core violation and does not scroll sideways', async (viewport) => {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
    const page = await context.newPage();
    try {
      await page.setContent(html);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('prints on A4 without cutting anything off: charts shrink to the page, tables wrap to it', async () => {
    // 794 px is A4's width at 96 dpi; on paper nothing can scroll.
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 } });
    const page = await context.newPage();
    try {
      await page.setContent(html);
      await page.emulateMedia({ media: 'print' });
      const cut = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.table-scroll, .chart-figure'))
          .filter((element) => element.scrollWidth > element.clientWidth + 1)
          .map((element) => `${element.getAttribute('aria-label') ?? element.querySelector('svg title')?.textContent}: ${element.scrollWidth} > ${element.clientWidth}`),
      );
      expect(cut).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });

  it('shows the whole bar chart at 1366 px: no bar is clipped', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    try {
      await page.setContent(html);
      const clipped = await page.evaluate(() => {
        const figure = document.querySelector('.item-bars')!.closest('figure')!;
        return figure.scrollWidth > figure.clientWidth ? `${figure.scrollWidth} > ${figure.clientWidth}` : '';
      });
      expect(clipped).toBe('');
    } finally {
      await context.close();
    }
  });
});
