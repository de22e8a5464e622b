/**
 * How many threads check documents (`--jobs`): a number the user gives, or `auto`, the default, which
 * uses the machine's cores when the batch is large enough to pay for starting a worker and the cores can
 * hold another checking thread.
 */

/** `--jobs`: threads that check documents, this one included, or `auto`. */
export type Jobs = number | 'auto';

/**
 * `auto` never runs more threads than this: each further worker costs its start-up and its own heap, and
 * past two threads the gain could not be measured (bench:cli runs on two cores).
 */
export const AUTO_MAX_THREADS = 4;

/**
 * CPUs one checking thread keeps busy: itself, and V8's garbage collector and compiler threads beside it
 * (measured on 1,000 files: 1.35). Two such threads on two cores contend for them: measured under load,
 * `--jobs 2` took 1.22× the time of one thread on 1,000 files (1.36× on 4,000), so `auto` adds a thread
 * only where the cores hold it.
 */
export const CPUS_PER_THREAD = 1.35;

/**
 * Documents per thread below which `auto` adds no thread. A worker needs ≈ 0.15 s to start, in which
 * this thread checks ≈ 100 documents; a smaller batch is done before a worker could take its first one.
 */
export const AUTO_DOCUMENTS_PER_THREAD = 100;

export interface BatchShape {
  /** Tasks to check, when known before checking starts (files); undefined for a stream of NDJSON lines. */
  tasks: number | undefined;
  /** Cores this process may use (os.availableParallelism()). */
  cores: number;
  /** Whether the worker script is built (dist/worker.cjs): from the sources, `auto` stays in this thread. Asked only when it matters. */
  workerBuilt: () => boolean;
}

/** The threads to check a batch on (this one included). */
export function threadsFor(jobs: Jobs, shape: BatchShape): number {
  if (jobs !== 'auto') return jobs;
  const byTasks = shape.tasks === undefined ? Number.POSITIVE_INFINITY : Math.floor(shape.tasks / AUTO_DOCUMENTS_PER_THREAD);
  const threads = Math.max(1, Math.min(Math.floor(shape.cores / CPUS_PER_THREAD), AUTO_MAX_THREADS, byTasks));
  return threads > 1 && shape.workerBuilt() ? threads : 1;
}
