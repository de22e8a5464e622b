/**
 * `npm run bench:form`: the checker page's form view, measured in Debian's Chromium (playwright-core,
 * never a downloaded browser) on the built page (dist/web; run `npm run build` first), served with its CSP.
 *
 *   form render    the largest example (by size) loaded, then the Form tab opened: the first render
 *                  (including the form chunk's import and the form model) and a re-render (the same
 *                  document drawn again), both as measured in the page around the drawing code
 *   baseline       the YAML view's check of the same text (parse, validate, draw the result): the page's
 *                  existing work per edit, in the same run
 *   keystroke      one character typed into a form field → the score redrawn, and the same keystroke in
 *                  the YAML view (the baseline); both include the page's 250 ms debounce
 *
 * Each figure is the median over BENCH_FORM_RUNS fresh pages (default 7), with its run-to-run noise.
 * Exit 1 when the form's first render misses 300 ms by more than that noise.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { startWebServer } from '../scripts/serve-web.js';
import { ROOT } from './lib/documents.js';
import { estimate } from './lib/stats.js';
import { fixed, table } from './lib/table.js';

const RUNS = Number(process.env.BENCH_FORM_RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RENDER_TARGET_MS = 300;
const WEB = join(ROOT, 'dist/web');

function log(text = ''): void {
  process.stdout.write(`${text}\n`);
}

if (!existsSync(join(WEB, 'index.html'))) {
  process.stderr.write('bench:form needs the built page: run "npm run build" first.\n');
  process.exit(2);
}
if (!existsSync(CHROMIUM)) {
  process.stderr.write(`bench:form needs Chromium at ${CHROMIUM}: "apt-get install -y chromium", or set CHROMIUM_PATH.\n`);
  process.exit(2);
}

const largest = readdirSync(join(ROOT, 'examples'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({ file, size: statSync(join(ROOT, 'examples', file)).size }))
  .sort((a, b) => b.size - a.size)[0]!;

/** Milliseconds from a keystroke to the next finished check, measured in the page. */
async function keystrokeToScore(page: Page, selector: string): Promise<number> {
  await page.focus(selector);
  await page.evaluate(() => {
    const root = document.documentElement;
    const before = root.dataset['checks'];
    const probe = window as unknown as { __keystroke?: Promise<number> };
    probe.__keystroke = new Promise((resolve) => {
      let pressed = 0;
      document.addEventListener('keydown', () => (pressed = performance.now()), { capture: true, once: true });
      new MutationObserver((_, observer) => {
        if (root.dataset['checks'] !== before && pressed > 0) {
          observer.disconnect();
          resolve(performance.now() - pressed);
        }
      }).observe(root, { attributes: true, attributeFilter: ['data-checks'] });
    });
  });
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  return page.evaluate(() => (window as unknown as { __keystroke: Promise<number> }).__keystroke);
}

const web = await startWebServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const samples = { first: [] as number[], again: [] as number[], check: [] as number[], formKey: [] as number[], yamlKey: [] as number[] };
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(web.url);
    await page.waitForSelector('html[data-ready="true"]');
    const index = await page.$$eval('#example-select option', (options, file) => options.findIndex((option) => (option as HTMLOptionElement).dataset['file'] === file), largest.file);
    if (index < 0) throw new Error(`${largest.file} is not among the page's examples`);
    await page.selectOption('#example-select', { index });
    await page.click('#load-example');
    await page.waitForSelector('html[data-checks]');
    samples.check.push(Number(await page.getAttribute('html', 'data-check-ms')));

    // The YAML view's keystroke first (the form is not loaded yet, so it costs nothing here).
    samples.yamlKey.push(await keystrokeToScore(page, '#editor'));

    await page.click('#tab-form');
    await page.waitForSelector('#form-root[data-drawn]');
    samples.first.push(Number(await page.getAttribute('#form-root', 'data-render-ms')));
    // A change made in the YAML view: the form draws the whole document again when it is shown.
    await page.click('#tab-yaml');
    await page.fill('#editor', `${await page.inputValue('#editor')}\n`);
    await page.click('#tab-form');
    await page.waitForSelector('#form-root[data-drawn="2"]');
    samples.again.push(Number(await page.getAttribute('#form-root', 'data-render-ms')));

    samples.formKey.push(await keystrokeToScore(page, '#form-root input[type="text"][data-field$="/where"]'));
    await page.close();
  }
} finally {
  await browser.close();
  await web.close();
}

const gz = (file: string): number => gzipSync(readFileSync(join(WEB, file))).length;

/** A module and every module it imports statically (what the browser fetches before it runs). */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(WEB, file), 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:\{[^}]*\}\s*from\s*)?['"]\.\/([\w-]+\.js)['"]/g)) visit(match[1]!);
  };
  visit(entry);
  return [...seen];
}

/** The modules a module imports on demand (`import("./x.js")`). */
function dynamicImports(file: string): string[] {
  return [...readFileSync(join(WEB, file), 'utf8').matchAll(/import\(\s*['"]\.\/([\w-]+\.js)['"]\s*\)/g)].map((match) => match[1]!);
}

const atLoad = staticClosure('checker.js');
const formEntry = staticClosure('checker.js').flatMap(dynamicImports).find((file) => file.startsWith('form-view'));
const formOnly = formEntry ? staticClosure(formEntry).filter((file) => !atLoad.includes(file)) : [];
const sum = (files: string[], size: (file: string) => number): number => files.reduce((total, file) => total + size(file), 0);
const minified = (file: string): number => statSync(join(WEB, file)).size;

const first = estimate(samples.first);
const again = estimate(samples.again);
const check = estimate(samples.check);
const formKey = estimate(samples.formKey);
const yamlKey = estimate(samples.yamlKey);
log(`bench:form, ${largest.file} (${(largest.size / 1024).toFixed(1)} KB), ${RUNS} fresh pages at 1366×768; ${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(2)}`);
log();
log(
  table(
    ['measure', 'median ms', 'noise', 'vs YAML baseline'],
    [
      ['YAML view: check and draw the result (baseline)', fixed(check.median), `± ${fixed(check.noise * 100, 0)} %`, '1.00'],
      ['Form: first render after load', fixed(first.median), `± ${fixed(first.noise * 100, 0)} %`, fixed(first.median / check.median, 2)],
      ['Form: render again (same document)', fixed(again.median), `± ${fixed(again.noise * 100, 0)} %`, fixed(again.median / check.median, 2)],
      ['YAML view: keystroke → score (baseline, 250 ms debounce)', fixed(yamlKey.median), `± ${fixed(yamlKey.noise * 100, 0)} %`, '1.00'],
      ['Form: keystroke → score (250 ms debounce)', fixed(formKey.median), `± ${fixed(formKey.noise * 100, 0)} %`, fixed(formKey.median / yamlKey.median, 2)],
    ],
  ),
);
log();
log(
  table(
    ['page script', 'modules', 'minified KB', 'gzipped KB'],
    [
      ['at load (checker.js and its static imports)', String(atLoad.length), fixed(sum(atLoad, minified) / 1024), fixed(sum(atLoad, gz) / 1024)],
      ['the form view, on first use (its chunk and what only it imports)', String(formOnly.length), fixed(sum(formOnly, minified) / 1024), fixed(sum(formOnly, gz) / 1024)],
    ],
  ),
);
const missed = first.median > RENDER_TARGET_MS * (1 + first.noise);
log();
log(`${missed ? 'MISSED' : 'met'}: form render ${fixed(first.median)} ms, target < ${RENDER_TARGET_MS} ms`);
process.exit(missed ? 1 : 0);
