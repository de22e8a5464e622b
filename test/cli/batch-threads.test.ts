/**
 * How many threads check a batch (`--jobs`, default `auto`), and the guess, made before check's code is
 * loaded, that starts a worker early for a large batch.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EARLY_MIN_TASKS, entriesUpTo, looksLikeBatch } from '../../src/cli/batch/early.js';
import { AUTO_DOCUMENTS_PER_THREAD, AUTO_MAX_THREADS, CPUS_PER_THREAD, threadsFor, type BatchShape } from '../../src/cli/batch/threads.js';

const shape = (tasks: number | undefined, cores = 2, workerBuilt = true): BatchShape => ({ tasks, cores, workerBuilt: () => workerBuilt });

describe('--jobs auto', () => {
  it('checks one document, or a batch too small to pay for a worker, in this thread', () => {
    expect(threadsFor('auto', shape(1))).toBe(1);
    expect(threadsFor('auto', shape(2 * AUTO_DOCUMENTS_PER_THREAD - 1))).toBe(1);
  });

  it('adds a thread for a batch of two threads\' worth of documents when the cores hold it', () => {
    expect(threadsFor('auto', shape(2 * AUTO_DOCUMENTS_PER_THREAD, 4))).toBe(2);
    expect(threadsFor('auto', shape(1000, 4))).toBe(2);
  });

  it('runs as many threads as the cores hold, each keeping CPUS_PER_THREAD busy, and never more than its maximum', () => {
    expect(threadsFor('auto', shape(100_000, 1))).toBe(1);
    // One thread already keeps 1.35 CPUs busy: two would contend for two cores.
    expect(threadsFor('auto', shape(100_000, 2))).toBe(1);
    expect(threadsFor('auto', shape(100_000, 3))).toBe(Math.floor(3 / CPUS_PER_THREAD));
    expect(threadsFor('auto', shape(100_000, 5))).toBe(3);
    expect(threadsFor('auto', shape(100_000, 64))).toBe(AUTO_MAX_THREADS);
  });

  it('treats a stream of NDJSON lines (its length unknown) as a large batch', () => {
    expect(threadsFor('auto', shape(undefined, 4))).toBe(2);
  });

  it('stays in this thread when the worker script is not built (running from the sources)', () => {
    expect(threadsFor('auto', shape(1000, 4, false))).toBe(1);
  });

  it('does what a number says, whatever the batch and the machine', () => {
    expect(threadsFor(1, shape(100_000, 64))).toBe(1);
    expect(threadsFor(3, shape(1, 1))).toBe(3);
  });
});

describe('starting a worker before check is loaded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'early-'));
  mkdirSync(join(dir, 'studies'));
  mkdirSync(join(dir, 'few'));
  for (let index = 0; index < EARLY_MIN_TASKS; index++) writeFileSync(join(dir, 'studies', `s${index}.json`), '{}');
  writeFileSync(join(dir, 'few', 'one.json'), '{}');
  writeFileSync(join(dir, 'study.json'), '{}');
  writeFileSync(join(dir, 'short.ndjson'), '{}\n');
  writeFileSync(join(dir, 'long.ndjson'), `${'{"study": {}}'.padEnd(2047)}\n`.repeat(EARLY_MIN_TASKS));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts one for a directory holding a large batch, or a long NDJSON file, where the cores hold two threads', () => {
    expect(looksLikeBatch(['studies'], dir, 4)).toBe(true);
    expect(looksLikeBatch(['long.ndjson', '--ndjson-input'], dir, 4)).toBe(true);
  });

  it('on two cores, starts one only when --jobs asks for two threads', () => {
    expect(looksLikeBatch(['studies'], dir, 2)).toBe(false);
    expect(looksLikeBatch(['--format', 'ndjson', 'studies', '--jobs', '2'], dir, 2)).toBe(true);
  });

  it('reads no more of a directory than the guess needs (a huge directory is not listed in full twice)', () => {
    expect(entriesUpTo(join(dir, 'studies'), 10)).toBe(10);
    expect(entriesUpTo(join(dir, 'studies'), EARLY_MIN_TASKS + 5)).toBe(EARLY_MIN_TASKS);
    expect(entriesUpTo(join(dir, 'few'), EARLY_MIN_TASKS)).toBe(1);
  });

  it('starts none for a small batch, one file, standard input, a glob (its size unknown), --jobs 1 or --help', () => {
    expect(looksLikeBatch(['few', 'study.json', 'study.json'], dir, 4)).toBe(false);
    expect(looksLikeBatch(['short.ndjson', '--ndjson-input'], dir, 4)).toBe(false);
    expect(looksLikeBatch(['study.json'], dir, 4)).toBe(false);
    expect(looksLikeBatch(['-', '--ndjson-input'], dir, 4)).toBe(false);
    expect(looksLikeBatch(['studies/*.json'], dir, 4)).toBe(false);
    expect(looksLikeBatch(['studies', '--jobs', '1'], dir, 4)).toBe(false);
    expect(looksLikeBatch(['studies', '-j1'], dir, 4)).toBe(false);
    expect(looksLikeBatch(['studies', '--help'], dir, 4)).toBe(false);
    expect(looksLikeBatch(['missing.json'], dir, 4)).toBe(false);
  });

  it('does not take the value of a flag for an input', () => {
    expect(looksLikeBatch(['study.json', '--output', 'studies'], dir, 4)).toBe(false);
    expect(looksLikeBatch(['study.json', '-c', 'studies'], dir, 4)).toBe(false);
  });
});
