// The checker page opens spreadsheets and hands out the template, from modules it loads only then: a
// workbook of several studies lets the user pick one, which opens as YAML and is checked; a Studies CSV
// with one study opens at once; a bad cell is one line naming it; the template is a real workbook. All
// under the page's strict CSP, with no request but for the page's own files.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../scripts/serve-web.js';
import { studiesToDelimited, studiesToWorkbook } from '../../src/convert/convert.js';
import { parseReportText } from '../../src/io/parse.js';
import { readWorkbook } from '../../src/tabular/xlsx/read.js';
import { CHROMIUM, HAS_CHROMIUM, launchChromium } from './chromium.js';

const TITLE = HAS_CHROMIUM
  ? 'the checker page: spreadsheets'
  : `the checker page: spreadsheets (SKIPPED: no Chromium at ${CHROMIUM}; install it with "apt-get update && apt-get install -y chromium", or set CHROMIUM_PATH)`;

function study(file: string): Record<string, unknown> {
  const parsed = parseReportText(readFileSync(file, 'utf8'), { filename: file });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.document;
}

/** A study whose values are all section-level: a Studies sheet alone holds all of it. */
const ONE_STUDY = { checklistVersion: '1.1', study: { title: 'Only one', design: ['in-vivo'] }, cellSource: { donors: { count: 3 } }, storage: { temperature: { value: -80, unit: '°C' } } };

describe.skipIf(!HAS_CHROMIUM)(TITLE, () => {
  let web: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];
  let workbook: Buffer;
  let oneStudyCsv: string;
  const multiArm = () => study('examples/multi-arm-three-doses.yaml');

  beforeAll(async () => {
    if (!existsSync('dist/web/spreadsheet.js')) throw new Error('dist/web is missing or old: run "npm run build" first.');
    workbook = Buffer.from(await studiesToWorkbook([
      { id: 'ref-complete', document: study('examples/complete-in-vivo-ev.yaml') },
      { id: 'ref-multi-arm', document: multiArm() },
    ]));
    oneStudyCsv = studiesToDelimited([{ id: 'only-one', document: ONE_STUDY }], 'csv').studies;
    web = await startWebServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  });

  beforeEach(async () => {
    await page?.close();
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    // A script or a style the policy refused is reported on the console.
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(web.url);
    await page.waitForSelector('html[data-ready="true"]');
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    expect(problems).toEqual([]);
  });

  it('loads nothing for spreadsheets until one is opened', async () => {
    expect(requests.filter((url) => /spreadsheet/.test(url))).toEqual([]);
  });

  it('a workbook of several studies: the user picks one, which opens as YAML and is checked', async () => {
    await page.setInputFiles('#file-input', { name: 'studies.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
    await page.waitForSelector('#spreadsheet-study');
    expect(requests.some((url) => url.endsWith('/spreadsheet.js'))).toBe(true);
    expect(await page.textContent('#editor-status')).toContain('studies.xlsx holds 2 studies');
    expect(await page.$$eval('#spreadsheet-study option', (options) => options.map((option) => option.textContent?.split(' — ')[0]))).toEqual(['ref-complete', 'ref-multi-arm']);
    await page.selectOption('#spreadsheet-study', '1');
    await page.click('text=Open study');
    await page.waitForFunction(() => document.querySelector('#editor-status')?.textContent?.startsWith('Opened study ref-multi-arm'));
    const text = await page.inputValue('#editor');
    // The study as YAML, exactly the document the workbook holds.
    expect(parseYaml(text)).toEqual(multiArm());
    expect(await page.textContent('#editor-status')).toContain('of studies.xlsx (2 studies), row 5');
    await page.waitForFunction(() => (document.querySelector('#score-value')?.textContent ?? '') !== '');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="json"]')]);
    expect(download.suggestedFilename()).toBe('ref-multi-arm.report.json');
    const report = JSON.parse(await readFile(await download.path(), 'utf8')) as { source?: { file: string } };
    expect(report.source?.file).toBe('ref-multi-arm.yaml');
  });

  it('a Studies CSV with one study opens at once', async () => {
    await page.setInputFiles('#file-input', { name: 'studies.csv', mimeType: 'text/csv', buffer: Buffer.from(oneStudyCsv) });
    await page.waitForFunction(() => document.querySelector('#editor-status')?.textContent?.startsWith('Opened study only-one of studies.csv'));
    expect(parseYaml(await page.inputValue('#editor'))).toEqual(ONE_STUDY);
  });

  it('a bad cell is one line naming the file and the cell', async () => {
    const rows = oneStudyCsv.split(/\r?\n/);
    const keys = rows[2]!.split(',');
    const cells = rows[3]!.split(',');
    cells[keys.indexOf('cellSource.donors.count')] = 'dozens';
    const bad = [...rows.slice(0, 3), cells.join(','), ...rows.slice(4)].join('\n');
    await page.setInputFiles('#file-input', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.waitForFunction(() => document.querySelector('#editor-status')?.textContent?.startsWith('bad.csv › '));
    expect(await page.textContent('#editor-status')).toMatch(/^bad\.csv › \w+![A-Z]+4: .*dozens/);
  });

  it('"Download spreadsheet template" gives the workbook init --format xlsx writes', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('#download-template')]);
    expect(download.suggestedFilename()).toBe('studies.xlsx');
    const bytes = new Uint8Array(await readFile(await download.path()));
    const read = readWorkbook(bytes, { file: 'studies.xlsx' });
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.tables.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['About', 'Studies', 'Preparations', 'Arms']));
    expect(requests.some((url) => url.endsWith('/spreadsheet-template.js'))).toBe(true);
  });
});
