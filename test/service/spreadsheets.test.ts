/**
 * The service reads spreadsheets on /v1/check and /v1/check/batch: a workbook or a Studies CSV/TSV sheet
 * gives one report per study row, as a batch; a bad cell is a 422 naming every bad cell (or an error line
 * in a batch, the other studies still checked); the body is bounded like any other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studiesToWorkbook } from '../../src/convert/convert.js';
import type { Report } from '../../src/report/types.js';
import { writeDelimited } from '../../src/tabular/delimited.js';
import { documentsToTables } from '../../src/tabular/to-tables.js';
import type { RunningService } from '../../src/service/server.js';
import { COMPLETE_DOCUMENT, expectHealthy, post, start, THIN_JSON } from './harness.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const STUDIES = [
  { id: 'thin', document: JSON.parse(THIN_JSON) as Record<string, unknown> },
  { id: 'complete', document: COMPLETE_DOCUMENT },
];

/** The Studies sheet as CSV, with cells changed by column key (row 3) and data row (4 is the first study). */
function studiesCsv(changes: Array<{ row: number; key: string; value: string }> = [], delimiter: ',' | '\t' = ','): string {
  const sheet = documentsToTables(STUDIES).sheets[0]!;
  for (const { row, key, value } of changes) sheet.rows[row - 1]![sheet.rows[2]!.indexOf(key)] = value;
  return writeDelimited(sheet, delimiter);
}

let service: RunningService;
let workbook: Uint8Array;

beforeAll(async () => {
  service = await start({ limits: { maxBytes: 512 * 1024 } });
  workbook = await studiesToWorkbook(STUDIES);
});
afterAll(async () => {
  await service?.close();
});

describe('spreadsheets on the service', () => {
  it('POST /v1/check with a workbook answers the report of every study, named by its id', async () => {
    const answer = await post(service, '/v1/check?filename=lab.xlsx&failOn=none', workbook, XLSX);
    expect(answer.status, answer.text).toBe(200);
    const reports = answer.json() as Report[];
    expect(reports.map((report) => report.source)).toEqual([
      { file: 'lab.xlsx', studyId: 'thin', sheet: 'Studies', line: 4 },
      { file: 'lab.xlsx', studyId: 'complete', sheet: 'Studies', line: 5 },
    ]);
    expect(reports[1]!.score.overall).toBe(100);
    expect(answer.headers.get('checklist-passes')).toBe('true');
    // The thin study fails the default threshold: the header speaks for every study.
    expect((await post(service, '/v1/check', workbook, XLSX)).headers.get('checklist-passes')).toBe('false');
  });

  it('renders a workbook as one Markdown, HTML or SARIF document of all its studies', async () => {
    const markdown = await post(service, '/v1/check?filename=lab.xlsx', workbook, XLSX, { accept: 'text/markdown' });
    expect(markdown.text).toContain('lab.xlsx › thin');
    expect(markdown.text).toContain('lab.xlsx › complete');
    const sarif = (await post(service, '/v1/check?filename=lab.xlsx', workbook, XLSX, { accept: 'application/sarif+json' })).json();
    expect(sarif.runs[0].properties.documents.map((entry: { document: string }) => entry.document)).toEqual(['lab.xlsx › thin', 'lab.xlsx › complete']);
  });

  it('reads a Studies sheet as CSV, as TSV, and as the type Windows browsers give a .csv file', async () => {
    for (const [body, type] of [
      [studiesCsv(), 'text/csv'],
      [studiesCsv([], '\t'), 'text/tab-separated-values'],
      [studiesCsv(), 'application/vnd.ms-excel'],
      [workbook, 'application/vnd.ms-excel'],
    ] as const) {
      const answer = await post(service, '/v1/check?failOn=none', body, type);
      expect(answer.status, `${type}: ${answer.text}`).toBe(200);
      expect((answer.json() as Report[]).map((report) => report.source?.studyId)).toEqual(['thin', 'complete']);
    }
  });

  it('a bad cell is a 422 naming every bad cell, in the words the CLI prints', async () => {
    const body = studiesCsv([
      { row: 4, key: 'cellSource.donors.count', value: 'many' },
      { row: 5, key: 'storage.reconstitution.vehicle', value: 'not applicable' },
    ]);
    const answer = await post(service, '/v1/check?filename=lab.csv', body, 'text/csv');
    expect(answer.status).toBe(422);
    const problem = answer.json();
    expect(problem.errors).toHaveLength(2);
    expect(problem.errors.map((error: { sheet: string; cell: string }) => `${error.sheet}!${error.cell}`)).toEqual([`${problem.sheet}!${problem.cell}`, expect.stringMatching(/!\w+5$/)]);
    expect(problem.detail).toMatch(/^lab\.csv › \w+![A-Z]+4: .*many/);
    expect(problem.errors[1].detail).toMatch(/reason/);
  });

  it('POST /v1/check/batch with a workbook answers one line per study; a bad row is its own line', async () => {
    const answer = await post(service, '/v1/check/batch?filename=lab.xlsx', workbook, XLSX);
    expect(answer.status).toBe(200);
    const lines = answer.text.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map(({ line, sheet, studyId, passes }) => ({ line, sheet, studyId, passes }))).toEqual([
      { line: 4, sheet: 'Studies', studyId: 'thin', passes: false },
      { line: 5, sheet: 'Studies', studyId: 'complete', passes: true },
    ]);
    const bad = await post(service, '/v1/check/batch', studiesCsv([{ row: 4, key: 'cellSource.donors.count', value: 'many' }]), 'text/csv');
    const badLines = bad.text.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(badLines[0].error.code).toBeDefined();
    expect(badLines[0].error.cell).toMatch(/4$/);
    expect(badLines.filter((line: { report?: unknown }) => line.report !== undefined).map((line: { studyId: string }) => line.studyId)).toEqual(['complete']);
  });

  it('a spreadsheet body is bounded like any other: 413 over the size limit, 422 for a damaged workbook', async () => {
    const big = new Uint8Array(600 * 1024);
    big.set(workbook.subarray(0, 4));
    expect((await post(service, '/v1/check', big, XLSX)).status).toBe(413);
    expect((await post(service, '/v1/check/batch', big, XLSX)).status).toBe(413);
    const damaged = await post(service, '/v1/check', workbook.subarray(0, 2000), XLSX);
    expect(damaged.status).toBe(422);
    expect(damaged.json().detail).toMatch(/^<body>: /);
    await expectHealthy(service);
  });
});
