/**
 * `--jobs`: the worker pool (issue 11, points 14 and 20). A worker that dies takes no other input with it:
 * the tasks it held are checked again, each alone, and only the one that kills a worker by itself fails.
 * Workers start as tasks arrive, so a one-line input starts one worker whatever --jobs says. Beside the
 * main thread, a worker takes tasks only once it is ready, and the output keeps input order.
 */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/cli/batch/check-task.js';
import { EarlyWorkers, IN_FLIGHT, WorkerPool } from '../../src/cli/batch/pool.js';
import { checkSources } from '../../src/cli/batch/run-batch.js';
import { createValidator } from '../../src/validator.js';
import type { CheckSettings, Outcome, Task } from '../../src/cli/batch/types.js';

const SETTINGS: CheckSettings = { validator: {}, limits: {}, streamNdjson: false, thresholds: { failOn: 'essential' } };
const STAND_IN = new URL('./fixtures/dying-worker.mjs', import.meta.url);

const task = (display: string): Task => ({ kind: 'line', text: '{}', display, line: 1 });

async function settle(pool: WorkerPool, names: string[]): Promise<Array<{ name: string; outcome?: Outcome; failure?: string }>> {
  const results = await Promise.allSettled(names.map((name) => pool.run(task(name))));
  return results.map((result, index) => (result.status === 'fulfilled' ? { name: names[index]!, outcome: result.value } : { name: names[index]!, failure: String(result.reason?.message) }));
}

describe('the worker pool', () => {
  it('when a worker dies, every other task it held is checked again and only the input that killed it fails', async () => {
    const pool = new WorkerPool(2, SETTINGS, { entry: STAND_IN });
    try {
      const names = Array.from({ length: 40 }, (_, index) => (index === 13 ? 'poison.json' : `study-${index}.json`));
      const results = await settle(pool, names);
      const failed = results.filter((result) => result.failure !== undefined);
      expect(failed.map((result) => result.name)).toEqual(['poison.json']);
      expect(failed[0]!.failure).toMatch(/a worker stopped \(exit code 3\)/);
      expect(results.filter((result) => result.outcome).map((result) => (result.outcome as { error: { file: string } }).error.file)).toEqual(names.filter((name) => name !== 'poison.json'));
    } finally {
      await pool.close();
    }
  });

  it('several inputs that each kill a worker fail one by one; the batch goes on', async () => {
    const pool = new WorkerPool(2, SETTINGS, { entry: STAND_IN });
    try {
      const names = ['a.json', 'poison-1.json', 'b.json', 'c.json', 'poison-2.json', 'd.json', 'e.json', 'f.json', 'g.json', 'h.json'];
      const results = await settle(pool, names);
      expect(results.filter((result) => result.failure).map((result) => result.name)).toEqual(['poison-1.json', 'poison-2.json']);
    } finally {
      await pool.close();
    }
  });

  it('starts workers as tasks arrive: one task on a pool of 256 starts one worker', async () => {
    const pool = new WorkerPool(256, SETTINGS, { entry: STAND_IN });
    try {
      await pool.run(task('only.json'));
      expect(pool.started).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('never starts more workers than it was given (plus replacements for dead ones)', async () => {
    const pool = new WorkerPool(3, SETTINGS, { entry: STAND_IN });
    try {
      await settle(pool, Array.from({ length: 100 }, (_, index) => `s${index}.json`));
      expect(pool.started).toBeLessThanOrEqual(3);
    } finally {
      await pool.close();
    }
  });
});

describe('workers beside the main thread', () => {
  const waitFor = async (condition: () => boolean): Promise<void> => {
    for (let tries = 0; tries < 500 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  it('a worker that is still starting takes no task; once ready it takes up to IN_FLIGHT', async () => {
    const pool = new WorkerPool(1, { ...SETTINGS, readyAfterMs: 300 } as CheckSettings, { entry: STAND_IN });
    try {
      expect(pool.hasRoom()).toBe(false);
      expect(pool.started).toBe(1);
      await waitFor(() => pool.hasRoom());
      expect(pool.hasRoom()).toBe(true);
      const handed: Array<Promise<Outcome>> = [];
      while (pool.hasRoom()) handed.push(pool.run(task(`s${handed.length}.json`)));
      expect(handed).toHaveLength(IN_FLIGHT);
      await Promise.all(handed);
      expect(pool.hasRoom()).toBe(true);
      expect(pool.started).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('a worker that cannot start is not started again and again: the caller checks everything itself', async () => {
    const pool = new WorkerPool(1, SETTINGS, { entry: new URL('./fixtures/broken-worker.mjs', import.meta.url) });
    try {
      for (let tries = 0; tries < 50; tries++) {
        expect(pool.hasRoom()).toBe(false);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(pool.started).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('a pool takes a worker started early instead of starting its own', async () => {
    const early = new EarlyWorkers(1, STAND_IN);
    const pool = new WorkerPool(1, SETTINGS, { entry: STAND_IN, early });
    try {
      expect(early.count).toBe(1);
      await pool.run(task('only.json'));
      expect(early.count).toBe(0);
      expect(pool.started).toBe(1);
    } finally {
      await pool.close();
    }
  });

  describe('checkSources on two threads', () => {
    const checker = createChecker(createValidator({}), { ...SETTINGS, streamNdjson: true });
    const stdin = { kind: 'stdin', display: 'lines.ndjson', expanded: false } as const;
    const run = async (lines: number, readyAfterMs: number): Promise<Array<{ line: number; by: 'main' | 'worker' }>> => {
      const bytes = new TextEncoder().encode('{}\n'.repeat(lines));
      const events = checkSources([stdin], { ...checker, settings: { ...checker.settings, readyAfterMs } as CheckSettings }, {
        ndjsonInput: true,
        maxBytes: 1 << 30,
        stdinBytes: async () => bytes,
        threads: 2,
        workerEntry: STAND_IN,
      });
      const seen: Array<{ line: number; by: 'main' | 'worker' }> = [];
      for await (const event of events) {
        // This thread renders the report's NDJSON line; the stand-in answers with an error naming the line.
        if (event.kind === 'line') seen.push({ line: (JSON.parse(event.text) as { source: { line: number } }).source.line, by: 'main' });
        else if (event.kind === 'error') seen.push({ line: event.error.line!, by: 'worker' });
      }
      return seen;
    };

    it('the main thread checks documents while the worker starts, then both share them; the output keeps input order', async () => {
      const seen = await run(3000, 0);
      expect(seen.map((entry) => entry.line)).toEqual(Array.from({ length: 3000 }, (_, index) => index + 1));
      expect(seen.filter((entry) => entry.by === 'main').length).toBeGreaterThan(0);
      expect(seen.filter((entry) => entry.by === 'worker').length).toBeGreaterThan(0);
      expect(seen[0]!.by).toBe('main');
    });

    it('a worker that never gets ready takes nothing: the main thread checks every document', async () => {
      const seen = await run(200, 60_000);
      expect(seen).toHaveLength(200);
      expect(seen.every((entry) => entry.by === 'main')).toBe(true);
    });
  });
});
