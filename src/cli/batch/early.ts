/**
 * `check`'s worker started before the command's code is loaded. Loading that code takes this thread
 * ≈ 0.13 s, and a worker needs as long to load its own: started first, it loads on the other core at the
 * same time and is ready about when this thread checks its first documents (bench/cli.ts measures it).
 *
 * Read before the options are checked, so this only guesses whether the run is a batch; check.ts decides
 * (threads.ts) and either hands the worker to its pool or stops it. A wrong guess costs a worker started
 * for nothing on the other core; it never holds the process open (EarlyWorkers).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHECK_OPTIONS } from '../check-flags.js';
import { EarlyWorkers } from './pool.js';
import { builtWorkerEntry } from './worker-entry.js';

/** What a glob library reads as a pattern (tinyglobby's isDynamicPattern is a dependency not loaded yet). */
const GLOB_CHARACTERS = /[*?[\]{}()!]/;

/** Whether an input names several documents: a directory, or a pattern of file names. */
function namesSeveral(input: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, input)).isDirectory();
  } catch {
    return GLOB_CHARACTERS.test(input);
  }
}

/** Whether `check`'s arguments look like a batch that `--jobs auto` (or `--jobs N` > 1) spreads over threads. */
export function looksLikeBatch(args: string[], cwd: string): boolean {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof CHECK_OPTIONS; allowPositionals: true; strict: false }>>;
  try {
    parsed = parseArgs({ args, options: CHECK_OPTIONS, allowPositionals: true, strict: false });
  } catch {
    return false;
  }
  const { values, positionals } = parsed;
  const jobs = typeof values.jobs === 'string' ? values.jobs.trim() : 'auto';
  if (values.help === true || !(jobs === 'auto' || Number(jobs) > 1)) return false;
  return values['ndjson-input'] === true || positionals.length > 1 || positionals.some((input) => input !== '-' && namesSeveral(input, cwd));
}

/** One worker started now when the arguments look like a batch and the worker script is built; else none. */
export function startEarlyWorkers(args: string[], cwd: string): EarlyWorkers | undefined {
  const entry = builtWorkerEntry();
  return entry && looksLikeBatch(args, cwd) ? new EarlyWorkers(1, entry) : undefined;
}
