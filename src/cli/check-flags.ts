/**
 * The flags of `check`, as node:util parseArgs reads them: a module of its own, light enough to read the
 * arguments before the command's code is loaded (batch/early.ts).
 */
import { LIMIT_OPTIONS } from './limit-options.js';

export const CHECK_OPTIONS = {
  format: { type: 'string', short: 'f' },
  ndjson: { type: 'boolean' },
  profile: { type: 'string', short: 'p' },
  checklist: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'min-score': { type: 'string' },
  'fail-on': { type: 'string' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  'no-quiet': { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  'no-verbose': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  ledger: { type: 'boolean' },
  'no-ledger': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'ndjson-input': { type: 'boolean' },
  'allow-empty': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  jobs: { type: 'string', short: 'j' },
  ...LIMIT_OPTIONS,
} as const;
