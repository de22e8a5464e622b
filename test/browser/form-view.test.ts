// The checker page's form view, in headless Chromium on the built page (dist/web) under its CSP: two
// views of one document kept in step, findings that lead to their field, items that collapse when they
// do not apply, preparations and arms as groups, a draft kept only when asked, nothing sent anywhere.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { WebServer } from '../../scripts/serve-web.js';
import { CHROMIUM, HAS_CHROMIUM, serveCheckerPage } from './chromium.js';

const TITLE = HAS_CHROMIUM
  ? 'the form view of the checker page'
  : `the form view of the checker page (SKIPPED: no Chromium at ${CHROMIUM}; install it with "apt-get update && apt-get install -y chromium", or set CHROMIUM_PATH)`;

const UNDER_REPORTED = 'under-reported-concentrated-cm.yaml';
const MULTI_ARM = 'multi-arm-three-doses.yaml';

describe.skipIf(!HAS_CHROMIUM)(TITLE, () => {
  let web: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    ({ web, browser } = await serveCheckerPage());
    context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    context.on('request', (request) => {
      if (!request.url().startsWith(web.url)) requests.push(request.url());
    });
  });

  beforeEach(async () => {
    await page?.close();
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(web.url);
    await page.waitForSelector('html[data-ready="true"]');
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    expect(pageErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  async function loadExample(file: string): Promise<void> {
    const index = await page.$$eval('#example-select option', (options, name) => options.findIndex((option) => (option as HTMLOptionElement).dataset['file'] === name), file);
    expect(index).toBeGreaterThanOrEqual(0);
    await page.selectOption('#example-select', { index });
    await page.click('#load-example');
  }

  async function showForm(): Promise<void> {
    const drawn = Number((await page.getAttribute('#form-root', 'data-renders')) ?? 0);
    await page.click('#tab-form');
    await page.waitForFunction((before) => Number(document.querySelector('#form-root')?.getAttribute('data-renders') ?? 0) > before, drawn);
  }

  /** Waits for the check that follows an edit (typed edits are written when typing pauses). */
  async function nextCheck(before: string | null): Promise<void> {
    await page.waitForFunction((previous) => (document.documentElement.dataset['checks'] ?? null) !== previous, before);
  }

  const checks = (): Promise<string | null> => page.getAttribute('html', 'data-checks');
  const item = (id: string) => page.locator(`fieldset.item[data-item="${id}"]`).first();
  const focused = (): Promise<{ field: string | undefined; item: string | undefined; unit: string | undefined }> =>
    page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      return { field: active.dataset['field'], item: active.closest<HTMLElement>('[data-item]')?.dataset['item'], unit: active.closest<HTMLElement>('[data-unit]')?.dataset['unit'] };
    });

  it('the views are an ARIA tab pattern: one tab stop, arrow keys switch, each panel labelled by its tab', async () => {
    expect(await page.getAttribute('#tab-yaml', 'aria-selected')).toBe('true');
    expect(await page.isVisible('#editor')).toBe(true);
    await page.focus('#tab-yaml');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-form');
    expect(await page.getAttribute('#tab-form', 'aria-selected')).toBe('true');
    expect(await page.getAttribute('#tab-form', 'tabindex')).toBe('0');
    expect(await page.getAttribute('#tab-yaml', 'tabindex')).toBe('-1');
    expect(await page.isVisible('#editor')).toBe(false);
    expect(await page.getAttribute('#panel-form', 'aria-labelledby')).toBe('tab-form');
    await page.waitForSelector('#form-root fieldset.item');
    await page.keyboard.press('End');
    expect(await page.getAttribute('#tab-yaml', 'aria-selected')).toBe('true');
  });

  it('a value typed in the form is written into the YAML, comments kept, and the score follows', async () => {
    await loadExample(UNDER_REPORTED);
    const before = await page.inputValue('#editor');
    const score = await page.textContent('#score-value');
    await showForm();
    const temperature = item('storage.temperature');
    const check = await checks();
    await temperature.getByLabel('Storage temperature', { exact: true }).fill('-80');
    await temperature.getByLabel('Storage temperature: unit').selectOption('°C');
    await nextCheck(check);
    const after = await page.inputValue('#editor');
    expect((parse(after) as { storage: Record<string, unknown> }).storage['temperature']).toEqual({ value: -80, unit: '°C' });
    // Every comment of the example is still there.
    const comments = (text: string): string[] => text.split('\n').filter((line) => line.trimStart().startsWith('#'));
    expect(comments(after)).toEqual(comments(before));
    expect(Number(await page.textContent('#score-value'))).toBeGreaterThan(Number(score));
  });

  it('a value changed in the YAML view shows in the form, and the caret becomes the focused field', async () => {
    await loadExample(UNDER_REPORTED);
    await showForm();
    await page.click('#tab-yaml');
    const text = await page.inputValue('#editor');
    const edited = text.replace('form: { value: frozen, where: Methods 2.2 }', 'form: { value: refrigerated, where: Methods 4.1 }');
    expect(edited).not.toBe(text);
    await page.fill('#editor', edited);
    // The caret on the storage form's line: the form opens on that field.
    const offset = edited.indexOf('refrigerated');
    await page.$eval('#editor', (editor, at) => (editor as HTMLTextAreaElement).setSelectionRange(at, at), offset);
    await showForm();
    const form = item('storage.form');
    expect(await form.locator('select').first().inputValue()).toBe('refrigerated');
    expect(await form.getByLabel('Where in the manuscript').inputValue()).toBe('Methods 4.1');
    expect((await focused()).item).toBe('storage.form');
    // And back: the focused field becomes the caret's line.
    await form.getByLabel('Where in the manuscript').focus();
    await page.click('#tab-yaml');
    const caretLine = await page.$eval('#editor', (editor) => {
      const area = editor as HTMLTextAreaElement;
      return area.value.slice(0, area.selectionStart).split('\n').length;
    });
    expect(edited.split('\n')[caretLine - 1]).toContain('refrigerated');
  });

  it('a finding leads to its field: the arm that lacks a volume opens with its control focused', async () => {
    await loadExample(MULTI_ARM);
    const finding = page.locator('[data-finding][data-item-id="doseAdministration.volume"]');
    expect(await finding.getAttribute('data-pointer')).toBe('/doseAdministration/arms/2/volume');
    // Closed sections and arms open on the way.
    await showForm();
    await page.$$eval('#form-root details[open]', (elements) => elements.forEach((element) => ((element as HTMLDetailsElement).open = false)));
    await finding.locator('button.to-field').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('[data-unit]') !== null);
    expect(await focused()).toEqual({ field: 'doseAdministration@arm:ev-high/volume', item: 'doseAdministration.volume', unit: 'arm:ev-high' });
    expect(await page.evaluate(() => (document.activeElement!.closest('details.form-section') as HTMLDetailsElement).open)).toBe(true);
  });

  it('"essential gaps only" keeps the essential findings still missing', async () => {
    await loadExample(UNDER_REPORTED);
    const all = await page.$$eval('[data-finding]', (elements) => elements.map((element) => `${(element as HTMLElement).dataset['level']} ${(element as HTMLElement).dataset['status']}`));
    await page.check('#essential-only');
    const shown = await page.$$eval('[data-finding]', (elements) => elements.map((element) => `${(element as HTMLElement).dataset['level']} ${(element as HTMLElement).dataset['status']}`));
    expect(all.some((entry) => entry.startsWith('recommended'))).toBe(true);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((entry) => entry.startsWith('essential') && !entry.endsWith('not-applicable'))).toBe(true);
    expect(shown.length).toBe(all.filter((entry) => entry.startsWith('essential') && !entry.endsWith('not-applicable')).length);
    expect(await page.textContent('#findings-count')).toBe(`(${shown.length} of ${all.length})`);
  });

  it('storage temperature collapses with its reason when the secretome was used fresh, and comes back when it was not', async () => {
    await loadExample(MULTI_ARM);
    await showForm();
    const storageForm = item('storage.form').locator('select').first();
    let check = await checks();
    await storageForm.selectOption('fresh');
    await nextCheck(check);
    const collapsed = page.locator('details.item-collapsed[data-item="storage.temperature"]').first();
    await collapsed.waitFor({ state: 'attached' });
    expect(await collapsed.locator(':scope > summary').textContent()).toBe('Storage temperature — does not apply: the preparation was used fresh, without storage');
    expect(await collapsed.getAttribute('open')).toBeNull();
    check = await checks();
    await item('storage.form').locator('select').first().selectOption('frozen');
    await nextCheck(check);
    await page.waitForSelector('details.item-collapsed[data-item="storage.temperature"]', { state: 'detached' });
    expect(await item('storage.temperature').getByLabel('Storage temperature', { exact: true }).inputValue()).toBe('-80');
  });

  it('"not applicable" needs a reason: none is announced as a problem, the reason is written when given', async () => {
    await loadExample(UNDER_REPORTED);
    await showForm();
    const excipient = item('storage.excipient');
    await excipient.getByLabel('Not applicable').check();
    const reason = item('storage.excipient').getByLabel('Why it does not apply (required)');
    await reason.waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('x');
    await reason.fill('');
    expect(await page.textContent('#form-problems')).toContain('say why it does not apply');
    expect(await page.getAttribute('#form-problems', 'role')).toBe('alert');
    await reason.fill('Nothing was added to the medium');
    // The reason cleared before it was written is never written: the next text holds only the final one.
    await page.waitForFunction(() => (document.querySelector('#editor') as HTMLTextAreaElement).value.includes('Nothing was added'));
    expect((parse(await page.inputValue('#editor')) as { storage: Record<string, unknown> }).storage['excipient']).toEqual({ notApplicable: 'Nothing was added to the medium' });
    expect(await page.textContent('#form-problems')).toBe('');
  });

  it('arms are added, renamed, reordered, duplicated and removed as groups; an arm shows what it inherits', async () => {
    await loadExample(MULTI_ARM);
    await showForm();
    const arms = (): Promise<string[]> => page.$$eval('[data-units="arm"] .unit.arm', (elements) => [...new Set(elements.map((element) => (element as HTMLElement).dataset['unit']!))]);
    const armIds = async (): Promise<string[]> => ((parse(await page.inputValue('#editor')) as { doseAdministration: { arms: Array<{ id: string }> } }).doseAdministration.arms.map((arm) => arm.id));
    expect(await arms()).toEqual(['arm:ev-low', 'arm:ev-mid', 'arm:ev-high', 'arm:evd']);
    await page.getByRole('button', { name: 'Add arm', exact: true }).click();
    expect((await focused()).field).toBe('doseAdministration@arm:arm-5/id');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('ev-top');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelector('[data-unit="arm:ev-top"]') !== null);
    await page.getByRole('button', { name: 'Move up arm ev-top' }).click();
    // With more than two arms the cards start closed (drawn when opened); the new one is open.
    expect(await page.getAttribute('[data-card="doseAdministration@arm:ev-low"]', 'open')).toBeNull();
    await page.click('[data-card="doseAdministration@arm:ev-low"] > summary');
    await page.getByRole('button', { name: 'Duplicate arm ev-low' }).click();
    expect(await armIds()).toEqual(['ev-low', 'ev-low-copy', 'ev-mid', 'ev-high', 'ev-top', 'evd']);
    await page.getByRole('button', { name: 'Remove arm ev-low-copy' }).click();
    expect(await armIds()).toEqual(['ev-low', 'ev-mid', 'ev-high', 'ev-top', 'evd']);
    // The new arm gives no route of its own: it inherits the shared one, and can override it.
    const route = page.locator('.unit[data-unit="arm:ev-top"] .inherits[data-item="doseAdministration.route"]').first();
    expect(await route.textContent()).toContain('inherits intravenous from all arms');
    await route.getByRole('button', { name: /Give ev-top its own value/ }).click();
    const own = page.locator('.unit[data-unit="arm:ev-top"] fieldset.item[data-item="doseAdministration.route"]').first();
    const check = await checks();
    await own.locator('select').first().selectOption('intraperitoneal');
    await nextCheck(check);
    const written = parse(await page.inputValue('#editor')) as { doseAdministration: { route: { value: string }; arms: Array<{ id: string; route?: { value: string } }> } };
    expect(written.doseAdministration.arms.find((arm) => arm.id === 'ev-top')?.route).toEqual({ value: 'intraperitoneal' });
    expect(written.doseAdministration.route.value).toBe('intravenous');
  });

  it('numbers are read as papers write them (2×10^6) and a word that is no number is announced, not written', async () => {
    await loadExample(UNDER_REPORTED);
    await showForm();
    const count = item('production.cellsAtCollection').getByLabel('Cell count', { exact: true });
    const check = await checks();
    await count.fill('2\u00d710^6');
    await nextCheck(check);
    expect((parse(await page.inputValue('#editor')) as { production: { cellsAtCollection: { cellCount: number } } }).production.cellsAtCollection.cellCount).toBe(2_000_000);
    await count.fill('two million');
    expect(await count.getAttribute('aria-invalid')).toBe('true');
    expect(await page.textContent('#form-problems')).toContain('write a number');
  });

  it('"other" in a pick list reveals the description the schema asks for with it', async () => {
    await page.goto(`${web.url}?view=form`);
    await page.waitForSelector('#form-root[data-drawn]');
    // ?view=form opens the form first.
    expect(await page.getAttribute('#tab-form', 'aria-selected')).toBe('true');
    const tissue = item('cellSource.tissue');
    const description = tissue.getByLabel('Description', { exact: true });
    expect(await description.isHidden()).toBe(true);
    await tissue.locator('select').first().selectOption('other');
    expect(await description.isVisible()).toBe(true);
    const check = await checks();
    await description.fill('Amniotic membrane');
    await nextCheck(check);
    expect((parse(await page.inputValue('#editor')) as { cellSource: Record<string, unknown> }).cellSource['tissue']).toEqual({ value: 'other', description: 'Amniotic membrane' });
  });

  it('downloads the study report as YAML (comments kept) and as JSON', async () => {
    await loadExample(UNDER_REPORTED);
    const text = await page.inputValue('#editor');
    const [yaml] = await Promise.all([page.waitForEvent('download'), page.click('[data-save="yaml"]')]);
    expect(yaml.suggestedFilename()).toBe(UNDER_REPORTED);
    expect(await readFile(await yaml.path(), 'utf8')).toBe(text);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-save="json"]')]);
    expect(json.suggestedFilename()).toBe(UNDER_REPORTED.replace('.yaml', '.json'));
    expect(JSON.parse(await readFile(await json.path(), 'utf8'))).toEqual(parse(text));
  });

  it('stores nothing unless "keep a draft" is on; then keeps the text for the next visit until it is cleared', async () => {
    await loadExample(UNDER_REPORTED);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.isChecked('#keep-draft')).toBe(false);
    await page.check('#keep-draft');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('secretome-checklist:draft') ?? 'null') as { text: string; file: string } | null);
    expect(stored?.file).toBe(UNDER_REPORTED);
    expect(stored?.text).toBe(await page.inputValue('#editor'));
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.isChecked('#keep-draft')).toBe(true);
    expect(await page.inputValue('#editor')).toBe(stored?.text);
    expect(await page.textContent('#editor-status')).toContain('Restored your draft');
    await page.click('#clear-draft');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.isChecked('#keep-draft')).toBe(false);
  });
});

// Keep the example's file in step with what the page embeds (web/src/examples.ts).
describe('the form view tests', () => {
  it('use examples the page embeds', () => {
    const embedded = readFileSync('web/src/examples.ts', 'utf8');
    for (const file of [UNDER_REPORTED, MULTI_ARM]) expect(embedded).toContain(`'${file}'`);
  });
});
