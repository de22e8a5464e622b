/**
 * Takes docs/checker.png, the README's picture of the checker page: an example loaded, a finding's
 * location in use (see lib/checker-screenshot.ts for the page and browser).
 *
 *   npm run build && tsx scripts/screenshot-web.ts [output.png]
 */
import { screenshotChecker } from './lib/checker-screenshot.js';

await screenshotChecker(process.argv[2] ?? 'docs/checker.png', async (page) => {
  await page.selectOption('#example-select', { index: 0 });
  await page.click('#load-example');
  // A finding's location in use: the editor scrolled to the storage section, the result at its top.
  await page.click('[data-item-id="storage.temperature"] button.location');
  await page.$eval('.results-pane', (pane) => pane.scrollTo(0, 0));
  await page.locator('#load-example').focus();
});
