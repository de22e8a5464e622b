/**
 * A pool of worker threads that check tasks (`--jobs N`). Each worker builds its own validator from the
 * same settings; a task goes to the worker with the fewest tasks outstanding. Tasks travel in small
 * batches (one message per batch each way: a message costs more than checking a line's worth of JSON
 * takes to copy), and results come back as promises, so the caller keeps them in input order.
 *
 * Workers start as tasks arrive (a one-line input starts one worker, whatever N is). When a worker dies,
 * the tasks it held are not lost: each is checked again, alone, on a fresh worker, so only a task that
 * kills a worker by itself is reported as failed, and the other workers go on.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckSettings, Outcome, Task } from './types.js';

/** The worker entry next to this module: dist/worker.js when built, the TypeScript source under tsx. */
function workerEntry(): URL {
  const built = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : new URL('./worker.ts', import.meta.url);
}

export interface WorkerRequest {
  id: number;
  task: Task;
}

export interface WorkerResponse {
  id: number;
  outcome: Outcome;
}

/** Tasks per message at most; a batch also leaves as soon as the caller pauses. */
const BATCH = 8;

/** Workers that may die (and be replaced) beyond the pool's size before the pool gives up on the rest. */
const SPARE_WORKERS = 32;

interface Pending {
  task: Task;
  resolve: (outcome: Outcome) => void;
  reject: (error: Error) => void;
  /** Sent alone to a fresh worker after the worker it was on died: if this one dies too, the task is the cause. */
  isolated: boolean;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Tasks not sent yet. */
  queued: WorkerRequest[];
  /** Why the worker is gone (it failed or stopped): it takes no more tasks. */
  failure?: Error;
}

export interface PoolOptions {
  /** The worker script (tests use a stand-in); by default the checker's worker. */
  entry?: URL;
}

export class WorkerPool {
  readonly #size: number;
  readonly #settings: CheckSettings;
  readonly #entry: URL;
  #slots: Slot[] = [];
  #started = 0;
  #nextId = 0;
  #flushScheduled = false;
  #closing = false;

  constructor(size: number, settings: CheckSettings, options: PoolOptions = {}) {
    this.#size = size;
    this.#settings = settings;
    this.#entry = options.entry ?? workerEntry();
  }

  /** Workers started so far (replacements included). */
  get started(): number {
    return this.#started;
  }

  #spawn(): Slot | undefined {
    if (this.#started >= this.#size + SPARE_WORKERS) return undefined;
    this.#started++;
    const slot: Slot = { worker: new Worker(this.#entry, { workerData: this.#settings }), pending: new Map(), queued: [] };
    slot.worker.on('message', (responses: WorkerResponse[]) => {
      for (const { id, outcome } of responses) {
        const waiting = slot.pending.get(id);
        slot.pending.delete(id);
        waiting?.resolve(outcome);
      }
    });
    const died = (error: Error): void => {
      if (slot.failure) return;
      slot.failure = error;
      this.#slots = this.#slots.filter((candidate) => candidate !== slot);
      const orphans = [...slot.pending.values()];
      slot.pending.clear();
      slot.queued = [];
      if (this.#closing) {
        for (const orphan of orphans) orphan.reject(error);
        return;
      }
      for (const orphan of orphans) {
        // Alone on its worker and that worker died: this task is the cause.
        if (orphan.isolated) orphan.reject(error);
        else this.#isolate(orphan, error);
      }
    };
    slot.worker.on('error', died);
    slot.worker.on('exit', (code) => died(new Error(`a worker stopped (exit code ${code}) while checking this input`)));
    this.#slots.push(slot);
    return slot;
  }

  /** Checks a task again, alone, on a worker of its own. */
  #isolate(pending: Pending, cause: Error): void {
    const slot = this.#spawn();
    if (!slot) {
      pending.reject(cause);
      return;
    }
    const id = this.#nextId++;
    slot.pending.set(id, { ...pending, isolated: true });
    slot.worker.postMessage([{ id, task: pending.task }]);
  }

  /** The worker for the next task: an idle one, a new one while the pool is not full, else the least busy. */
  #pick(): Slot | undefined {
    const open = this.#slots.filter((slot) => !slot.failure && ![...slot.pending.values()].some((entry) => entry.isolated));
    const idle = open.find((slot) => slot.pending.size === 0);
    if (idle) return idle;
    if (open.length < this.#size) return this.#spawn() ?? open[0];
    return open.reduce<Slot | undefined>((best, candidate) => (best === undefined || candidate.pending.size < best.pending.size ? candidate : best), undefined);
  }

  run(task: Task): Promise<Outcome> {
    const slot = this.#pick();
    if (!slot) return Promise.reject(new Error('no worker could be started'));
    const id = this.#nextId++;
    return new Promise<Outcome>((resolve, reject) => {
      slot.pending.set(id, { task, resolve, reject, isolated: false });
      slot.queued.push({ id, task });
      if (slot.queued.length >= BATCH) this.#send(slot);
      else if (!this.#flushScheduled) {
        this.#flushScheduled = true;
        setImmediate(() => {
          this.#flushScheduled = false;
          for (const waiting of this.#slots) this.#send(waiting);
        });
      }
    });
  }

  #send(slot: Slot): void {
    if (slot.queued.length === 0 || slot.failure) return;
    slot.worker.postMessage(slot.queued);
    slot.queued = [];
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }
}
