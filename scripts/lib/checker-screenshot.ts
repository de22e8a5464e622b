/**
 * The checker page's pictures for the README and docs: the built page (dist/web) served with its strict
 * CSP, opened at 1366×768 in Debian's Chromium (never a downloaded one). `arrange` puts the page in the
 * state the picture shows; the screenshot is written to `output`, whose path is printed.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startWebServer } from '../serve-web.js';

export async function screenshotChecker(output: string, arrange: (page: Page) => Promise<void>): Promise<void> {
  const web = await startWebServer();
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
    await page.goto(web.url);
    await page.waitForSelector('html[data-ready="true"]');
    await arrange(page);
    await mkdir(dirname(output), { recursive: true });
    await page.screenshot({ path: output });
    process.stdout.write(`${output}\n`);
  } finally {
    await browser.close();
    await web.close();
  }
}
