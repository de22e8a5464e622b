// The checker page, built (dist/web) and served with the strict CSP, driven in real headless Chromium.
// It must show what the library computes, follow edits, download reports, and stay inside the page:
// no request beyond the local server, no CSP violation, no console error.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, startWebServer, type WebServer } from '../../scripts/serve-web.js';
import { htmlReporter, markdownReporter, reporterOptionsFor } from '../../src/browser.js';
import { buildTemplate } from '../../src/checklist/template.js';
import { checklist, parseReportText, validate, type Report } from '../../src/index.js';
import { formatScore } from '../../src/reporters/shared/score.js';
import { CHROMIUM, HAS_CHROMIUM } from './chromium.js';

const TITLE = HAS_CHROMIUM
  ? 'the checker page in headless Chromium'
  : `the checker page in headless Chromium (SKIPPED: no Chromium at ${CHROMIUM}; install it with "apt-get update && apt-get install -y chromium", or set CHROMIUM_PATH)`;

const EXAMPLE_FILE = 'under-reported-concentrated-cm.yaml';
const STORAGE_FORM_LINE = '  form: { value: frozen, where: Methods 2.2 }\n';
const TYPED_LINE = '  temperature: { value: -80, unit: °C, where: Methods 2.2 }\n';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** What the library reports for a text, the way the page checks it. */
function expectedReport(text: string, file: string, profile: 'default' | 'journal-strict' = 'default'): Report {
  const parsed = parseReportText(text, { filename: file });
  if (!parsed.ok) throw new Error(`${file} does not parse: ${parsed.error.message}`);
  return validate(parsed.document, { file, sourceMap: parsed.sourceMap, profile });
}

/** Offset of a 1-based line and column in a text. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((sum, current) => sum + current.length + 1, 0) + column - 1;
}

interface ShownFinding {
  itemId: string;
  status: string;
  level: string;
  pointer: string;
  location: string | null;
  message: string;
  hint: string | null;
}

function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.$$eval('[data-finding]', (elements) =>
    elements.map((element) => {
      const data = (element as HTMLElement).dataset;
      return {
        itemId: data['itemId'] ?? '',
        status: data['status'] ?? '',
        level: data['level'] ?? '',
        pointer: data['pointer'] ?? '',
        location: data['location'] ?? null,
        message: element.querySelector('.message')?.textContent ?? '',
        hint: element.querySelector('.hint')?.textContent ?? null,
      };
    }),
  );
}

function findingsOf(report: Report): ShownFinding[] {
  return report.findings.map((finding) => ({
    itemId: finding.itemId,
    status: finding.status,
    level: finding.level,
    pointer: finding.pointer,
    location: finding.location ? `${finding.location.line}:${finding.location.column}` : null,
    message: finding.message,
    hint: finding.hint ?? null,
  }));
}

function shownSections(page: Page): Promise<Array<{ section: string; score: string; width: string }>> {
  return page.$$eval('[data-section]', (elements) =>
    elements.map((element) => ({
      section: (element as HTMLElement).dataset['section'] ?? '',
      score: element.querySelector('.section-score')?.firstChild?.textContent ?? '',
      width: element.querySelector<HTMLElement>('.fill')?.style.width ?? '',
    })),
  );
}

function sectionsOf(report: Report): Array<{ section: string; score: string; width: string }> {
  return Object.entries(report.score.sections).map(([section, score]) => ({
    section,
    score: score.applicable > 0 ? formatScore(score.score) : 'n/a',
    width: `${score.applicable > 0 ? score.score : 0}%`,
  }));
}

async function download(page: Page, format: 'json' | 'markdown' | 'html'): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${format}"]`)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

describe.skipIf(!HAS_CHROMIUM)(TITLE, () => {
  let web: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const consoleMessages: string[] = [];
  const pageErrors: string[] = [];
  const violations: string[] = [];
  let exampleText: string;
  let editedText: string;

  beforeAll(async () => {
    if (!existsSync('dist/web/index.html')) throw new Error('dist/web is missing: run "npm run build" first.');
    exampleText = await readFile(`examples/${EXAMPLE_FILE}`, 'utf8');
    expect(exampleText).toContain(STORAGE_FORM_LINE);
    editedText = exampleText.replace(STORAGE_FORM_LINE, STORAGE_FORM_LINE + TYPED_LINE);

    web = await startWebServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    context.on('request', (request) => requests.push(request.url()));
    await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
      violations.push(text);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
        void report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || /content security policy/i.test(message.text())) consoleMessages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const response = await page.goto(web.url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await page.waitForSelector('html[data-ready="true"]');
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('shows the score, section bars and findings the library computes for an example', async () => {
    const report = expectedReport(exampleText, EXAMPLE_FILE);
    await page.selectOption('#example-select', { label: 'Under-reported in-vivo study (concentrated conditioned medium)' });
    await page.click('#load-example');

    expect(await page.inputValue('#editor')).toBe(exampleText);
    expect(await page.textContent('#score-value')).toBe(formatScore(report.score.overall));
    expect(await page.textContent('#verdict')).toBe('Minimal set incomplete');
    expect(await page.textContent('#announcer')).toContain(`Score ${formatScore(report.score.overall)} out of 100`);
    expect(await shownSections(page)).toEqual(sectionsOf(report));
    expect(report.findings.length).toBeGreaterThan(10);
    expect(await shownFindings(page)).toEqual(findingsOf(report));
  });

  it('moves the caret to a finding’s line and column', async () => {
    const finding = expectedReport(exampleText, EXAMPLE_FILE).findings.find((f) => f.itemId === 'cellSource.ethics');
    expect(finding?.location).toBeDefined();
    const { line, column } = finding!.location!;
    await page.click(`[data-item-id="cellSource.ethics"] button.location`);
    const caret = await page.$eval('#editor', (editor) => ({
      start: (editor as HTMLTextAreaElement).selectionStart,
      focused: document.activeElement === editor,
    }));
    expect(caret).toEqual({ start: offsetOf(exampleText, line, column), focused: true });
  });

  it('explains an item from the checklist data, in a dialog that Escape closes', async () => {
    const item = checklist.items.find((candidate) => candidate.id === 'storage.temperature')!;
    const link = page.locator('[data-item-id="storage.temperature"] a.explain-link');
    await link.click();
    await expect.poll(() => page.$eval('#explain', (dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
    expect(await page.textContent('#explain-title')).toBe(item.title);
    expect(await page.textContent('#explain-rationale')).toBe(item.rationale);
    expect(await page.$$eval('#explain-sources li', (lis) => lis.map((li) => li.textContent))).toEqual(item.sources);
    expect(await page.textContent('#explain-example')).toContain('temperature:');
    await page.keyboard.press('Escape');
    expect(await page.$eval('#explain', (dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('follows typing: a reported storage temperature raises the score', async () => {
    const before = expectedReport(exampleText, EXAMPLE_FILE);
    const after = expectedReport(editedText, EXAMPLE_FILE);
    expect(after.score.overall).toBeGreaterThan(before.score.overall);

    const offset = exampleText.indexOf(STORAGE_FORM_LINE) + STORAGE_FORM_LINE.length;
    await page.$eval('#editor', (editor, at) => {
      (editor as HTMLTextAreaElement).focus();
      (editor as HTMLTextAreaElement).setSelectionRange(at, at);
    }, offset);
    await page.keyboard.type(TYPED_LINE);

    await expect.poll(() => page.textContent('#score-value'), { timeout: 5000 }).toBe(formatScore(after.score.overall));
    expect(await page.inputValue('#editor')).toBe(editedText);
    expect(await shownSections(page)).toEqual(sectionsOf(after));
    expect(await shownFindings(page)).toEqual(findingsOf(after));
    expect(await page.locator('[data-item-id="storage.temperature"]').count()).toBe(0);
  });

  it('downloads the report as JSON, Markdown and HTML, as the library writes them', async () => {
    const report = expectedReport(editedText, EXAMPLE_FILE);
    const options = { ...reporterOptionsFor(checklist), toolVersion: version };

    const json = await download(page, 'json');
    expect(json.name).toBe('under-reported-concentrated-cm.report.json');
    expect(JSON.parse(json.text)).toEqual(report);

    const markdown = await download(page, 'markdown');
    expect(markdown.name).toBe('under-reported-concentrated-cm.report.md');
    expect(markdown.text).toBe(markdownReporter([report], options));

    const html = await download(page, 'html');
    expect(html.name).toBe('under-reported-concentrated-cm.report.html');
    expect(html.text).toBe(htmlReporter([report], options));
  });

  it('reports unreadable text with its line and column, and offers no download', async () => {
    await page.fill('#editor', 'checklistVersion: "1.0"\nstudy: { design: [in-vivo]\n');
    await expect.poll(() => page.textContent('#verdict'), { timeout: 5000 }).toBe('The study report cannot be read');
    expect(await page.textContent('#score-value')).toBe('–');
    expect(await page.locator('[data-download]:disabled').count()).toBe(3);
    expect(await page.locator('[data-finding] button.location').count()).toBe(1);
  });

  it('starts from a template for the chosen design, and can restore the text it replaced', async () => {
    await page.fill('#editor', editedText);
    await page.uncheck('input[name="design"][value="in-vivo"]');
    await page.check('input[name="design"][value="clinical"]');
    await page.selectOption('#fraction-select', 'whole');
    await page.click('#start-template');

    const template = buildTemplate(['clinical'], 'whole');
    expect(await page.inputValue('#editor')).toBe(template);
    expect(await page.textContent('#score-value')).toBe(formatScore(expectedReport(template, 'template.yaml').score.overall));

    await page.click('#editor-status button');
    expect(await page.inputValue('#editor')).toBe(editedText);
    expect(await page.textContent('#score-value')).toBe(formatScore(expectedReport(editedText, EXAMPLE_FILE).score.overall));
  });

  it('opens a chosen or dropped file (JSON too) and rescores with the journal-strict profile', async () => {
    const parsed = parseReportText(exampleText, { filename: EXAMPLE_FILE });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const jsonText = `${JSON.stringify(parsed.document, null, 2)}\n`;

    await page.setInputFiles('#file-input', { name: 'study.json', mimeType: 'application/json', buffer: Buffer.from(jsonText) });
    await expect.poll(() => page.inputValue('#editor'), { timeout: 5000 }).toBe(jsonText);
    expect(await shownFindings(page)).toEqual(findingsOf(expectedReport(jsonText, 'study.json')));
    expect(await page.textContent('#editor-status')).toContain('study.json');

    await page.$eval('#editor', (editor, text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.yaml', { type: 'application/yaml' }));
      editor.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, editedText);
    await expect.poll(() => page.inputValue('#editor'), { timeout: 5000 }).toBe(editedText);
    expect(await page.textContent('#editor-status')).toContain('dropped.yaml');

    const strict = expectedReport(editedText, 'dropped.yaml', 'journal-strict');
    expect(strict.counts.essentialMissing).toBeGreaterThan(expectedReport(editedText, 'dropped.yaml').counts.essentialMissing);
    await page.selectOption('#profile-select', 'journal-strict');
    expect(await page.textContent('#score-value')).toBe(formatScore(strict.score.overall));
    expect(await page.textContent('#counts')).toContain(`${strict.counts.essentialMissing} essential missing`);
    expect(await shownFindings(page)).toEqual(findingsOf(strict));
    await page.selectOption('#profile-select', 'default');
  });

  it('made no request outside the local server, broke no CSP rule and logged no error', async () => {
    const origin = new URL(web.url).origin;
    const outside = requests.filter((url) => !(url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`)));
    expect(outside).toEqual([]);
    expect(requests).toContain(`${origin}/checker.js`);
    expect(violations).toEqual([]);
    expect(consoleMessages).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('would notice a violation: the served policy refuses inline script, and both detectors see it', async () => {
    const probe = await context.newPage();
    const probeConsole: string[] = [];
    probe.on('console', (message) => probeConsole.push(`${message.type()}: ${message.text()}`));
    try {
      await probe.goto(web.url);
      const before = violations.length;
      // Evaluated code itself is exempt from the page's CSP (DevTools protocol), a script element is not.
      const ran = await probe.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.documentElement.dataset.inlineRan = "yes";';
        document.body.append(script);
        return document.documentElement.dataset['inlineRan'] ?? 'no';
      });
      expect(ran).toBe('no');
      await expect.poll(() => violations.slice(before).join('\n'), { timeout: 5000 }).toContain('script-src');
      await expect.poll(() => probeConsole.join('\n'), { timeout: 5000 }).toMatch(/^error: .*Content Security Policy/m);
    } finally {
      await probe.close();
    }
  });
});
