// summary reads spreadsheets as check does: the review corpus converted to a workbook, or to a set of CSV
// files, gives the same summary and evidence tables as its 30 YAML files (studies named by their study id,
// which convert takes from the file names); only where each study came from differs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../src/summary/types.js';
import { runInProcess } from '../robustness/harness.js';

const ROOT = join(import.meta.dirname, '..', '..');
let dir: string;

/** The summary (with evidence tables) of `input`, without the file each study came from. */
async function summaryOf(input: string): Promise<Summary & { evidenceTables: Array<{ rows: Array<{ file?: string }> }> }> {
  const result = await runInProcess(['summary', input, '--format', 'json', '--tables'], ROOT);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const summary = JSON.parse(result.stdout) as Summary & { evidenceTables: Array<{ rows: Array<{ file?: string }> }> };
  for (const study of summary.studies) study.file = '';
  for (const table of summary.evidenceTables) for (const row of table.rows) row.file = '';
  return summary;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'summary-sheets-'));
  for (const args of [['-o', join(dir, 'corpus.xlsx')], ['-o', join(dir, 'csv/'), '--to', 'csv']]) {
    const result = await runInProcess(['convert', 'examples/review-2025/', ...args], ROOT);
    expect(result.code, result.stderr).toBe(0);
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('summary of the review corpus as spreadsheets', () => {
  it('a workbook gives the same tallies, rows and evidence tables as the YAML files', async () => {
    const yaml = await summaryOf('examples/review-2025/');
    const workbook = await summaryOf(join(dir, 'corpus.xlsx'));
    expect(workbook.studies.map((study) => study.study)).toEqual(yaml.studies.map((study) => study.study));
    expect(workbook).toEqual(yaml);
  }, 120_000);

  it('a Studies CSV with its preparations and arms files beside it gives the same summary', async () => {
    expect(await summaryOf(join(dir, 'csv', 'studies.csv'))).toEqual(await summaryOf('examples/review-2025/'));
  }, 120_000);

  it('names the workbook as the file of each study in the tidy CSV', async () => {
    const result = await runInProcess(['summary', join(dir, 'corpus.xlsx'), '--format', 'csv'], ROOT);
    const second = result.stdout.split('\n')[1]!;
    expect(second.startsWith(`nct04314661-knee-oa-uc-msc-cells-and-secretome,${join(dir, 'corpus.xlsx')},study.design,`)).toBe(true);
  }, 120_000);
});
