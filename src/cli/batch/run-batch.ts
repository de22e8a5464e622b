/**
 * Checks every input of `check` and hands back outcomes in input order, one at a time: in this thread,
 * or with `jobs` > 1 spread over worker threads. At most a window of outcomes is held at once, so memory
 * stays flat however many documents a stream holds.
 */
import type { Source } from '../inputs.js';
import { checkTask, internalError, taskFile, type Checker } from './check-task.js';
import { sourceTasks, type SourceEvent, type SourceOptions } from './sources.js';
import type { Outcome, Task } from './types.js';

/** One document's outcome (a spreadsheet's studies arrive one by one), or the end of a source. */
export type BatchEvent = Exclude<Outcome, { kind: 'several' }> | { kind: 'source-done'; index: number };

/** Outcomes in flight per worker: enough to keep every worker busy while the next ones are read. */
const WINDOW_PER_JOB = 16;

function isTask(event: SourceEvent): event is Task {
  return event.kind === 'file' || event.kind === 'bytes' || event.kind === 'line';
}

/** The outcomes of one task, document by document. */
function* each(outcome: Outcome | BatchEvent): Generator<BatchEvent> {
  if (outcome.kind === 'several') for (const inner of outcome.outcomes) yield* each(inner);
  else yield outcome;
}

export async function* checkSources(sources: readonly Source[], checker: Checker, options: SourceOptions & { jobs: number }): AsyncGenerator<BatchEvent> {
  const events = sourceTasks(sources, options);
  if (options.jobs <= 1) {
    // In this thread, one document after another: reading a small file synchronously costs far less
    // than the thread-pool round trips of reading it ahead.
    for await (const event of events) yield* each(isTask(event) ? checkTask(event, checker) : event);
    return;
  }
  const { WorkerPool } = await import('./pool.js');
  // No more workers than documents, when that is known (NDJSON lines are counted only as they come).
  const pool = new WorkerPool(options.ndjsonInput ? options.jobs : Math.max(1, Math.min(options.jobs, sources.length)), checker.settings);
  const window: Array<Promise<Outcome | BatchEvent>> = [];
  const limit = options.jobs * WINDOW_PER_JOB;
  try {
    for await (const event of events) {
      window.push(
        isTask(event)
          ? pool.run(event).catch((error: unknown): Outcome => ({ kind: 'error', error: internalError(taskFile(event), error) }))
          : Promise.resolve(event),
      );
      while (window.length >= limit) yield* each(await window.shift()!);
    }
    while (window.length > 0) yield* each(await window.shift()!);
  } finally {
    await pool.close();
  }
}
