/**
 * Takes docs/images/form.png, the README's picture of the form view: the built page (dist/web), served
 * with its strict CSP, the four-arm example open in the form at the field its one finding leads to, at
 * 1366×768 in Debian's Chromium (never a downloaded one).
 *
 *   npm run build && tsx scripts/screenshot-form.ts [output.png]
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { startWebServer } from './serve-web.js';

const output = process.argv[2] ?? 'docs/images/form.png';
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const EXAMPLE = 'multi-arm-three-doses.yaml';

const web = await startWebServer();
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
  await page.goto(web.url);
  await page.waitForSelector('html[data-ready="true"]');
  const index = await page.$$eval('#example-select option', (options, file) => options.findIndex((option) => (option as HTMLOptionElement).dataset['file'] === file), EXAMPLE);
  if (index < 0) throw new Error(`${EXAMPLE} is not among the page's examples`);
  await page.selectOption('#example-select', { index });
  await page.click('#load-example');
  await page.click('#tab-form');
  await page.waitForSelector('#form-root[data-drawn]');
  // The finding's "Go to the field": the arm without a volume opens at the button that gives it one.
  await page.click('[data-finding][data-item-id="doseAdministration.volume"] button.to-field');
  await page.waitForFunction(() => document.activeElement?.closest('[data-unit="arm:ev-high"]') !== null);
  await page.$eval('.results-pane', (pane) => pane.scrollTo(0, 0));
  await mkdir(dirname(output), { recursive: true });
  await page.screenshot({ path: output });
  process.stdout.write(`${output}\n`);
} finally {
  await browser.close();
  await web.close();
}
