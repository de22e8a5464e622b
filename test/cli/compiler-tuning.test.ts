/**
 * V8's compiler is tuned to the length of a batch: a short batch of files inlines less, so its optimised
 * code arrives before the batch is over; a stream, a spreadsheet or a long batch runs with V8's defaults.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runInProcess } from '../robustness/harness.js';

const tuned = vi.hoisted(() => ({ calls: [] as Array<number | undefined> }));
vi.mock('../../src/cli/batch/compiler-tuning.js', async (original) => {
  const actual = await original<typeof import('../../src/cli/batch/compiler-tuning.js')>();
  return { ...actual, tuneCompiler: (tasks: number | undefined) => void tuned.calls.push(tasks) };
});

const ROOT = join(import.meta.dirname, '..', '..');
// The module itself, not the stand-in that records what check asks of it.
const { SHORT_BATCH_FLAGS, SHORT_BATCH_TASKS, compilerFlagsFor, tuneCompiler } = await vi.importActual<typeof import('../../src/cli/batch/compiler-tuning.js')>('../../src/cli/batch/compiler-tuning.js');

describe('compiler flags by batch length', () => {
  it('gives a batch of files up to SHORT_BATCH_TASKS the smaller inlining budget', () => {
    expect(compilerFlagsFor(1)).toEqual(SHORT_BATCH_FLAGS);
    expect(compilerFlagsFor(1000)).toEqual(SHORT_BATCH_FLAGS);
    expect(compilerFlagsFor(SHORT_BATCH_TASKS)).toEqual(SHORT_BATCH_FLAGS);
    expect(SHORT_BATCH_FLAGS).toEqual(['--max-inlined-bytecode-size-cumulative=150']);
  });

  it('leaves V8 as it is for a longer batch, where full inlining pays back', () => {
    expect(compilerFlagsFor(SHORT_BATCH_TASKS + 1)).toEqual([]);
  });

  it('leaves V8 as it is for a stream of unknown length', () => {
    expect(compilerFlagsFor(undefined)).toEqual([]);
  });

  it('sets each flag once, through the setter it is given', () => {
    const set: string[] = [];
    tuneCompiler(10, (flag) => set.push(flag));
    expect(set).toEqual([...SHORT_BATCH_FLAGS]);
    tuneCompiler(undefined, (flag) => set.push(flag));
    expect(set).toEqual([...SHORT_BATCH_FLAGS]);
  });
});

describe('check tunes the compiler before it checks', () => {
  it('by the number of files to check', async () => {
    tuned.calls.length = 0;
    const { code } = await runInProcess(['check', 'examples/clinical-knee-oa.yaml', 'examples/in-vitro-microglia.yaml', '--format', 'ndjson', '--fail-on', 'none'], ROOT);
    expect(code).toBe(0);
    expect(tuned.calls).toEqual([2]);
  });

  it('as a stream of unknown length for NDJSON input', async () => {
    tuned.calls.length = 0;
    const line = `${JSON.stringify({ schemaVersion: '1.1', study: { title: 'A' } })}\n`;
    await runInProcess(['check', '-', '--ndjson-input', '--format', 'ndjson', '--fail-on', 'none'], ROOT, new TextEncoder().encode(line.repeat(3)));
    expect(tuned.calls).toEqual([undefined]);
  });

  it('as a stream of unknown length for a spreadsheet', async () => {
    tuned.calls.length = 0;
    await runInProcess(['check', 'test/fixtures/bad/spreadsheets/unclosed-quote.csv', '--format', 'ndjson', '--fail-on', 'none'], ROOT);
    expect(tuned.calls).toEqual([undefined]);
  });
});
