/**
 * The workbook a person fills in: About first, three header rows, frozen panes, a drop-down for every
 * vocabulary, unit and yes/no column, the item's hint as a note, essential items marked, rare columns
 * collapsed, and the same bytes for the same tables. Inspected with exceljs as a second reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/io/parse.js';
import { workbookLayout } from '../../src/tabular/layout.js';
import { documentsToTables } from '../../src/tabular/to-tables.js';
import { columnName, type CellValue, type TableSet } from '../../src/tabular/types.js';
import { readWorkbook } from '../../src/tabular/xlsx/read.js';
import { writeWorkbook, loadWorkbookLibrary, WorkbookWriterMissingError } from '../../src/tabular/xlsx/write.js';

const layout = workbookLayout('1.1');
const EXAMPLES = join(import.meta.dirname, '../../examples');

let template: Uint8Array;
let workbook: ExcelJS.Workbook;
let data: TableSet;
let filled: Uint8Array;

const trimmed = (row: readonly CellValue[]): CellValue[] => {
  const cells = [...row];
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
};

beforeAll(async () => {
  template = await writeWorkbook(documentsToTables([], '1.1'), layout);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer);
  const studies = readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const parsed = parseReportText(readFileSync(join(EXAMPLES, name), 'utf8'), { filename: name });
      if (!parsed.ok) throw new Error(parsed.error.message);
      return { id: name.replace(/\.yaml$/, ''), document: parsed.document };
    });
  data = documentsToTables(studies, '1.1');
  filled = await writeWorkbook(data, layout);
}, 60_000);

describe('the template', () => {
  it('has About first, then Studies, Preparations, Arms, and the Lists sheet hidden at the end', () => {
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['About', 'visible'],
      ['Studies', 'visible'],
      ['Preparations', 'visible'],
      ['Arms', 'visible'],
      ['Lists', 'hidden'],
    ]);
  });

  it('the About sheet says how to write "not reported", "not applicable: reason", ";" lists, and the checklist version', () => {
    const text = workbook.getWorksheet('About')!.getColumn(1).values.join('\n');
    expect(text).toContain('checklist 1.1');
    expect(text).toContain('"not reported"');
    expect(text).toContain('"not applicable: <reason>"');
    expect(text).toContain('separate them with ";"');
  });

  it('each data sheet has the three header rows: section titles merged over their columns, titles, keys; panes frozen below them', () => {
    for (const sheetLayout of layout.sheets) {
      const sheet = workbook.getWorksheet(sheetLayout.name)!;
      const { columns } = sheetLayout;
      expect(sheet.getRow(3).values).toEqual([undefined, ...columns.map((column) => column.key)]);
      expect(sheet.getRow(2).values).toEqual([undefined, ...columns.map((column) => column.title)]);
      // A merged cell reports the master's value: every column shows its section's title.
      expect(columns.map((_, index) => sheet.getCell(1, index + 1).value)).toEqual(columns.map((column) => column.sectionTitle));
      const storage = columns.findIndex((column) => column.section === 'storage');
      if (storage > 0) expect(sheet.getCell(1, storage + 2).isMerged).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: sheetLayout.kind === 'studies' ? 1 : 2 });
    }
  });

  it('every choice, unit and yes/no column has a drop-down referring to its list on the Lists sheet, with "not reported" where states are allowed', () => {
    const lists = workbook.getWorksheet('Lists')!;
    let checked = 0;
    for (const sheetLayout of layout.sheets) {
      const sheet = workbook.getWorksheet(sheetLayout.name)!;
      sheetLayout.columns.forEach((column, index) => {
        const validation = sheet.getCell(4, index + 1).dataValidation;
        const wanted = column.kind === 'choice' || column.kind === 'unit' ? column.vocabulary : column.kind === 'boolean' ? ['true', 'false'] : undefined;
        if (!wanted) {
          expect(validation, column.key).toBeUndefined();
          return;
        }
        expect(validation, column.key).toMatchObject({ type: 'list', allowBlank: true, errorStyle: 'warning' });
        expect(sheet.getCell(1003, index + 1).dataValidation, `${column.key} row 1003`).toMatchObject({ type: 'list' });
        const match = /^Lists!\$([A-Z]+)\$2:\$\1\$(\d+)$/.exec(validation!.formulae![0] as string);
        expect(match, column.key).not.toBeNull();
        const letter = match![1]!;
        const choices = Array.from({ length: Number(match![2]) - 1 }, (_, offset) => lists.getCell(`${letter}${offset + 2}`).value);
        expect(choices).toEqual(column.states ? [...wanted, 'not reported'] : wanted);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("every title carries a note with the item's hint; essential titles are bold on orange", () => {
    for (const sheetLayout of layout.sheets) {
      const sheet = workbook.getWorksheet(sheetLayout.name)!;
      sheetLayout.columns.forEach((column, index) => {
        const cell = sheet.getCell(2, index + 1);
        const note = typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((text) => text.text).join('');
        expect(note, column.key).toContain(column.title);
        if (column.hint) expect(note).toContain(column.hint);
        expect(Boolean(cell.font?.bold), column.key).toBe(column.level === 'essential');
      });
    }
  });

  it('the note of a YAML column shows that column\'s own shape (a dose is not sketched as markers)', () => {
    const studies = layout.sheets[0]!;
    const sheet = workbook.getWorksheet(studies.name)!;
    const noteOf = (key: string): string => {
      const cell = sheet.getCell(2, studies.columns.findIndex((column) => column.key === key) + 1);
      return typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((text) => text.text).join('');
    };
    expect(noteOf('doseAdministration.dose.amounts')).toContain('YAML flow text shaped like [{ value: 1, unit: ');
    expect(noteOf('doseAdministration.dose.amounts')).not.toContain('marker');
    expect(noteOf('outcomes.tests.tests')).toContain('[{ test: von-frey, ');
  });

  it('rare columns are hidden in a collapsed outline group; the others are visible', () => {
    for (const sheetLayout of layout.sheets) {
      const sheet = workbook.getWorksheet(sheetLayout.name)!;
      sheetLayout.columns.forEach((column, index) => {
        const sheetColumn = sheet.getColumn(index + 1);
        expect([sheetColumn.hidden, sheetColumn.outlineLevel ?? 0], `${sheetLayout.name} ${columnName(index + 1)} ${column.key}`).toEqual(column.rare ? [true, 1] : [false, 0]);
      });
    }
    expect(layout.sheets.some((sheet) => sheet.columns.some((column) => column.rare))).toBe(true);
  });

  it('is the same bytes every time, with a fixed date in the document properties', async () => {
    expect(await writeWorkbook(documentsToTables([], '1.1'), layout)).toEqual(template);
    expect(new TextDecoder().decode(unzipSync(template)['docProps/core.xml'])).toContain('2025-01-01T00:00:00Z');
  });
});

describe('a workbook of studies', () => {
  it('reads back with the values it was written with, sheet by sheet', () => {
    const result = readWorkbook(filled, { file: 'examples.xlsx' });
    if (!result.ok) throw new Error(result.error.message);
    for (const [index, sheet] of data.sheets.entries()) {
      const read = result.tables.sheets[index + 1]!;
      expect(read.name).toBe(sheet.name);
      // Row 1 is merged, so every column reads its section's title; the rows below read as written.
      expect(read.rows.slice(1)).toEqual(sheet.rows.slice(1).map(trimmed));
      expect(read.rows.length).toBeGreaterThan(3);
    }
  });

  it('text that looks like a formula stays text', async () => {
    const tables: TableSet = { sheets: [{ name: 'Studies', rows: [...data.sheets[0]!.rows.slice(0, 3), ['ref-1', '1.1', '=HYPERLINK("http://example.org")']] }] };
    const result = readWorkbook(await writeWorkbook(tables, layout), { file: 'x.xlsx' });
    expect(result.ok && result.tables.sheets[1]!.rows[3]).toEqual(['ref-1', '1.1', '=HYPERLINK("http://example.org")']);
  });
});

describe('exceljs is optional: only writing a workbook needs it', () => {
  const notInstalled = () => Promise.reject(Object.assign(new Error("Cannot find package 'exceljs'"), { code: 'ERR_MODULE_NOT_FOUND' }));

  it('a missing exceljs is a WorkbookWriterMissingError that says how to install it and what works without it', async () => {
    const error = await loadWorkbookLibrary(notInstalled).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkbookWriterMissingError);
    expect((error as WorkbookWriterMissingError).code).toBe('workbook-writer-missing');
    expect((error as Error).message).toContain('npm install exceljs');
    expect((error as Error).message).toContain('CSV/TSV');
  });

  it('any other failure to load it is passed on as it is', async () => {
    const broken = new SyntaxError('Unexpected token');
    await expect(loadWorkbookLibrary(() => Promise.reject(broken))).rejects.toBe(broken);
  });

  it('an installed exceljs is loaded on first use', async () => {
    expect((await loadWorkbookLibrary()).Workbook).toBe(ExcelJS.Workbook);
  });
});
