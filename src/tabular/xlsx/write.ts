/**
 * Writes tables as an .xlsx workbook people can fill in: an About sheet first, then the data sheets with
 * their three header rows (section titles merged over their columns, readable titles with the item's hint
 * as a note, machine keys), frozen panes, drop-down lists for every vocabulary, unit and yes/no column (the
 * choices on a hidden Lists sheet, referenced by range so long lists work), essential items marked, and
 * seldom used columns in collapsed outline groups. The template is the same with no data rows.
 *
 * exceljs writes the workbook; its ZIP is then repacked with fflate with a fixed date, and the document
 * properties carry a fixed date too, so the same tables give the same bytes (tests compare them).
 */
// Types only here: exceljs (half a second to load) is imported when a workbook is written, so importing
// the library or checking a study never pays for it.
import type ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { aboutLines } from '../about.js';
import type { CellValue, Column, SheetData, SheetLayout, TableSet, WorkbookLayout } from '../types.js';
import { columnName } from '../types.js';

export interface WriteWorkbookOptions {
  /** Rows below the data that get the drop-down lists too, for studies still to come (default 1000). */
  spareRows?: number;
}

/** The date every written workbook carries: output depends on the tables only. */
export const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

const HEADER_ROWS = 3;
const LISTS_SHEET = 'Lists';
/** What a cell may hold besides a choice: offered in the list where the column takes states. */
const NOT_REPORTED = 'not reported';
const BOOLEAN_CHOICES = ['true', 'false'];

const ESSENTIAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4CC' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

/** The choices a column's drop-down offers, or undefined for a column without one. */
function choicesOf(column: Column): string[] | undefined {
  const base = column.kind === 'choice' || column.kind === 'unit' ? column.vocabulary : column.kind === 'boolean' ? BOOLEAN_CHOICES : undefined;
  if (!base || base.length === 0) return undefined;
  return column.states && !base.includes(NOT_REPORTED) ? [...base, NOT_REPORTED] : [...base];
}

/** The note on a column's title: what it is, its item and level, and how to write it. */
function noteOf(column: Column): string {
  const lines: string[] = [column.title];
  if (column.itemId) lines.push(`Item ${column.itemId}${column.level ? ` (${column.level})` : ''}.`);
  if (column.hint) lines.push(column.hint);
  if (column.description && column.description !== column.hint) lines.push(column.description);
  if (column.kind === 'list') {
    lines.push(column.vocabulary ? `Several values separated by ";", from: ${column.vocabulary.join(', ')}.` : 'Several values separated by ";".');
  }
  if (column.kind === 'yaml') lines.push(column.shape ? `YAML flow text shaped like ${column.shape}` : 'YAML flow text, e.g. [{ marker: CD73, percent: 98.9 }].');
  if (column.states) lines.push('Or: "not reported", or "not applicable: <reason>".');
  return lines.join('\n');
}

interface DropDownList {
  /** Where the choices sit on the Lists sheet, as a data validation refers to them. */
  range: string;
  heading: string;
  choices: string[];
}

/** The distinct drop-down lists of the layout, keyed by their choices, each given a column of the Lists sheet. */
function dropDownLists(layout: WorkbookLayout): Map<string, DropDownList> {
  const lists = new Map<string, DropDownList>();
  for (const column of layout.sheets.flatMap((each) => each.columns)) {
    const choices = choicesOf(column);
    if (!choices) continue;
    const id = JSON.stringify(choices);
    if (lists.has(id)) continue;
    const letter = columnName(lists.size + 1);
    lists.set(id, { range: `${LISTS_SHEET}!$${letter}$2:$${letter}$${choices.length + 1}`, heading: column.kind === 'unit' ? `Units: ${column.key}` : column.key, choices });
  }
  return lists;
}

function writeListsSheet(workbook: ExcelJS.Workbook, lists: Map<string, DropDownList>): void {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  [...lists.values()].forEach((list, index) => {
    sheet.getCell(1, index + 1).value = list.heading;
    list.choices.forEach((choice, offset) => {
      sheet.getCell(offset + 2, index + 1).value = choice;
    });
  });
}

/** exceljs writes data validations over a range, but its type declarations leave them out. */
interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function writeAbout(workbook: ExcelJS.Workbook, layout: WorkbookLayout): void {
  const sheet = workbook.addWorksheet('About');
  sheet.getColumn(1).width = 120;
  for (const line of aboutLines(layout, 'xlsx')) {
    const row = sheet.addRow([line.text]);
    const cell = row.getCell(1);
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (line.kind === 'title') cell.font = { bold: true, size: 14 };
    else if (line.kind === 'heading') cell.font = { bold: true, size: 12 };
  }
}

/** Spans of equal section titles, for merging row 1. */
function sectionSpans(columns: readonly Column[]): Array<{ from: number; to: number; title: string }> {
  const spans: Array<{ from: number; to: number; title: string }> = [];
  columns.forEach((column, index) => {
    const last = spans[spans.length - 1];
    if (last && last.title === column.sectionTitle && last.to === index) last.to = index + 1;
    else spans.push({ from: index + 1, to: index + 1, title: column.sectionTitle });
  });
  return spans;
}

function writeDataSheet(workbook: ExcelJS.Workbook, layout: SheetLayout, data: SheetData, lists: Map<string, DropDownList>, spareRows: number): void {
  const { columns } = layout;
  const ids = columns.filter((column) => column.kind === 'id').length;
  const sheet = workbook.addWorksheet(layout.name, {
    views: [{ state: 'frozen', xSplit: ids, ySplit: HEADER_ROWS, topLeftCell: `${columnName(ids + 1)}${HEADER_ROWS + 1}`, activeCell: `A${HEADER_ROWS + 1}` }],
    properties: { outlineLevelCol: 1, defaultRowHeight: 15 },
  });
  sheet.properties.outlineProperties = { summaryRight: false, summaryBelow: false };

  data.rows.forEach((row, index) => {
    const cells: CellValue[] = row.map((value) => value ?? null);
    if (cells.some((value) => value !== null)) sheet.getRow(index + 1).values = cells.map((value) => (value === null ? undefined : value)) as ExcelJS.CellValue[];
  });

  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = Math.min(Math.max(column.title.length * 0.9, 12), 40);
    // Text columns keep what is typed (1.10 stays 1.10, 3-5 does not become a date).
    if (column.kind !== 'number' && column.kind !== 'integer' && column.kind !== 'boolean') sheetColumn.numFmt = '@';
    if (column.rare) {
      sheetColumn.outlineLevel = 1;
      sheetColumn.hidden = true;
    }
    const title = sheet.getCell(2, index + 1);
    title.value = column.title;
    title.note = noteOf(column);
    title.alignment = { wrapText: true, vertical: 'top' };
    title.font = { bold: column.level === 'essential' };
    if (column.level === 'essential') title.fill = ESSENTIAL_FILL;
    const key = sheet.getCell(3, index + 1);
    key.value = column.key;
    key.font = { italic: true, color: { argb: 'FF808080' }, size: 9 };
  });
  sheet.getRow(2).height = 45;

  for (const span of sectionSpans(columns)) {
    const cell = sheet.getCell(1, span.from);
    cell.value = span.title;
    cell.font = { bold: true };
    cell.fill = SECTION_FILL;
    if (span.to > span.from) sheet.mergeCells(1, span.from, 1, span.to);
  }

  const lastRow = Math.max(data.rows.length, HEADER_ROWS) + spareRows;
  columns.forEach((column, index) => {
    const choices = choicesOf(column);
    if (!choices) return;
    const letter = columnName(index + 1);
    (sheet as unknown as WithValidations).dataValidations.add(`${letter}${HEADER_ROWS + 1}:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [lists.get(JSON.stringify(choices))!.range],
      showErrorMessage: true,
      // A warning, not a stop: a cell may also say "not applicable: reason".
      errorStyle: 'warning',
      errorTitle: column.title.slice(0, 32),
      error: column.states ? 'Choose from the list, or write "not reported" or "not applicable: <reason>".' : 'Choose from the list.',
    });
  });
}

/** Repacks exceljs's ZIP with a fixed date on every entry (exceljs stamps the current time). */
function fixDates(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  return zipSync(entries, { mtime: FIXED_DATE, level: 6 });
}

/**
 * Thrown when exceljs, an optional dependency, is not installed (`npm install --omit=optional`, for a
 * pipeline that only checks studies and would rather not carry its 55 MB): only writing .xlsx needs it.
 */
export class WorkbookWriterMissingError extends Error {
  readonly code = 'workbook-writer-missing';
  constructor() {
    super('writing an .xlsx workbook needs exceljs, an optional dependency that is not installed here. Install it with "npm install exceljs", or write CSV/TSV (--format csv or tsv), which need nothing more.');
    this.name = 'WorkbookWriterMissingError';
  }
}

type ExcelModule = typeof ExcelJS;

/** exceljs, or WorkbookWriterMissingError when it is not installed (any other failure is passed on). */
export async function loadWorkbookLibrary(load: () => Promise<{ default: ExcelModule }> = () => import('exceljs')): Promise<ExcelModule> {
  try {
    return (await load()).default;
  } catch (error) {
    const code = (error as { code?: unknown } | undefined)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new WorkbookWriterMissingError();
    throw error;
  }
}

/**
 * The workbook of `tables` (from documentsToTables; with no studies, the template) under `layout`: About,
 * the data sheets in layout order, and the hidden Lists sheet. Sheets of `tables` that the layout does
 * not know are written after them as plain values.
 */
export async function writeWorkbook(tables: TableSet, layout: WorkbookLayout, options: WriteWorkbookOptions = {}): Promise<Uint8Array> {
  const spareRows = options.spareRows ?? 1000;
  const excel = await loadWorkbookLibrary();
  const workbook = new excel.Workbook();
  workbook.creator = 'secretome-checklist';
  workbook.lastModifiedBy = 'secretome-checklist';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.title = `MSC secretome study reports (checklist ${layout.version})`;

  writeAbout(workbook, layout);
  const byName = new Map(tables.sheets.map((sheet) => [sheet.name, sheet]));
  const lists = dropDownLists(layout);
  for (const sheetLayout of layout.sheets) {
    writeDataSheet(workbook, sheetLayout, byName.get(sheetLayout.name) ?? { name: sheetLayout.name, rows: [] }, lists, spareRows);
  }
  for (const sheet of tables.sheets) {
    if (layout.sheets.some((each) => each.name === sheet.name) || sheet.name === LISTS_SHEET || sheet.name === 'About') continue;
    const extra = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row) => extra.addRow(row.map((value) => (value === null ? undefined : value))));
  }
  writeListsSheet(workbook, lists);
  const buffer = await workbook.xlsx.writeBuffer();
  return fixDates(new Uint8Array(buffer as ArrayBuffer));
}
