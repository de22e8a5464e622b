/**
 * The parsers a batch of JSON documents does not need: YAML and spreadsheets (jsonc-parser, for the JSON
 * the fast path refuses, is reached through jsonc.ts in the same way).
 *
 * Here they are imported statically: the library, the page and the sources hold them from the start. The
 * command-line build puts `src/cli/parsers-on-demand.ts` in this module's place (tsup.config.ts): it loads
 * each when an input first needs it (src/cli/on-demand.ts). Both modules export the same functions.
 */
export { parseYamlText } from './parse-yaml.js';
export { parseSpreadsheet } from './spreadsheet.js';

/** Makes every parser ready to run (here they always are). */
export function loadParsers(): Promise<void> {
  return Promise.resolve();
}
