/**
 * A pool of worker threads that check tasks (`--jobs N`). Each worker builds its own validator from the
 * same settings; a task goes to the worker with the fewest tasks outstanding. Results come back as
 * promises, so the caller keeps them in input order.
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

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (outcome: Outcome) => void; reject: (error: Error) => void }>;
}

export class WorkerPool {
  readonly #slots: Slot[];
  #nextId = 0;

  constructor(size: number, settings: CheckSettings) {
    const entry = workerEntry();
    this.#slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(entry, { workerData: settings }), pending: new Map() };
      slot.worker.on('message', ({ id, outcome }: WorkerResponse) => {
        const waiting = slot.pending.get(id);
        slot.pending.delete(id);
        waiting?.resolve(outcome);
      });
      const failAll = (error: Error): void => {
        for (const waiting of slot.pending.values()) waiting.reject(error);
        slot.pending.clear();
      };
      slot.worker.on('error', failAll);
      slot.worker.on('exit', (code) => failAll(new Error(`a worker stopped (exit code ${code})`)));
      return slot;
    });
  }

  run(task: Task): Promise<Outcome> {
    const slot = this.#slots.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
    const id = this.#nextId++;
    return new Promise<Outcome>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, task } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }
}
