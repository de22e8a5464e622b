/**
 * The workbook opens in LibreOffice Calc with its drop-downs working: the template and a workbook of the
 * examples go through headless LibreOffice (read, then saved again as .xlsx, as a user who opens and saves
 * it would), and what LibreOffice wrote reads back the same: the sheets, the three header rows, the hidden
 * Lists sheet, every drop-down list with its range, and every cell. A CSV file LibreOffice opens types its
 * cells as a person typing them would (numbers become numbers); those cells read back as such, and the
 * studies typed so give the same documents and the same findings as their YAML.
 *
 * Needs `soffice` (Debian: apt-get install -y --no-install-recommends libreoffice-calc-nogui; .ci/run
 * installs it). Without it the suite is skipped, which fails a CI run (test/setup/skip-policy.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/io/parse.js';
import { writeDelimited } from '../../src/tabular/delimited.js';
import { workbookLayout } from '../../src/tabular/layout.js';
import { tablesToDocuments } from '../../src/tabular/from-tables.js';
import { documentsToTables } from '../../src/tabular/to-tables.js';
import type { CellValue, TableSet } from '../../src/tabular/types.js';
import { readWorkbook } from '../../src/tabular/xlsx/read.js';
import { writeWorkbook } from '../../src/tabular/xlsx/write.js';
import { validate } from '../../src/validator.js';

const SOFFICE = process.env['SOFFICE_PATH'] ?? '/usr/bin/soffice';
const HAS_SOFFICE = existsSync(SOFFICE);
const TITLE = HAS_SOFFICE
  ? 'the workbook in LibreOffice Calc'
  : `the workbook in LibreOffice Calc (SKIPPED: no LibreOffice at ${SOFFICE}; install it with "apt-get install -y --no-install-recommends libreoffice-calc-nogui", or set SOFFICE_PATH)`;

const EXAMPLES = join(import.meta.dirname, '../../examples');
const layout = workbookLayout('1.1');

let dir: string;
let ours: Record<string, Uint8Array>;
let theirs: Record<string, Uint8Array>;
let data: TableSet;
let studies: Array<{ id: string; document: Record<string, unknown> }>;

function tablesOf(bytes: Uint8Array, file: string): TableSet {
  const result = readWorkbook(bytes, { file });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.tables;
}

/** The parts of a workbook that say what a sheet's drop-downs are: `range → list formula`, from its XML. */
function validations(bytes: Uint8Array): Record<string, Record<string, string>> {
  const parts = unzipSync(bytes);
  const text = (path: string): string => new TextDecoder().decode(parts[path]);
  const rels = text('xl/_rels/workbook.xml.rels');
  const out: Record<string, Record<string, string>> = {};
  for (const sheet of text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${sheet[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${sheet[2]}"`).exec(rels)!;
    const path = `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, '')}`;
    const found: Record<string, string> = {};
    for (const validation of text(path).matchAll(/<dataValidation ([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)) {
      if (!/type="list"/.test(validation[1]!)) continue;
      found[/sqref="([^"]+)"/.exec(validation[1]!)![1]!] = validation[2]!.replace(/^'?Lists'?!/, 'Lists!');
    }
    out[sheet[1]!] = found;
  }
  return out;
}

/** What a person typing `text` into a cell gets: numbers and true/false become values, the rest stays text. */
function typed(text: CellValue): CellValue {
  if (typeof text !== 'string') return text;
  if (/^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(text.trim())) return Number(text);
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return text;
}

describe.skipIf(!HAS_SOFFICE)(TITLE, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'secretome-libreoffice-'));
    studies = readdirSync(EXAMPLES)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => {
        const parsed = parseReportText(readFileSync(join(EXAMPLES, name), 'utf8'), { filename: name });
        if (!parsed.ok) throw new Error(parsed.error.message);
        return { id: name.replace(/\.yaml$/, ''), document: parsed.document };
      });
    data = documentsToTables(studies, '1.1');
    ours = {
      'template.xlsx': await writeWorkbook(documentsToTables([], '1.1'), layout),
      'examples.xlsx': await writeWorkbook(data, layout),
      // Each sheet as CSV text, which LibreOffice types cell by cell as a person typing it would.
      ...Object.fromEntries(data.sheets.map((sheet) => [`typed-${sheet.name.toLowerCase()}.csv`, new TextEncoder().encode(writeDelimited(sheet, ','))])),
    };
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    for (const [name, bytes] of Object.entries(ours)) writeFileSync(join(inputs, name), bytes);
    const out = join(dir, 'out');
    // One LibreOffice run for every file (it starts slowly), with its own profile so runs never share one.
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, ...Object.keys(ours).map((name) => join(inputs, name))],
      { stdio: 'pipe', timeout: 170_000 },
    );
    theirs = Object.fromEntries(readdirSync(out).map((name) => [name, new Uint8Array(readFileSync(join(out, name)))]));
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the sheets in order, About first and Lists hidden', () => {
    expect(Object.keys(theirs).sort()).toEqual(['examples.xlsx', 'template.xlsx', 'typed-arms.xlsx', 'typed-preparations.xlsx', 'typed-studies.xlsx']);
    const names = tablesOf(theirs['template.xlsx']!, 'template.xlsx').sheets.map((sheet) => sheet.name);
    expect(names).toEqual(['About', 'Studies', 'Preparations', 'Arms', 'Lists']);
    const workbook = new TextDecoder().decode(unzipSync(theirs['template.xlsx']!)['xl/workbook.xml']);
    expect(workbook).toMatch(/<sheet name="Lists"[^>]*state="hidden"/);
  });

  it('keeps the three header rows of every data sheet, and the About text and the lists as written', () => {
    const before = tablesOf(ours['template.xlsx']!, 'template.xlsx');
    const after = tablesOf(theirs['template.xlsx']!, 'template.xlsx');
    expect(after.sheets).toEqual(before.sheets);
    const studies = after.sheets[1]!;
    expect(studies.rows[2]!.slice(0, 3)).toEqual(['studyId', 'checklistVersion', 'study.title']);
    expect(studies.rows[2]).toHaveLength(layout.sheets[0]!.columns.length);
  });

  it('keeps every drop-down list, on the same cells, pointing at the same range of the Lists sheet', () => {
    const before = validations(ours['template.xlsx']!);
    const after = validations(theirs['template.xlsx']!);
    const count = Object.values(before).reduce((sum, sheet) => sum + Object.keys(sheet).length, 0);
    expect(count).toBeGreaterThan(100);
    expect(after).toEqual(before);
    expect(after['Studies']!['AA4:AA1003'] ?? Object.values(after['Studies']!)[0]).toMatch(/^Lists!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
  });

  it('every cell of a workbook of the examples reads back the same after LibreOffice saved it', () => {
    expect(tablesOf(theirs['examples.xlsx']!, 'examples.xlsx')).toEqual(tablesOf(ours['examples.xlsx']!, 'examples.xlsx'));
  });

  it('cells LibreOffice typed from CSV text read back as typed: numbers as numbers, true/false as booleans, text as text', () => {
    const csv = data.sheets[0]!.rows;
    const sheet = tablesOf(theirs['typed-studies.xlsx']!, 'typed-studies.xlsx').sheets[0]!;
    expect(sheet.rows.length).toBe(csv.length);
    // The reader ends each row at its last value.
    const expected = csv.map((row) => {
      const cells = row.map((cell) => typed(cell));
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      return cells;
    });
    expect(sheet.rows).toEqual(expected);
    const kinds = new Set(sheet.rows.slice(3).flat().map((cell) => typeof cell));
    expect(kinds).toContain('number');
    expect(kinds).toContain('string');
  });

  it('studies typed into LibreOffice give the same documents, and so the same reports, as their YAML', () => {
    const tables: TableSet = {
      sheets: data.sheets.map((sheet) => ({ ...tablesOf(theirs[`typed-${sheet.name.toLowerCase()}.xlsx`]!, sheet.name).sheets[0]!, name: sheet.name })),
    };
    const { studies: read, errors } = tablesToDocuments(tables, 'typed.xlsx');
    expect(errors).toEqual([]);
    expect(read.map((study) => study.id)).toEqual(studies.map((study) => study.id));
    for (const [index, study] of read.entries()) {
      expect(study.document, study.id).toEqual(studies[index]!.document);
      expect(validate(study.document).findings, study.id).toEqual(validate(studies[index]!.document).findings);
    }
  });
});
