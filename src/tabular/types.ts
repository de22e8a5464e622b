/**
 * The tabular model: what a workbook or a set of CSV files holds once read (sheets of cell values), and
 * the names of the places in it. File formats (XLSX, CSV, TSV) read into and write from these types; the
 * layout and the conversion to and from study documents work on them only.
 */
import type { SectionKey, Level } from '../report/types.js';
import type { SchemaVersion } from '../schema/versions.js';

/** One cell as read: text, a number, a boolean, or nothing. */
export type CellValue = string | number | boolean | null;

/** One sheet (or one CSV file): every row as read, header rows included. */
export interface SheetData {
  name: string;
  rows: CellValue[][];
  /** The file the sheet was read from, when it is not the file the set was opened as (arms.csv beside studies.csv). */
  file?: string;
}

/** The sheets of a workbook, or the CSV/TSV files of one set, in order. */
export interface TableSet {
  sheets: SheetData[];
}

/** A cell, 1-based, as a spreadsheet shows it (row 7, column 6 is F7). */
export interface CellRef {
  sheet: string;
  row: number;
  column: number;
}

/** The kinds of data sheet, in workbook order. */
export const SHEET_KINDS = ['studies', 'preparations', 'arms'] as const;
/** `studies`, `preparations` or `arms`. */
export type SheetKind = (typeof SHEET_KINDS)[number];

/** Sheet names as the workbook shows them. */
export const SHEET_NAMES: Readonly<Record<SheetKind, string>> = { studies: 'Studies', preparations: 'Preparations', arms: 'Arms' };

/**
 * What a column holds, which decides how its cells are written and read (docs/spreadsheets.md, "Cells"):
 * - `id`: a study, preparation or arm id;
 * - `text`, `number`, `integer`, `boolean`: one value;
 * - `choice`: one value of `vocabulary` (a drop-down); `unit`: the unit of the value column beside it;
 * - `list`: several values in one cell, separated by `;` (each as `itemKind` reads it);
 * - `yaml`: a value the flat grammar cannot hold (a list of objects, nested alternatives), as YAML flow
 *   text, e.g. `[{ marker: CD73, percent: 98.9 }]`;
 * - `extra`: whatever a document holds that no other column can (YAML flow of a partial document).
 */
export type ColumnKind = 'id' | 'text' | 'number' | 'integer' | 'boolean' | 'choice' | 'unit' | 'list' | 'yaml' | 'extra';

/** How each entry of a `list` column is read. */
export type ListItemKind = 'text' | 'number' | 'integer' | 'choice';

/** One column of a data sheet: what it holds and how people see it. */
export interface Column {
  /** The machine key of row 3: the document path (`storage.temperature.value`), or `studyId`, `preparationId`, `armId`, `extra`. */
  key: string;
  /** The readable title of row 2 ("Storage temperature · value"). */
  title: string;
  /** The section whose row-1 title spans this column; `document` for ids, the version and other fields. */
  section: SectionKey | 'document';
  sectionTitle: string;
  /** The checklist item the value belongs to, with its level and hint (for a header note). */
  itemId?: string;
  level?: Level;
  hint?: string;
  /** What the schema says the field is, for a header note. */
  description?: string;
  /** The allowed values of a `choice`, `unit` or `list` of choices column (with `other` where the schema has it). */
  vocabulary?: string[];
  /** For a value with a unit column beside it: the units that column offers. */
  units?: string[];
  /** A percentage (0–100): "98.9 %" reads as 98.9. */
  percent?: boolean;
  /** For `yaml` columns: the YAML flow shape of the value, sketched from the schema (`[{ value: 1, unit: mg, … }, …]`), for a header note. */
  shape?: string;
  kind: ColumnKind;
  /** For `list` columns: how each entry is read. */
  itemKind?: ListItemKind;
  /** Whether `not reported` and `not applicable: reason` may be written in this column. */
  states: boolean;
  /** Seldom filled (notes, the schema link): a writer may put these in collapsed outline groups. */
  rare: boolean;
}

/** The columns of one data sheet, in order. */
export interface SheetLayout {
  kind: SheetKind;
  name: string;
  columns: Column[];
}

/** The data sheets of a checklist version and their columns (`workbookLayout`). */
export interface WorkbookLayout {
  version: SchemaVersion;
  /** Data sheets in workbook order: Studies, Preparations, Arms. */
  sheets: SheetLayout[];
}

/** Column letters as a spreadsheet shows them: 1 → A, 27 → AA. */
export function columnName(column: number): string {
  let name = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** The A1 name of a cell without its sheet: "F7". */
export function cellAddress(ref: Pick<CellRef, 'row' | 'column'>): string {
  return `${columnName(ref.column)}${ref.row}`;
}

/** The name of a cell as a spreadsheet formula would write it: "Arms!F7" (a sheet name with spaces in quotes). */
export function cellName(ref: CellRef): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(ref.sheet) ? ref.sheet : `'${ref.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${cellAddress(ref)}`;
}
