/**
 * jsonc-parser for the command-line tool (in place of `src/io/jsonc.ts`, see there and tsup.config.ts):
 * imported when a JSON text the fast path refuses (a syntax error, a duplicate key) first needs it. Until
 * then its stand-ins throw `NotLoaded` (see on-demand.ts), which the parser turns into an error value that
 * check-task.ts throws away before parsing the text again.
 */
import type * as Jsonc from '../io/jsonc.js';
import { needAndThrow, onDemand } from './on-demand.js';

const jsonc = onDemand(() => import('jsonc-parser'));

export const parseTree: typeof Jsonc.parseTree = (text, errors, options) => (jsonc.module() ?? needAndThrow(jsonc.load, 'jsonc-parser')).parseTree(text, errors, options);

export const printParseErrorCode: typeof Jsonc.printParseErrorCode = (code) => (jsonc.module() ?? needAndThrow(jsonc.load, 'jsonc-parser')).printParseErrorCode(code);

/** Loads jsonc-parser, for a command that parses without check's retry. */
export async function loadJsonc(): Promise<void> {
  await jsonc.load();
}
