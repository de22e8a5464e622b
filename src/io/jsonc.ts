/**
 * jsonc-parser, which the slow JSON path (parse-json.ts) uses for the place of a syntax error or a
 * duplicate key. Imported statically here; the command-line build puts `src/cli/jsonc-on-demand.ts` in this
 * module's place (tsup.config.ts), which loads it when a JSON text the fast path refuses first needs it.
 */
export { parseTree, printParseErrorCode } from 'jsonc-parser';

/** Makes jsonc-parser ready to run (here it always is). */
export function loadJsonc(): Promise<void> {
  return Promise.resolve();
}
