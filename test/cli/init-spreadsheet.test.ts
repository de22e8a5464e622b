/** `init --format xlsx|csv|tsv`: the template as a workbook or as CSV/TSV files, never over a file without --force. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDelimited } from '../../src/tabular/delimited.js';
import { workbookLayout } from '../../src/tabular/layout.js';
import { readWorkbook } from '../../src/tabular/xlsx/read.js';
import { runInProcess, STACK_LINE } from '../robustness/harness.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'secretome-init-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const run = (...args: string[]) => runInProcess(['init', ...args], dir);

function expectUsage(result: Awaited<ReturnType<typeof run>>, text: string): void {
  expect(result.code).toBe(2);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderr).toContain(text);
}

describe('init --format xlsx', () => {
  it('writes studies.xlsx by default: About, Studies, Preparations, Arms and Lists, with the key row of the latest layout', async () => {
    const result = await run('--format', 'xlsx');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Wrote studies.xlsx: the checklist 1.1 XLSX template');
    const read = readWorkbook(new Uint8Array(readFileSync(join(dir, 'studies.xlsx'))), { file: 'studies.xlsx' });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.tables.sheets.map((sheet) => sheet.name)).toEqual(['About', 'Studies', 'Preparations', 'Arms', 'Lists']);
    expect(read.tables.sheets[1]!.rows[2]).toEqual(workbookLayout('1.1').sheets[0]!.columns.map((column) => column.key));
    expect(read.tables.sheets[1]!.rows).toHaveLength(3);
  });

  it('-o names the file or a folder; --checklist-version 1.0 gives the 1.0 layout', async () => {
    expect((await run('--format', 'xlsx', '-o', 'mine.xlsx', '--checklist-version', '1.0')).code).toBe(0);
    const read = readWorkbook(new Uint8Array(readFileSync(join(dir, 'mine.xlsx'))), { file: 'mine.xlsx' });
    expect(read.ok && read.tables.sheets[1]!.rows[2]).toEqual(workbookLayout('1.0').sheets[0]!.columns.map((column) => column.key));
    expect(read.ok && String(read.tables.sheets[0]!.rows[0]![0])).toContain('checklist 1.0');
    expect((await run('--format', 'xlsx', '-o', 'out/')).code).toBe(0);
    expect(existsSync(join(dir, 'out', 'studies.xlsx'))).toBe(true);
  });

  it('never replaces a file without --force, and says so', async () => {
    writeFileSync(join(dir, 'studies.xlsx'), 'precious');
    expectUsage(await run('--format', 'xlsx'), 'studies.xlsx already exists: nothing was written. Use --force');
    expect(readFileSync(join(dir, 'studies.xlsx'), 'utf8')).toBe('precious');
    expect((await run('--format', 'xlsx', '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'studies.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('--design and --fraction belong to the YAML template; a name that is not .xlsx is refused', async () => {
    expectUsage(await run('--format', 'xlsx', '--design', 'clinical'), '--design and --fraction shape the YAML template');
    expectUsage(await run('--format', 'xlsx', '-o', 'studies.xls'), 'a workbook file ends in .xlsx');
    expectUsage(await run('--format', 'ods'), '--format must be yaml, xlsx, csv or tsv');
  });
});

describe('init --format csv|tsv', () => {
  for (const format of ['csv', 'tsv'] as const) {
    it(`${format}: studies, preparations and arms files and README.txt in the folder named`, async () => {
      const result = await run('--format', format, '-o', 'sheets');
      expect(result.code, result.stderr).toBe(0);
      const layout = workbookLayout('1.1');
      ['studies', 'preparations', 'arms'].forEach((name, index) => {
        const file = join(dir, 'sheets', `${name}.${format}`);
        const read = readDelimited(new Uint8Array(readFileSync(file)), { file });
        if (!read.ok) throw new Error(read.error.message);
        expect(read.delimiter).toBe(format === 'csv' ? ',' : '\t');
        expect(read.sheet.rows[2]).toEqual(layout.sheets[index]!.columns.map((column) => column.key));
      });
      const readme = readFileSync(join(dir, 'sheets', 'README.txt'), 'utf8');
      expect(readme).toContain('not applicable: <reason>');
      expect(readme).toContain(`studies.${format}: one row per study`);
    });
  }

  it('writes nothing when any of the four files exists', async () => {
    writeFileSync(join(dir, 'arms.csv'), 'mine');
    expectUsage(await run('--format', 'csv'), 'arms.csv already exists');
    expect(existsSync(join(dir, 'studies.csv'))).toBe(false);
    expect(readFileSync(join(dir, 'arms.csv'), 'utf8')).toBe('mine');
    expectUsage(await run('--format', 'csv', '-o', 'studies.csv'), 'writes several files; name a folder');
  });
});

describe('init (YAML)', () => {
  it('still prints the YAML template by default, and -o writes it to a file once', async () => {
    const printed = await run();
    expect(printed.stdout).toContain('checklistVersion');
    expect((await run('-o', 'study.yaml')).code).toBe(0);
    expect(readFileSync(join(dir, 'study.yaml'), 'utf8')).toBe(printed.stdout);
    expectUsage(await run('-o', 'study.yaml'), 'study.yaml already exists');
  });
});
