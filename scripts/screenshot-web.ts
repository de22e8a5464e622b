/**
 * Takes docs/checker.png, the README's picture of the checker page: the built page (dist/web), served
 * with its strict CSP, an example loaded, at 1366×768 in Debian's Chromium (never a downloaded one).
 *
 *   npm run build && tsx scripts/screenshot-web.ts [output.png]
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { startWebServer } from './serve-web.js';

const output = process.argv[2] ?? 'docs/checker.png';
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

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
  await page.selectOption('#example-select', { index: 0 });
  await page.click('#load-example');
  // A finding's location in use: the editor scrolled to the storage section, the result at its top.
  await page.click('[data-item-id="storage.temperature"] button.location');
  await page.$eval('.results-pane', (pane) => pane.scrollTo(0, 0));
  await page.locator('#load-example').focus();
  await mkdir(dirname(output), { recursive: true });
  await page.screenshot({ path: output });
  process.stdout.write(`${output}\n`);
} finally {
  await browser.close();
  await web.close();
}
