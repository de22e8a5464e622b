/**
 * Thresholds and flags (issue 11, points 16 and 20): --min-score compares the exact score, and flags that
 * contradict each other or are written loosely are usage errors, not silently read one way.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { belowMinScore } from '../../src/report/threshold.js';
import type { Report } from '../../src/report/types.js';
import { runInProcess, STACK_LINE } from './harness.js';

const ROOT = join(import.meta.dirname, '..', '..');
// Scores 94.9 as shown: 93 of 98 weight, exactly 94.897…
const MICROGLIA = 'test/fixtures/documents-1.0/in-vitro-microglia.yaml';

function usage(result: { code: number; stderr: string }, text: string): void {
  expect(result.code).toBe(2);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderr).toBe(`secretome-checklist: ${text}\n`);
}

describe('--min-score compares the exact score', () => {
  it('a document shown as 94.9 (exactly 94.897…) fails --min-score 94.9, and stderr says the exact score', async () => {
    const result = await runInProcess(['check', MICROGLIA, '--fail-on', 'none', '--min-score', '94.9', '--format', 'json'], ROOT);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${MICROGLIA} fails: its score 94.897 (93 of 98 points; shown rounded as 94.9) is below the minimum of 94.9 (--min-score).\n`);
  });

  it('the same document passes --min-score 94.89, without a note', async () => {
    const result = await runInProcess(['check', MICROGLIA, '--fail-on', 'none', '--min-score', '94.89', '--format', 'json'], ROOT);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('the note names the line of an NDJSON document streamed as it is checked', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const line = JSON.stringify(parse(readFileSync(join(ROOT, MICROGLIA), 'utf8')));
    const result = await runInProcess(['check', '-', '--ndjson-input', '--ndjson', '--stdin-filename', 'corpus.ndjson', '--fail-on', 'none', '--min-score', '94.9'], ROOT, new TextEncoder().encode(`\n${line}\n`));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('corpus.ndjson:2 fails: its score 94.897 (93 of 98 points; shown rounded as 94.9) is below the minimum of 94.9 (--min-score).\n');
  });

  it('92.98 (4649 of 5000 weight) is below 93 although it rounds to 93.0; nothing applicable scores 100', () => {
    const report = (satisfied: number, applicable: number): Report =>
      ({ score: { overall: Math.round((satisfied * 1000) / applicable) / 10, sections: { study: { score: 0, satisfied, applicable } } } }) as unknown as Report;
    expect(belowMinScore(report(4649, 5000), 93)).toBe(true);
    expect(belowMinScore(report(4650, 5000), 93)).toBe(false);
    expect(belowMinScore(report(0, 0), 100)).toBe(false);
  });
});

describe('flags written loosely are refused', () => {
  it.each(['0x10', '1e1', '', ' ', 'Infinity', '1.', '+5', '50%', '1_0', '100.0000001'])('--min-score %j', async (value) => {
    const result = await runInProcess(['check', MICROGLIA, '--min-score', value], ROOT);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^secretome-checklist: --min-score must be /);
  });

  it.each(['0', '80', '92.5', '100', '99.999'])('--min-score %s is a number from 0 to 100', async (value) => {
    const result = await runInProcess(['check', MICROGLIA, '--min-score', value, '--fail-on', 'none', '--format', 'json'], ROOT);
    expect(result.code).not.toBe(2);
  });
});

describe('flags that contradict each other are refused', () => {
  it('--quiet --verbose', async () => {
    usage(await runInProcess(['check', MICROGLIA, '--quiet', '--verbose'], ROOT), '--quiet and --verbose contradict each other: give one of them.');
  });

  it('--ndjson --format html (but --ndjson --format ndjson is the same thing said twice)', async () => {
    usage(await runInProcess(['check', MICROGLIA, '--ndjson', '--format', 'html'], ROOT), '--ndjson and --format html contradict each other: give one of them.');
    expect((await runInProcess(['check', MICROGLIA, '--ndjson', '--format', 'ndjson', '--fail-on', 'none'], ROOT)).code).toBe(0);
  });

  it('--version or --help followed by something else', async () => {
    usage(await runInProcess(['--version', 'extra'], ROOT), '--version takes no arguments (found "extra").');
    const help = await runInProcess(['--help', 'check'], ROOT);
    expect(help.code).toBe(2);
  });

  it('help <command> is <command> --help', async () => {
    const [viaHelp, direct] = await Promise.all([runInProcess(['help', 'check'], ROOT), runInProcess(['check', '--help'], ROOT)]);
    expect(viaHelp).toMatchObject({ code: 0, stdout: direct.stdout });
  });
});
