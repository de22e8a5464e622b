/**
 * Checks every input of `check` and hands back outcomes in input order, one at a time: in this thread,
 * or with `threads` > 1 in this thread and worker threads side by side. At most a window of outcomes is
 * held at once, so memory stays flat however many documents a stream holds.
 */
import type { Source } from '../inputs.js';
import { checkTask, internalError, taskFile, type Checker } from './check-task.js';
import type { EarlyWorkers, WorkerPool } from './pool.js';
import { sourceTasks, type SourceEvent, type SourceOptions } from './sources.js';
import type { Outcome, Task } from './types.js';

/** One document's outcome (a spreadsheet's studies arrive one by one), or the end of a source. */
export type BatchEvent = Exclude<Outcome, { kind: 'several' }> | { kind: 'source-done'; index: number };

/**
 * Outcomes in flight per worker. The main thread runs ahead of the oldest task a worker holds while that
 * worker checks it; a worker still warming up is about half as fast, so four times what a worker holds
 * (IN_FLIGHT) keeps the main thread from waiting on it.
 */
const WINDOW_PER_WORKER = 64;

export interface BatchOptions extends SourceOptions {
  /** Threads that check documents, this one included (1: this thread alone). */
  threads: number;
  /** Workers started before the settings were known, used first. */
  early?: EarlyWorkers;
  /** The worker script, for tests (a stand-in); by default the checker's worker. */
  workerEntry?: URL;
}

function isTask(event: SourceEvent): event is Task {
  return event.kind === 'file' || event.kind === 'bytes' || event.kind === 'line';
}

/** The outcomes of one task, document by document. */
function* each(outcome: Outcome | BatchEvent): Generator<BatchEvent> {
  if (outcome.kind === 'several') for (const inner of outcome.outcomes) yield* each(inner);
  else yield outcome;
}

/** Lets messages from the workers in (their results, a worker saying it is ready) between two checks. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A place in the output: its outcome once known, and until then the promise of it. */
interface Place {
  outcome?: Outcome | BatchEvent;
  promise?: Promise<Outcome | BatchEvent>;
}

async function settled(place: Place): Promise<Outcome | BatchEvent> {
  return place.outcome ?? (await place.promise!);
}

/**
 * Every source's outcomes, in input order. The two ways are generators of their own: V8 optimises the one
 * a batch runs, without compiling the other's code into it.
 */
export function checkSources(sources: readonly Source[], checker: Checker, options: BatchOptions): AsyncGenerator<BatchEvent> {
  const events = sourceTasks(sources, options);
  if (options.threads > 1) return checkWithWorkers(events, checker, options);
  void options.early?.close();
  return checkInThisThread(events, checker);
}

/**
 * In this thread, one document after another: reading a small file synchronously costs far less than the
 * thread-pool round trips of reading it ahead.
 */
async function* checkInThisThread(events: AsyncIterable<SourceEvent> | Iterable<SourceEvent>, checker: Checker): AsyncGenerator<BatchEvent> {
  for await (const event of events) {
    if (!isTask(event)) yield event;
    else {
      const outcome = checkTask(event, checker);
      yield* each(outcome instanceof Promise ? await outcome : outcome);
    }
  }
}

/** In this thread and worker threads side by side, at most a window of outcomes held at once. */
async function* checkWithWorkers(events: AsyncIterable<SourceEvent> | Iterable<SourceEvent>, checker: Checker, options: BatchOptions): AsyncGenerator<BatchEvent> {
  const { WorkerPool } = await import('./pool.js');
  const pool: WorkerPool = new WorkerPool(options.threads - 1, checker.settings, {
    ...(options.early ? { early: options.early } : {}),
    ...(options.workerEntry ? { entry: options.workerEntry } : {}),
  });
  const window: Place[] = [];
  const limit = (options.threads - 1) * WINDOW_PER_WORKER;
  const handOver = (task: Task): Place => {
    const place: Place = {};
    place.promise = pool.run(task).then(
      (outcome) => (place.outcome = outcome),
      (error: unknown) => (place.outcome = { kind: 'error', error: internalError(taskFile(task), error) }),
    );
    return place;
  };
  try {
    for await (const event of events) {
      if (!isTask(event)) window.push({ outcome: event });
      else if (pool.hasRoom()) window.push(handOver(event));
      else {
        // No worker can take it now (starting, or busy): this thread checks it rather than wait.
        const outcome = checkTask(event, checker);
        window.push({ outcome: outcome instanceof Promise ? await outcome : outcome });
        await nextTurn();
      }
      while (window[0]?.outcome) yield* each(window.shift()!.outcome!);
      while (window.length >= limit) yield* each(await settled(window.shift()!));
    }
    while (window.length > 0) yield* each(await settled(window.shift()!));
  } finally {
    await pool.close();
  }
}
