/** Debian's Chromium for the browser suites (never a downloaded one), launched the same way by each. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startWebServer, type WebServer } from '../../scripts/serve-web.js';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Without it the suites skip, which test/setup/skip-policy.ts turns into a failure under CI=true. */
export const HAS_CHROMIUM = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
}

/** The built checker page served locally, and Chromium to open it: what every page suite starts with. */
export async function serveCheckerPage(): Promise<{ web: WebServer; browser: Browser }> {
  if (!existsSync('dist/web/index.html')) throw new Error('dist/web is missing: run "npm run build" first.');
  const web = await startWebServer();
  return { web, browser: await launchChromium() };
}
