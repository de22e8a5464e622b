/**
 * `check`'s worker started before the command's code is loaded. Loading that code takes this thread
 * ≈ 0.13 s, and a worker needs as long to load its own: started first, it loads on the other core at the
 * same time and is ready about when this thread checks its first documents (bench/cli.ts measures it).
 *
 * Read before the options are checked, so this only guesses whether the run is a large batch; check.ts
 * decides (threads.ts) and either hands the worker to its pool or stops it. A wrong guess costs a worker
 * started for nothing; it never holds the process open (EarlyWorkers).
 */
import { opendirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHECK_OPTIONS } from '../check-flags.js';
import { EarlyWorkers } from './pool.js';
import { AUTO_DOCUMENTS_PER_THREAD, threadsFor } from './threads.js';
import { builtWorkerEntry } from './worker-entry.js';

/** Tasks from which a worker is started early: as many as `--jobs auto` needs for two threads. */
export const EARLY_MIN_TASKS = 2 * AUTO_DOCUMENTS_PER_THREAD;

/**
 * A directory's entries, counted up to `most`: a glance reads no more of a huge directory than it needs
 * (the walk that follows has its own limits).
 */
export function entriesUpTo(path: string, most: number): number {
  const dir = opendirSync(path);
  try {
    let count = 0;
    while (count < most && dir.readSync() !== null) count++;
    return count;
  } finally {
    dir.closeSync();
  }
}

/**
 * Tasks an input names at least, at a glance: a directory's entries (not walked further, and no more than
 * a batch needs), an NDJSON file's kilobytes (a report is a few kilobytes a line), else one. A glob or
 * standard input counts for nothing: its worker, if any, starts with the first task.
 */
function tasksAtAGlance(input: string, cwd: string, ndjsonInput: boolean): number {
  if (input === '-') return 0;
  try {
    const path = resolve(cwd, input);
    const info = statSync(path);
    if (info.isDirectory()) return entriesUpTo(path, EARLY_MIN_TASKS);
    return ndjsonInput ? Math.floor(info.size / 1024) : 1;
  } catch {
    return 0;
  }
}

/**
 * Whether `check`'s arguments name a batch that `--jobs auto` (or `--jobs N` > 1) spreads over threads
 * on this machine's `cores`. A
 * worker started for a small batch costs more than it saves (its start-up competes with this thread on a
 * busy machine, and a process does not exit while a worker is still loading), hence the threshold.
 */
export function looksLikeBatch(args: string[], cwd: string, cores = availableParallelism()): boolean {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof CHECK_OPTIONS; allowPositionals: true; strict: false }>>;
  try {
    parsed = parseArgs({ args, options: CHECK_OPTIONS, allowPositionals: true, strict: false });
  } catch {
    return false;
  }
  const { values, positionals } = parsed;
  const jobs = typeof values.jobs === 'string' ? values.jobs.trim() : 'auto';
  if (values.help === true || !(jobs === 'auto' || Number(jobs) > 1)) return false;
  let tasks = 0;
  for (const input of positionals) {
    tasks += tasksAtAGlance(input, cwd, values['ndjson-input'] === true);
    if (tasks >= EARLY_MIN_TASKS) break;
  }
  // As threads.ts will decide for this batch (the worker's script is known to be built by then).
  return tasks >= EARLY_MIN_TASKS && threadsFor(jobs === 'auto' ? 'auto' : Number(jobs), { tasks, cores, workerBuilt: () => true }) > 1;
}

/** One worker started now when the arguments name a large batch and the worker script is built; else none. */
export function startEarlyWorkers(args: string[], cwd: string): EarlyWorkers | undefined {
  const entry = builtWorkerEntry();
  return entry && looksLikeBatch(args, cwd) ? new EarlyWorkers(1, entry) : undefined;
}
