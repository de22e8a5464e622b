/**
 * The command-line tool's parsers beyond the fast JSON path (in place of `src/io/parsers.ts`, see there
 * and tsup.config.ts): YAML and spreadsheets are each imported when an input first needs them (see
 * on-demand.ts). Until then a stand-in returns an error (its callers take errors as values)
 * after saying what it needs; check-task.ts loads it and parses the input again.
 */
import type { InputError } from '../io/errors.js';
import type * as Parsers from '../io/parsers.js';
import { need, onDemand } from './on-demand.js';

const yaml = onDemand(() => import('../io/parse-yaml.js'));
const spreadsheet = onDemand(() => import('../io/spreadsheet.js'));

/** What a stand-in returns before its parser is loaded: never shown, the input is parsed again. */
function notLoaded(file: string, what: string): InputError {
  return { code: 'internal-error', file, message: `internal error: the ${what} is not loaded. Please report this.` };
}

export const parseYamlText: typeof Parsers.parseYamlText = (text, file, limits) => {
  const loaded = yaml.module();
  if (loaded) return loaded.parseYamlText(text, file, limits);
  need(yaml.load);
  return { ok: false, error: notLoaded(file, 'YAML parser') };
};

export const parseSpreadsheet: typeof Parsers.parseSpreadsheet = (input) => {
  const loaded = spreadsheet.module();
  if (loaded) return loaded.parseSpreadsheet(input);
  need(spreadsheet.load);
  return [{ ok: false, error: notLoaded(input.file, 'spreadsheet reader') }];
};

/** Loads every parser, for a command that parses without check's retry. */
export async function loadParsers(): Promise<void> {
  await Promise.all([yaml.load(), spreadsheet.load()]);
}
