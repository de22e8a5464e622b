// The checker page keeps its labels honest and its structure problems in front: text pasted over a
// loaded example is no longer that example; a lab checklist can be used; invalid values come first.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WebServer } from '../../scripts/serve-web.js';
import { builtinChecklist } from '../../src/checklist/checklist.js';
import { CHROMIUM, HAS_CHROMIUM, serveCheckerPage } from './chromium.js';

const TITLE = HAS_CHROMIUM
  ? 'the checker page: names, user checklists, structure first'
  : `the checker page: names, user checklists, structure first (SKIPPED: no Chromium at ${CHROMIUM}; install it with "apt-get update && apt-get install -y chromium", or set CHROMIUM_PATH)`;

const PASTED = readFileSync('examples/complete-in-vivo-ev.yaml', 'utf8');

describe.skipIf(!HAS_CHROMIUM)(TITLE, () => {
  let web: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ web, browser } = await serveCheckerPage());
    context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  });

  beforeEach(async () => {
    await page?.close();
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(web.url);
    await page.waitForSelector('html[data-ready="true"]');
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    expect(pageErrors).toEqual([]);
  });

  async function downloadJson(): Promise<{ name: string; report: { source?: { file: string } } }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="json"]')]);
    return { name: file.suggestedFilename(), report: JSON.parse(await readFile(await file.path(), 'utf8')) as { source?: { file: string } } };
  }

  it('text pasted over a loaded example is no longer named after it: not in the status, the download or the report', async () => {
    await page.click('#load-example');
    const example = await page.$eval('#example-select', (select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    expect(await page.textContent('#editor-status')).toContain('Loaded the example');
    // Select all and paste another study, as a user would.
    await page.click('#editor');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(PASTED);
    await page.waitForFunction(() => document.querySelector('#score-value')?.textContent === '100.0');
    const status = await page.textContent('#editor-status');
    expect(status).toContain('New text');
    expect(status).toContain('study-report.yaml');
    expect(example).not.toBe('');
    const { name, report } = await downloadJson();
    expect(name).toBe('study-report.report.json');
    expect(report.source?.file).toBe('study-report.yaml');
  });

  it('typing inside a loaded example keeps its name: it is still that document, edited', async () => {
    await page.click('#load-example');
    const { name: before } = await downloadJson();
    await page.click('#editor');
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    const { name: after } = await downloadJson();
    expect(after).toBe(before);
    expect(after).not.toBe('study-report.report.json');
  });

  it('uses a lab checklist chosen from a file: its added item is scored and explained; a bad one is refused with its error', async () => {
    await page.click('#load-example');
    const lab = 'id: lab-sop\nadd:\n  - id: cellSource.providerRrid\n    section: cellSource\n    path: provider/rrid\n    scope: study\n    level: recommended\n    weight: 1\n    title: RRID of the cells\n    rationale: An RRID names the cell line.\n    hint: Add the RRID of the cells (e.g. RRID:CVCL_0001).\n    sources: [Lab SOP 4.2]\n';
    await page.setInputFiles('#checklist-input', { name: 'lab.yaml', mimeType: 'application/yaml', buffer: Buffer.from(lab) });
    await page.waitForFunction(() => document.querySelector('#checklist-status')?.textContent?.startsWith('Checklist lab.yaml'));
    // The built-in checklist of the latest version, plus the lab's one item.
    expect(await page.textContent('#checklist-status')).toBe(`Checklist lab.yaml (${builtinChecklist().items.length + 1} items)`);
    expect(await page.$$eval('[data-item-id="cellSource.providerRrid"]', (elements) => elements.length)).toBe(1);
    await page.evaluate(() => (location.hash = '#item/cellSource.providerRrid'));
    await page.waitForSelector('#explain[open]');
    expect(await page.textContent('#explain-title')).toBe('RRID of the cells');
    await page.keyboard.press('Escape');

    await page.setInputFiles('#checklist-input', { name: 'typo.yaml', mimeType: 'application/yaml', buffer: Buffer.from('items:\n  storage.temprature: { level: essential }\n') });
    await page.waitForFunction(() => document.querySelector('#checklist-status')?.textContent?.startsWith('Not used'));
    expect(await page.textContent('#checklist-status')).toContain('Did you mean "storage.temperature"?');
    // The checklist in use is still the lab's; the built-in one is a click away.
    await page.click('#clear-checklist');
    expect(await page.textContent('#checklist-status')).toBe('Built-in checklist');
    expect(await page.$$eval('[data-item-id="cellSource.providerRrid"]', (elements) => elements.length)).toBe(0);
  });

  it('lists invalid values first, under "Document structure", before the sections', async () => {
    await page.fill('#editor', 'checklistVersion: "1.0"\nstudy:\n  design: [in-vivo]\nstorage:\n  temperature: { value: -112, unit: °F }\ncellSource:\n  specie: { value: human }\n');
    await page.waitForSelector('[data-status="invalid"]');
    const order = await page.$$eval('#findings h4, #findings [data-finding]', (elements) =>
      elements.map((element) => (element.tagName === 'H4' ? `# ${element.firstChild?.textContent ?? ''}` : `${(element as HTMLElement).dataset['status']} ${(element as HTMLElement).dataset['itemId']}`)),
    );
    const firstSection = order.findIndex((entry, index) => index > 0 && entry.startsWith('# '));
    expect(order[0]).toBe('# Document structure: fix these first');
    expect(order.slice(1, firstSection).every((entry) => entry.startsWith('invalid '))).toBe(true);
    expect(order.slice(1, firstSection)).toContain('invalid storage.temperature');
    expect(order.slice(firstSection).some((entry) => entry.startsWith('invalid '))).toBe(false);
  });
});
