/**
 * Worker threads that check tasks beside the main thread (`--jobs N` runs N − 1 of them). Each worker is
 * sent the settings first, builds its own validator from them and says it is ready; from then on it is
 * sent tasks in small batches (one message per batch each way: a message costs more than checking a
 * line's worth of JSON takes to copy), and results come back as promises, so the caller keeps them in
 * input order.
 *
 * The caller asks `hasRoom()` before handing a task over and checks the task itself when no ready worker
 * has room: a worker that is still starting (≈ 0.15 s) takes nothing, and one that runs slower takes less.
 *
 * Workers start as tasks arrive, one at a time (a one-line input starts one worker, whatever N is). When a
 * worker dies, the tasks it held are not lost: each is checked again, alone, on a fresh worker, so only a
 * task that kills a worker by itself is reported as failed, and the other workers go on.
 */
import { Worker } from 'node:worker_threads';
import type { CheckSettings, Outcome, Task } from './types.js';
import { workerEntry } from './worker-entry.js';

export interface WorkerRequest {
  id: number;
  task: Task;
}

export interface WorkerResponse {
  id: number;
  outcome: Outcome;
}

/** To a worker: its settings, once and first; then batches of tasks. */
export type ToWorker = { settings: CheckSettings } | WorkerRequest[];

/** From a worker: `ready` once its validator is built; then the outcomes of each batch, in its order. */
export type FromWorker = 'ready' | WorkerResponse[];

/** Tasks per message at most; a batch also leaves as soon as the caller pauses. */
const BATCH = 8;

/**
 * Tasks a worker holds at most when the caller asks `hasRoom()`: two batches, so it starts the next as
 * soon as it has sent one back, and a batch's worth is all the main thread waits for at the end.
 */
export const IN_FLIGHT = 2 * BATCH;

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
  /** Its validator is built: it checks a task as soon as it gets one. */
  ready: boolean;
  /** Why the worker is gone (it failed or stopped): it takes no more tasks. */
  failure?: Error;
}

/**
 * Workers started before the settings are known, as soon as `check` starts (when its arguments ask for a
 * batch): they load their code on another core while this thread loads its own, which takes as long. A
 * pool adopts them first. Until then they do not keep the process alive, so a run that never makes a
 * pool (a usage error, a batch of one) exits as if they had never started.
 */
export class EarlyWorkers {
  readonly #waiting: Array<{ worker: Worker; failed: boolean }> = [];

  constructor(count: number, entry: URL = workerEntry()) {
    for (let index = 0; index < count; index++) {
      const worker = new Worker(entry);
      const entryState = { worker, failed: false };
      // A worker that cannot start is left out; the pool starts another when it needs one.
      const failed = (): void => {
        entryState.failed = true;
      };
      worker.on('error', failed);
      worker.on('exit', failed);
      worker.unref();
      this.#waiting.push(entryState);
    }
  }

  get count(): number {
    return this.#waiting.length;
  }

  /** A started worker, now held by its taker (who listens for its errors and its end), if one is left. */
  take(): Worker | undefined {
    for (let next = this.#waiting.shift(); next; next = this.#waiting.shift()) {
      if (next.failed) continue;
      next.worker.removeAllListeners('error').removeAllListeners('exit');
      next.worker.ref();
      return next.worker;
    }
    return undefined;
  }

  /** Stops the workers nobody took. */
  async close(): Promise<void> {
    const left = this.#waiting.splice(0);
    await Promise.all(left.map(({ worker }) => worker.terminate()));
  }
}

export interface PoolOptions {
  /** The worker script (tests use a stand-in); by default the checker's worker. */
  entry?: URL;
  /** Workers already started (before the settings were known): used first. */
  early?: EarlyWorkers;
}

export class WorkerPool {
  readonly #size: number;
  readonly #settings: CheckSettings;
  readonly #entry: URL;
  readonly #early: EarlyWorkers | undefined;
  #slots: Slot[] = [];
  #started = 0;
  #nextId = 0;
  #flushScheduled = false;
  #closing = false;
  /** A worker died before it was ready: another would most likely fail the same way, so hasRoom starts none. */
  #startFailed = false;

  constructor(size: number, settings: CheckSettings, options: PoolOptions = {}) {
    this.#size = size;
    this.#settings = settings;
    this.#entry = options.entry ?? workerEntry();
    this.#early = options.early;
  }

  /** Workers started so far (replacements included). */
  get started(): number {
    return this.#started;
  }

  #spawn(): Slot | undefined {
    if (this.#started >= this.#size + SPARE_WORKERS) return undefined;
    this.#started++;
    const worker = this.#early?.take() ?? new Worker(this.#entry);
    const slot: Slot = { worker, pending: new Map(), queued: [], ready: false };
    worker.on('message', (message: FromWorker) => {
      if (message === 'ready') {
        slot.ready = true;
        return;
      }
      for (const { id, outcome } of message) {
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
      // (A worker sent a task before it was ready, to check it alone, may have died of that task.)
      if (!slot.ready && orphans.length === 0) this.#startFailed = true;
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
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`a worker stopped (exit code ${code}) while checking this input`)));
    worker.postMessage({ settings: this.#settings } satisfies ToWorker);
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
    slot.worker.postMessage([{ id, task: pending.task }] satisfies ToWorker);
  }

  /** Workers that take new tasks: alive, and not checking a task that may have killed another worker. */
  #open(): Slot[] {
    return this.#slots.filter((slot) => !slot.failure && ![...slot.pending.values()].some((entry) => entry.isolated));
  }

  /**
   * Whether a ready worker can take another task now. Starts a worker when the pool is not full and none
   * is starting: while it starts (and whenever every worker holds IN_FLIGHT tasks) the answer is no. A
   * worker that dies before it is ready is not replaced here: the caller checks everything itself.
   */
  hasRoom(): boolean {
    const open = this.#open();
    if (!this.#startFailed && open.every((slot) => slot.ready) && open.length < this.#size) this.#spawn();
    return open.some((slot) => slot.ready && slot.pending.size < IN_FLIGHT);
  }

  /** The worker for the next task: the least busy ready one, else an idle one, a new one while the pool is not full, or the least busy. */
  #pick(): Slot | undefined {
    const open = this.#open();
    const leastBusy = (slots: Slot[]): Slot | undefined => slots.reduce<Slot | undefined>((best, candidate) => (best === undefined || candidate.pending.size < best.pending.size ? candidate : best), undefined);
    const ready = leastBusy(open.filter((slot) => slot.ready && slot.pending.size < IN_FLIGHT));
    if (ready) return ready;
    const idle = open.find((slot) => slot.pending.size === 0);
    if (idle) return idle;
    if (open.length < this.#size) return this.#spawn() ?? open[0];
    return leastBusy(open);
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
    slot.worker.postMessage(slot.queued satisfies ToWorker);
    slot.queued = [];
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all([...this.#slots.map((slot) => slot.worker.terminate()), this.#early?.close()]);
  }
}
