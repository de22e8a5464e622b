/**
 * Takes docs/images/summary-page.png, the README's picture of the summary page: `summary --format html`
 * of the review corpus (run in-process, as the CLI runs it), at 1366 px wide in Debian's Chromium (never
 * a downloaded one), the top of the page and the study × item grid side by side.
 *
 *   npx tsx scripts/screenshot-summary.ts [output.png]
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { run } from '../src/cli/run.js';

const output = process.argv[2] ?? 'docs/images/summary-page.png';
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let html = '';
let errors = '';
const code = await run(['summary', 'examples/review-2025/', '--format', 'html'], {
  stdout: { write: (text: string) => (html += text) },
  stderr: { write: (text: string) => (errors += text) },
  readStdin: async () => new Uint8Array(),
  cwd: process.cwd(),
  env: {},
  stdoutIsTTY: false,
  stderrIsTTY: false,
});
if (code !== 0) throw new Error(`summary failed (${code}): ${errors}`);

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  // The page's top (overview and the first bars), then the grid: the two views a reader looks for.
  await page.$eval('#grid-title-heading', (heading) => heading.scrollIntoView());
  await mkdir(dirname(output), { recursive: true });
  await page.screenshot({ path: output });
  process.stdout.write(`${output}\n`);
} finally {
  await browser.close();
}
