/**
 * `check` reads spreadsheets as it reads YAML and JSON: a workbook (.xlsx) or a Studies CSV/TSV file gives
 * one report per study row, named `studies.xlsx › <studyId>`, with findings at their cells; batches,
 * formats, --output, --jobs, standard input, limits and exit codes work the same; a bad cell is one line
 * naming file and cell, and the other studies are still checked.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studiesToDelimited, studiesToWorkbook } from '../../src/convert/convert.js';
import type { Report } from '../../src/report/types.js';
import { CLI, EXAMPLES, STACK_TRACE, createWorkspace, exampleText, expectUsageError, reportsOf, requireBuiltCli, ROOT, type CliResult, type Workspace } from './helpers.js';

let ws: Workspace;

/** The five examples as studies named by their file stems. */
const STUDIES = EXAMPLES.map((name) => ({ id: name.replace(/\.yaml$/, ''), document: parseYaml(exampleText(name)) as Record<string, unknown> }));

/** Runs the CLI with binary standard input (a workbook piped in). */
function runWithBytes(args: string[], input: Uint8Array): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ws.dir, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** The workbook with one cell changed, as a user would type it; the cell is found by its column key (row 3). */
async function withCell(bytes: Uint8Array, sheet: string, row: number, key: string, value: string): Promise<{ bytes: Uint8Array; cell: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const worksheet = workbook.getWorksheet(sheet)!;
  let column = 0;
  worksheet.getRow(3).eachCell((cell, number) => {
    if (cell.value === key) column = number;
  });
  if (column === 0) throw new Error(`no column ${key} on ${sheet}`);
  const cell = worksheet.getRow(row).getCell(column);
  cell.value = value;
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), cell: cell.address };
}

let workbook: Uint8Array;
let badCell: string;

beforeAll(async () => {
  requireBuiltCli();
  ws = createWorkspace();
  workbook = await studiesToWorkbook(STUDIES);
  mkdirSync(join(ws.dir, 'sheets'));
  writeFileSync(join(ws.dir, 'sheets/studies.xlsx'), workbook);
  // The first arm (Arms row 4) gets a volume that is not a number.
  const bad = await withCell(workbook, 'Arms', 4, 'doseAdministration.volume.volume.value', 'a few drops');
  badCell = bad.cell;
  writeFileSync(join(ws.dir, 'bad-studies.xlsx'), bad.bytes);
  const texts = studiesToDelimited(STUDIES, 'csv');
  ws.write('csv/studies.csv', texts.studies);
  ws.write('csv/preparations.csv', texts.preparations);
  ws.write('csv/arms.csv', texts.arms);
  // Not study sheets: walked past in folders.
  ws.write('csv/summary.csv', 'item,rate\nstorage.temperature,0.5\n');
  ws.write('sheets/~$studies.xlsx', 'owner file of an open workbook');
});

afterAll(() => ws?.remove());

const ids = (reports: Report[]): string[] => reports.map((report) => report.source?.studyId ?? '?');

describe.concurrent('a workbook', () => {
  it('gives one report per study, named by file and id, with findings at their cells', async () => {
    const result = await ws.run(['check', 'sheets/studies.xlsx', '--fail-on', 'none']);
    expect(result.code, result.stderr).toBe(0);
    for (const { id } of STUDIES) expect(result.stdout).toMatch(new RegExp(`^sheets/studies\\.xlsx › ${id}$`, 'm'));
    expect(result.stdout).toMatch(/^ {4}sheets\/studies\.xlsx › Arms![A-Z]+\d+ +missing +essential +doseAdministration\.volume /m);
    expect(result.stdout).toMatch(/^Summary: 5 documents · \d passing the minimal set · mean score [\d.]+$/m);
  });

  it('gives the same scores as the YAML documents it holds, and the exit code of the worst', async () => {
    const [sheet, yaml] = await Promise.all([ws.run(['check', 'sheets/studies.xlsx', '-f', 'json']), ws.run(['check', ...EXAMPLES.map((name) => `examples/${name}`), '-f', 'json'])]);
    expect(sheet.code).toBe(yaml.code);
    expect(sheet.code).toBe(1);
    const fromSheet = reportsOf(sheet);
    expect(ids(fromSheet)).toEqual(STUDIES.map((study) => study.id));
    expect(fromSheet.map((report) => report.score)).toEqual(reportsOf(yaml).map((report) => report.score));
    expect(fromSheet[0]!.source).toEqual({ file: 'sheets/studies.xlsx', studyId: STUDIES[0]!.id, sheet: 'Studies', line: 4 });
  });

  it('is a batch in every format: an array, one line per study, SARIF results at cells', async () => {
    const [ndjson, sarif, junit] = await Promise.all([
      ws.run(['check', 'sheets/studies.xlsx', '--ndjson', '--fail-on', 'none']),
      ws.run(['check', 'sheets/studies.xlsx', '-f', 'sarif', '--fail-on', 'none']),
      ws.run(['check', 'sheets/studies.xlsx', '-f', 'junit', '--fail-on', 'none']),
    ]);
    expect(ndjson.stdout.trim().split('\n').map((line) => (JSON.parse(line) as Report).source?.studyId)).toEqual(STUDIES.map((study) => study.id));
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ message: { text: string }; locations?: Array<{ physicalLocation: { region?: unknown }; logicalLocations?: Array<{ fullyQualifiedName: string }> }> }> }> };
    const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const atCells = log.runs[0]!.results.filter((result) => result.locations?.[0]?.logicalLocations !== undefined);
    expect(atCells.length).toBeGreaterThan(0);
    for (const result of atCells) expect(result.message.text.startsWith(`${result.locations![0]!.logicalLocations![0]!.fullyQualifiedName}: `)).toBe(true);
    expect(junit.stdout).toContain('name="sheets/studies.xlsx › multi-arm-three-doses"');
  });

  it('gives byte for byte the same output on worker threads, and into --output', async () => {
    const [one, two, file] = await Promise.all([
      ws.run(['check', 'sheets/studies.xlsx', 'examples/clinical-knee-oa.yaml', '-f', 'json', '--fail-on', 'none']),
      ws.run(['check', 'sheets/studies.xlsx', 'examples/clinical-knee-oa.yaml', '-f', 'json', '--fail-on', 'none', '--jobs', '2']),
      ws.run(['check', 'sheets/studies.xlsx', 'examples/clinical-knee-oa.yaml', '-f', 'json', '--fail-on', 'none', '-o', 'report.json']),
    ]);
    expect(two.stdout).toBe(one.stdout);
    expect(reportsOf(one)).toHaveLength(6);
    expect(file.code).toBe(0);
    expect(ws.read('report.json')).toBe(one.stdout);
  });

  it('is read from standard input, by --stdin-filename or by its ZIP signature', async () => {
    const [named, unnamed] = await Promise.all([
      runWithBytes(['check', '-', '--stdin-filename', 'upload.xlsx', '-f', 'json', '--fail-on', 'none'], workbook),
      runWithBytes(['check', '-', '-f', 'json', '--fail-on', 'none'], workbook),
    ]);
    expect(named.code, named.stderr).toBe(0);
    expect(reportsOf(named).map((report) => `${report.source?.file} › ${report.source?.studyId}`)).toEqual(STUDIES.map((study) => `upload.xlsx › ${study.id}`));
    expect(unnamed.code, unnamed.stderr).toBe(0);
    expect(ids(reportsOf(unnamed))).toEqual(STUDIES.map((study) => study.id));
  });

  it('with a bad cell: one line naming file and cell, exit 2, and the other studies still reported', async () => {
    const result = await ws.run(['check', 'bad-studies.xlsx', '-f', 'json', '--fail-on', 'none']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^bad-studies\\.xlsx › Arms!${badCell}: .*a few drops`));
    expect(reportsOf(result).length).toBeGreaterThanOrEqual(STUDIES.length - 1);
  });

  it('is bounded like any input: a limit names the flag that raises it', async () => {
    const result = await ws.run(['check', 'sheets/studies.xlsx', '--max-rows', '5']);
    expectUsageError(result, /^sheets\/studies\.xlsx.*--max-rows/);
  });
});

describe.concurrent('a CSV set', () => {
  it('is read from the Studies file with the files beside it, and reports like the workbook', async () => {
    const [csv, sheet] = await Promise.all([
      ws.run(['check', 'csv/studies.csv', '-f', 'json', '--fail-on', 'none']),
      ws.run(['check', 'sheets/studies.xlsx', '-f', 'json', '--fail-on', 'none']),
    ]);
    expect(csv.code, csv.stderr).toBe(0);
    const reports = reportsOf(csv);
    expect(reports.map((report) => report.score)).toEqual(reportsOf(sheet).map((report) => report.score));
    // A finding of an arm points into arms.csv, the file it is in.
    const armFinding = reports.flatMap((report) => report.findings).find((finding) => finding.pointer.startsWith('/doseAdministration/arms/') && finding.location !== undefined);
    expect(armFinding?.location?.file).toBe('csv/arms.csv');
  });

  it('in a folder: study sheets and workbooks are checked, other CSV files and lock files are not', async () => {
    const result = await ws.run(['check', 'csv', 'sheets', '-f', 'json', '--fail-on', 'none']);
    expect(result.code, result.stderr).toBe(0);
    const files = [...new Set(reportsOf(result).map((report) => report.source?.file))];
    expect(files).toEqual(['csv/studies.csv', 'sheets/studies.xlsx']);
  });
});
