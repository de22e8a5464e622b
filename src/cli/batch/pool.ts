/**
 * A pool of worker threads that check tasks (`--jobs N`). Each worker builds its own validator from the
 * same settings; a task goes to the worker with the fewest tasks outstanding. Tasks travel in small
 * batches (one message per batch each way: a message costs more than checking a line's worth of JSON
 * takes to copy), and results come back as promises, so the caller keeps them in input order.
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

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (outcome: Outcome) => void; reject: (error: Error) => void }>;
  /** Tasks not sent yet. */
  queued: WorkerRequest[];
  /** Why the worker is gone (it failed or stopped): it takes no more tasks. */
  failure?: Error;
}

export class WorkerPool {
  readonly #slots: Slot[];
  #nextId = 0;
  #flushScheduled = false;

  constructor(size: number, settings: CheckSettings) {
    const entry = workerEntry();
    this.#slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(entry, { workerData: settings }), pending: new Map(), queued: [] };
      slot.worker.on('message', (responses: WorkerResponse[]) => {
        for (const { id, outcome } of responses) {
          const waiting = slot.pending.get(id);
          slot.pending.delete(id);
          waiting?.resolve(outcome);
        }
      });
      const failAll = (error: Error): void => {
        slot.failure ??= error;
        for (const waiting of slot.pending.values()) waiting.reject(error);
        slot.pending.clear();
        slot.queued = [];
      };
      slot.worker.on('error', failAll);
      slot.worker.on('exit', (code) => failAll(new Error(`a worker stopped (exit code ${code})`)));
      return slot;
    });
  }

  run(task: Task): Promise<Outcome> {
    const alive = this.#slots.filter((slot) => !slot.failure);
    if (alive.length === 0) return Promise.reject(this.#slots[0]?.failure ?? new Error('no worker is running'));
    const slot = alive.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
    const id = this.#nextId++;
    return new Promise<Outcome>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
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
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }
}
