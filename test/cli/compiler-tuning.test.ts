/**
 * V8's compiler is tuned to the length of a batch: a short batch of files inlines less, so its optimised
 * code arrives before the batch is over; a stream, a spreadsheet or a long batch runs with V8's defaults.
 * Only the executable tunes its engine: it hands `check` the setter (CliIo.setEngineFlag); a host running the
 * CLI in its own process (these tests, the build making the code cache) hands none and keeps its engine.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SHORT_BATCH_FLAGS, SHORT_BATCH_TASKS, compilerFlagsFor, tuneCompiler } from '../../src/cli/batch/compiler-tuning.js';
import { runInProcess } from '../robustness/harness.js';

const ROOT = join(import.meta.dirname, '..', '..');

// Any flag set on this process's engine directly (not through a setter check was handed).
const engine = vi.hoisted(() => ({ flags: [] as string[] }));
vi.mock('node:v8', async (original) => ({ ...(await original<typeof import('node:v8')>()), setFlagsFromString: (flag: string) => void engine.flags.push(flag) }));

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

/** The engine flags `check` sets through the executable's setter, for these arguments. */
async function flagsSetBy(args: string[], stdin?: Uint8Array): Promise<string[]> {
  const set: string[] = [];
  const { code, stderr } = await runInProcess(args, ROOT, stdin, { setEngineFlag: (flag) => void set.push(flag) });
  expect(code, stderr).toBe(0);
  return set;
}

describe('check tunes the compiler before it checks', () => {
  it('for a short batch of files', async () => {
    expect(await flagsSetBy(['check', 'examples/clinical-knee-oa.yaml', 'examples/in-vitro-microglia.yaml', '--format', 'ndjson', '--fail-on', 'none'])).toEqual([...SHORT_BATCH_FLAGS]);
  });

  it('not for NDJSON input, a stream of unknown length', async () => {
    const line = `${JSON.stringify({ schemaVersion: '1.1', study: { title: 'A' } })}\n`;
    expect(await flagsSetBy(['check', '-', '--ndjson-input', '--format', 'ndjson', '--fail-on', 'none'], new TextEncoder().encode(line.repeat(3)))).toEqual([]);
  });

  it('not for a spreadsheet, a stream of unknown length', async () => {
    const set: string[] = [];
    await runInProcess(['check', 'test/fixtures/bad/spreadsheets/unclosed-quote.csv', '--format', 'ndjson', '--fail-on', 'none'], ROOT, undefined, { setEngineFlag: (flag) => void set.push(flag) });
    expect(set).toEqual([]);
  });

  it('not when the host gives no setter: the CLI run inside another program keeps that program\'s engine as it is', async () => {
    engine.flags.length = 0;
    const { code } = await runInProcess(['check', 'examples/clinical-knee-oa.yaml', '--format', 'ndjson', '--fail-on', 'none'], ROOT);
    expect(code).toBe(0);
    expect(engine.flags).toEqual([]);
  });
});
