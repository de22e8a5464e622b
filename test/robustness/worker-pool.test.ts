/**
 * `--jobs`: the worker pool (issue 11, points 14 and 20). A worker that dies takes no other input with it:
 * the tasks it held are checked again, each alone, and only the one that kills a worker by itself fails.
 * Workers start as tasks arrive, so a one-line input starts one worker whatever --jobs says.
 */
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/cli/batch/pool.js';
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
