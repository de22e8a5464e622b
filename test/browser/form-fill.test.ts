// An author fills in a complete study through the page's form alone, by keyboard: the downloaded study
// report gives exactly the report of the equivalent file. Driven in real headless Chromium against the
// built page (dist/web) under its strict CSP. The keystrokes are worked out from the form model and the
// target file (form-author.ts): every value of the file is typed, picked or ticked in the control the
// form shows for it.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebServer } from '../../scripts/serve-web.js';
import { parseReportText } from '../../src/io/parse.js';
import type { Report } from '../../src/report/types.js';
import { validate } from '../../src/validator.js';
import { Author, type Json } from './form-author.js';
import { CHROMIUM, HAS_CHROMIUM, serveCheckerPage } from './chromium.js';

const TITLE = HAS_CHROMIUM ? 'filling in the form by keyboard, in headless Chromium' : `filling in the form by keyboard (SKIPPED: no Chromium at ${CHROMIUM})`;

function dataOf(text: string): Json {
  const parsed = parseReportText(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.document;
}

/**
 * A document with its multi-selects in one order: ticked boxes are written in the order of the list,
 * whatever order the file lists them in (the report does not depend on it).
 */
function unordered(value: unknown): unknown {
  if (Array.isArray(value)) {
    const entries = value.map(unordered);
    return entries.every((entry) => typeof entry === 'string') ? [...(entries as string[])].sort() : entries;
  }
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, unordered(entry)]));
  return value;
}

/** The report without where it came from: the same document gives the same report. */
function reportOf(document: Json): Report {
  return validate(document);
}

describe.skipIf(!HAS_CHROMIUM)(TITLE, () => {
  let web: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    ({ web, browser } = await serveCheckerPage());
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  async function fillIn(file: string): Promise<{ target: Json; downloaded: Json; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(web.url);
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.inputValue('#editor')).toBe('');
    // The Form tab, by keyboard.
    await page.locator('#tab-form').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel-form:not([hidden]) [data-section="study"]');

    const target = dataOf(readFileSync(file, 'utf8'));
    const author = new Author(page);
    await author.document(target);
    await author.settle();

    const [download] = await Promise.all([page.waitForEvent('download'), author.press(page.locator('[data-save="yaml"]'))]);
    const downloaded = dataOf(await readFile(await download.path(), 'utf8'));
    await context.close();
    return { target, downloaded, errors };
  }

  it('a complete in-vivo EV study with two preparations and three arms gives exactly the report of its file', async () => {
    const { target, downloaded, errors } = await fillIn('test/fixtures/form/in-vivo-two-preparations-three-arms.yaml');
    expect(errors).toEqual([]);
    const { $schema: _schema, ...expected } = target;
    for (const section of Object.keys(expected)) expect(unordered(downloaded[section]), section).toEqual(unordered(expected[section]));
    expect(reportOf(downloaded)).toEqual(reportOf(target));
    expect(reportOf(downloaded).score.overall).toBe(100);
  }, 900_000);

  it('a clinical study gives exactly the report of its example file', async () => {
    const { target, downloaded, errors } = await fillIn('examples/clinical-knee-oa.yaml');
    expect(errors).toEqual([]);
    const { $schema: _schema, ...expected } = target;
    for (const section of Object.keys(expected)) expect(unordered(downloaded[section]), section).toEqual(unordered(expected[section]));
    expect(reportOf(downloaded)).toEqual(reportOf(target));
  }, 900_000);
});
