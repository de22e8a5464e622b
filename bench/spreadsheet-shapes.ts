/**
 * Hostile workbooks and CSV files through the readers: each must be read or refused in about a second,
 * within a small heap. Prints, per shape, the outcome, the time and the heap growth, and the time as a
 * ratio to reading a real workbook (the five examples, written by writeWorkbook) in the same run.
 *
 *   npx tsx bench/spreadsheet-shapes.ts [shape…]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorkbook } from '../scripts/workbook-parts.js';
import { parseReportText } from '../src/io/parse.js';
import { readDelimited } from '../src/tabular/delimited.js';
import { workbookLayout } from '../src/tabular/layout.js';
import { documentsToTables } from '../src/tabular/to-tables.js';
import { readWorkbook } from '../src/tabular/xlsx/read.js';
import { writeWorkbook } from '../src/tabular/xlsx/write.js';

const MB = 1024 * 1024;
const sheet = (body: string) => [{ name: 'Studies', body: `<sheetData>${body}</sheetData>` }];

const SHAPES: Record<string, () => { kind: 'xlsx' | 'csv'; bytes: Uint8Array | string }> = {
  'zip bomb (70 MB of spaces)': () => ({ kind: 'xlsx', bytes: makeWorkbook(sheet(' '.repeat(70 * MB))) }),
  'zip bomb within the budget (60 MB)': () => ({ kind: 'xlsx', bytes: makeWorkbook(sheet(' '.repeat(60 * MB))) }),
  'two million shared texts': () => ({ kind: 'xlsx', bytes: makeWorkbook(sheet(''), { sharedStrings: '<si><t>x</t></si>'.repeat(2_000_001) }) }),
  'a million empty rows': () => ({ kind: 'xlsx', bytes: makeWorkbook(sheet(Array.from({ length: 1_000_000 }, (_, index) => `<row r="${index + 1}"/>`).join(''))) }),
  '20 000 rows of 50 numbers': () => ({
    kind: 'xlsx',
    bytes: makeWorkbook(sheet(Array.from({ length: 20_000 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 50 }, (_, c) => `<c><v>${r * c}</v></c>`).join('')}</row>`).join(''))),
  }),
  'a million nested elements': () => ({ kind: 'xlsx', bytes: makeWorkbook(sheet(`${'<x>'.repeat(1_000_000)}${'</x>'.repeat(1_000_000)}`)) }),
  'CSV: a million empty lines': () => ({ kind: 'csv', bytes: `studyId\n${'\n'.repeat(1_000_000)}` }),
  'CSV: 9 MB in one quoted field': () => ({ kind: 'csv', bytes: `studyId,title\nref-1,"${'x'.repeat(9 * MB)}"\n` }),
  'CSV: a million commas': () => ({ kind: 'csv', bytes: `studyId${','.repeat(1_000_000)}x\n` }),
};

function measure(run: () => string): { outcome: string; ms: number; heapMb: number } {
  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed;
  const start = performance.now();
  const outcome = run();
  const ms = performance.now() - start;
  return { outcome, ms, heapMb: Math.max(0, (process.memoryUsage().heapUsed - heap) / MB) };
}

const examples = join(import.meta.dirname, '../examples');
const studies = readdirSync(examples)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const parsed = parseReportText(readFileSync(join(examples, name), 'utf8'), { filename: name });
    if (!parsed.ok) throw new Error(parsed.error.message);
    return { id: name.replace(/\.yaml$/, ''), document: parsed.document };
  });
const baselineBytes = await writeWorkbook(documentsToTables(studies, '1.1'), workbookLayout('1.1'));
// The third run, once the code is compiled.
let baseline = measure(() => '');
for (let run = 0; run < 3; run++) baseline = measure(() => (readWorkbook(baselineBytes, { file: 'examples.xlsx' }).ok ? 'read' : 'refused'));
console.log(`baseline: the five examples as a workbook (${baselineBytes.length} bytes) read in ${baseline.ms.toFixed(0)} ms`);

const only = process.argv.slice(2);
for (const [name, make] of Object.entries(SHAPES)) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
  const input = make();
  const result = measure(() => {
    const read = input.kind === 'xlsx' ? readWorkbook(input.bytes as Uint8Array, { file: 'x.xlsx' }) : readDelimited(input.bytes, { file: 'x.csv' });
    return read.ok ? 'read' : read.error.code;
  });
  console.log(`${name.padEnd(36)} ${result.outcome.padEnd(16)} ${result.ms.toFixed(0).padStart(6)} ms  ×${(result.ms / baseline.ms).toFixed(0).padStart(4)}  heap +${result.heapMb.toFixed(0)} MB`);
}
