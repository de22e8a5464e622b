// Accessibility and layout of what an editor or author sees: the checker page and the HTML report, in
// headless Chromium at a laptop size (1366×768) and a phone size (390×844). axe-core comes from npm and
// is evaluated in the page (never fetched from a CDN); any violation fails the test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebServer } from '../../scripts/serve-web.js';
import { htmlReporter, parseReportText, reporterOptionsFor, validate, type Report } from '../../src/browser.js';
import { checklist } from '../../src/index.js';
import { CHROMIUM, HAS_CHROMIUM, serveCheckerPage } from './chromium.js';

const TITLE = HAS_CHROMIUM
  ? 'accessibility and layout in headless Chromium'
  : `accessibility and layout in headless Chromium (SKIPPED: no Chromium at ${CHROMIUM}; install it with "apt-get update && apt-get install -y chromium", or set CHROMIUM_PATH)`;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const EXAMPLES = ['complete-in-vivo-ev.yaml', 'under-reported-concentrated-cm.yaml', 'clinical-knee-oa.yaml', 'in-vitro-microglia.yaml', 'multi-arm-three-doses.yaml'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's violations on the page as it is now, one line each (rule, impact, the elements). */
async function axeViolations(page: Page, within?: string): Promise<string[]> {
  // Evaluated, not added as a script element: the page's CSP (script-src 'self') would refuse the latter.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (context: Document | Element, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(selector === undefined ? document : document.querySelector(selector)!, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target }) => ({ target })) }));
  }, within);
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function exampleReport(file: string): Report {
  const text = readFileSync(`examples/${file}`, 'utf8');
  const parsed = parseReportText(text, { filename: `examples/${file}` });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return validate(parsed.document, { file: `examples/${file}`, sourceMap: parsed.sourceMap, ledger: true });
}

describe.skipIf(!HAS_CHROMIUM)(TITLE, () => {
  let web: WebServer;
  let browser: Browser;
  const batchHtml = (): string => htmlReporter(EXAMPLES.map(exampleReport), reporterOptionsFor(checklist, { batch: true, verbose: true }));

  beforeAll(async () => {
    ({ web, browser } = await serveCheckerPage());
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  async function open(viewport: (typeof VIEWPORTS)[number]): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
    return context.newPage();
  }

  describe.each(VIEWPORTS)('at $width×$height ($name)', (viewport) => {
    it('the checker page, empty and with an under-reported example, has no axe-core violation', async () => {
      const page = await open(viewport);
      try {
        await page.goto(web.url);
        await page.waitForSelector('html[data-ready="true"]');
        expect(await axeViolations(page)).toEqual([]);
        await page.selectOption('#example-select', { index: 1 });
        await page.click('#load-example');
        await page.waitForSelector('[data-finding]');
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });

    it('the form view, empty and with a four-arm example (its detail menus open), has no axe-core violation and does not scroll sideways', async () => {
      const page = await open(viewport);
      try {
        await page.goto(web.url);
        await page.waitForSelector('html[data-ready="true"]');
        await page.click('#tab-form');
        await page.waitForSelector('#form-root[data-renders="1"]');
        expect(await axeViolations(page)).toEqual([]);
        await page.selectOption('#example-select', { index: EXAMPLES.indexOf('multi-arm-three-doses.yaml') });
        await page.click('#load-example');
        await page.waitForSelector('#form-root[data-renders="2"]');
        await page.locator('fieldset.item[data-item="doseAdministration.dose"] button.details-toggle').first().click();
        await page.waitForSelector('#form-root .detail-state');
        // Every section laid out: content-visibility skips those off screen, and axe would skip them too.
        await page.$$eval('.form-section', (sections) => sections.forEach((section) => ((section as HTMLElement).style.contentVisibility = 'visible')));
        // The rest of the page was audited above; the form of four arms is large, so it alone this time.
        expect(await axeViolations(page, '#panel-form')).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      } finally {
        await page.context().close();
      }
    });

    it('while working deep in the form, the score, the verdict and the section bars stay in sight', async () => {
      const page = await open(viewport);
      try {
        await page.goto(web.url);
        await page.waitForSelector('html[data-ready="true"]');
        await page.click('#load-example');
        await page.click('#tab-form');
        await page.waitForSelector('#form-root[data-drawn]');
        const before = await page.getAttribute('html', 'data-checks');
        await page.locator('#form-section-outcomes input[data-field$="/where"]').last().focus();
        await page.keyboard.type('3');
        await page.waitForFunction((previous) => document.documentElement.dataset['checks'] !== previous, before);
        const inSight = (selector: string): Promise<boolean> =>
          page.$eval(selector, (element, height) => {
            const box = element.getBoundingClientRect();
            return getComputedStyle(element).display !== 'none' && box.height > 0 && box.top >= 0 && box.bottom <= height;
          }, viewport.height);
        const score = await page.textContent('#score-value');
        if (viewport.name === 'phone') {
          expect(await inSight('#live-score')).toBe(true);
          expect(await page.textContent('#live-text')).toContain(`Score ${score} / 100 · Minimal set`);
          expect(await page.$$eval('#live-bars .mini-bar', (bars) => bars.length)).toBe(9);
        } else {
          for (const selector of ['#score-value', '#verdict', '#sections li:last-child']) expect(await inSight(selector), selector).toBe(true);
        }
      } finally {
        await page.context().close();
      }
    });

    it('the HTML report of a batch has no axe-core violation and does not scroll sideways', async () => {
      const page = await open(viewport);
      try {
        await page.setContent(batchHtml());
        expect(await axeViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await page.context().close();
      }
    });
  });

  it('on a phone, the score stays in sight while typing in the editor, and the page does not scroll sideways', async () => {
    const page = await open(VIEWPORTS[1]);
    try {
      await page.goto(web.url);
      await page.waitForSelector('html[data-ready="true"]');
      await page.selectOption('#example-select', { index: 1 });
      await page.click('#load-example');
      await page.click('#editor');
      await page.keyboard.press('End');
      await page.keyboard.type(' ');
      await page.waitForFunction(() => document.querySelector('#live-score')?.textContent !== '');
      const score = await page.textContent('#score-value');
      const live = await page.evaluate(() => {
        const box = document.querySelector('#live-score')!.getBoundingClientRect();
        return { text: document.querySelector('#live-score')!.textContent, top: box.top, bottom: box.bottom, visible: getComputedStyle(document.querySelector('#live-score')!).display !== 'none' };
      });
      expect(live.visible).toBe(true);
      expect(live.text).toContain(`Score ${score} / 100`);
      expect(live.top).toBeGreaterThanOrEqual(0);
      expect(live.bottom).toBeLessThanOrEqual(VIEWPORTS[1].height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    } finally {
      await page.context().close();
    }
  });

  it('on a laptop the results pane shows the score itself: the line for phones stays hidden', async () => {
    const page = await open(VIEWPORTS[0]);
    try {
      await page.goto(web.url);
      await page.waitForSelector('html[data-ready="true"]');
      await page.click('#load-example');
      expect(await page.isVisible('#live-score')).toBe(false);
      expect(await page.isVisible('#score-value')).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it('skip links take the keyboard past the editor and the toolbar to the result and to the findings', async () => {
    const page = await open(VIEWPORTS[0]);
    try {
      await page.goto(web.url);
      await page.waitForSelector('html[data-ready="true"]');
      const skips: string[] = [];
      for (let step = 0; step < 3; step++) {
        await page.keyboard.press('Tab');
        skips.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
      }
      expect(skips).toEqual(['Skip to the study report', 'Skip to the result', 'Skip to the findings']);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('findings-title');
    } finally {
      await page.context().close();
    }
  });

  it('the HTML report shows the whole heatmap at 1366 px: its last column is not clipped', async () => {
    const page = await open(VIEWPORTS[0]);
    try {
      await page.setContent(batchHtml());
      const clipped = await page.evaluate(() => {
        const figure = document.querySelector('.heatmap, figure');
        if (!figure) return 'no heatmap';
        return figure.scrollWidth > figure.clientWidth ? `${figure.scrollWidth} > ${figure.clientWidth}` : '';
      });
      expect(clipped).toBe('');
    } finally {
      await page.context().close();
    }
  });
});
