/**
 * Takes docs/images/form.png, the README's picture of the form view: the four-arm example open in the
 * form at the field its one finding leads to (see lib/checker-screenshot.ts for the page and browser).
 *
 *   npm run build && tsx scripts/screenshot-form.ts [output.png]
 */
import { screenshotChecker } from './lib/checker-screenshot.js';

const EXAMPLE = 'multi-arm-three-doses.yaml';

await screenshotChecker(process.argv[2] ?? 'docs/images/form.png', async (page) => {
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
});
