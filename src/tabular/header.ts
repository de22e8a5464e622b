/**
 * Finding a sheet's header and what each of its columns holds. The header is the row of machine keys
 * (row 3 of the template), or a row of readable titles in its place (people delete the key row, and tools
 * such as DataHarmonizer export titles); rows above it (section titles) are not data.
 */
import { nearest } from '../schema/suggest.js';
import { SHEET_KINDS, SHEET_NAMES, type CellValue, type Column, type SheetData, type SheetKind } from './types.js';
import { STUDY_ID_KEY } from './layout.js';

/** How far down a header is looked for: the template's is row 3; a few label rows above it are allowed. */
export const HEADER_SEARCH_ROWS = 30;

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function cellText(cell: CellValue | undefined): string {
  return typeof cell === 'string' ? cell : cell === null || cell === undefined ? '' : String(cell);
}

/** Where a sheet's header is and what it names its columns by. */
export interface FoundHeader {
  /** 0-based index of the header row in `sheet.rows`. */
  row: number;
  /** Whether the row holds keys (or titles in their place). */
  byKey: boolean;
}

const UNIT_ID_TITLES: Readonly<Record<string, SheetKind>> = { preparationid: 'preparations', 'preparation id': 'preparations', armid: 'arms', 'arm id': 'arms' };

/** The header row: the first row with a `studyId` key, else the first with a "Study id" title. */
export function findHeader(sheet: SheetData): FoundHeader | undefined {
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (const byKey of [true, false]) {
    const wanted = byKey ? STUDY_ID_KEY.toLowerCase() : 'study id';
    for (let row = 0; row < limit; row++) {
      if (sheet.rows[row]!.some((cell) => normalise(cellText(cell)) === wanted)) return { row, byKey };
    }
  }
  return undefined;
}

/** The kind of rows a sheet holds: by its name, else by the unit id column of its header (a CSV file). */
export function sheetKind(sheet: SheetData, header: FoundHeader | undefined): SheetKind | undefined {
  const named = SHEET_KINDS.find((kind) => normalise(SHEET_NAMES[kind]) === normalise(sheet.name));
  if (named) return named;
  if (!header) return undefined;
  const kinds = new Set(sheet.rows[header.row]!.map((cell) => UNIT_ID_TITLES[normalise(cellText(cell))]));
  // An arm names its preparation ("Preparation id"): an arm id column decides.
  if (kinds.has('arms')) return 'arms';
  if (kinds.has('preparations')) return 'preparations';
  return 'studies';
}

/** What one heading names: a layout column, nothing, an unknown heading, or a column named twice. */
export type ColumnMatch =
  | { type: 'column'; column: number }
  | { type: 'empty' }
  | { type: 'unknown'; heading: string }
  | { type: 'duplicate'; heading: string; first: number };

interface Lookup {
  keys: Map<string, number>;
  lowerKeys: Map<string, number>;
  titles: Map<string, number>;
}

const lookups = new WeakMap<readonly Column[], Lookup>();
function lookupOf(columns: readonly Column[]): Lookup {
  let lookup = lookups.get(columns);
  if (!lookup) {
    lookup = {
      keys: new Map(columns.map((column, index) => [column.key, index])),
      lowerKeys: new Map(columns.map((column, index) => [column.key.toLowerCase(), index])),
      titles: new Map(columns.map((column, index) => [normalise(column.title), index])),
    };
    lookups.set(columns, lookup);
  }
  return lookup;
}

/** For each column of the header row: the layout column it names. */
export function matchColumns(headerRow: readonly CellValue[], columns: readonly Column[]): ColumnMatch[] {
  const { keys, lowerKeys, titles } = lookupOf(columns);
  const seen = new Map<number, number>();
  return headerRow.map((cell, at): ColumnMatch => {
    const heading = cellText(cell).trim();
    if (heading === '') return { type: 'empty' };
    // Keys exactly; then, in either kind of row, a key in other capitals or a title.
    const column = keys.get(heading) ?? lowerKeys.get(heading.toLowerCase()) ?? titles.get(normalise(heading));
    if (column === undefined) return { type: 'unknown', heading };
    const first = seen.get(column);
    if (first !== undefined) return { type: 'duplicate', heading, first };
    seen.set(column, at);
    return { type: 'column', column };
  });
}

/** The heading an unknown one was probably meant to be: the nearest key (in a key row) or title. */
export function suggestHeading(heading: string, columns: readonly Column[], byKey: boolean): string | undefined {
  return nearest(heading, byKey ? columns.map((column) => column.key) : columns.map((column) => column.title));
}

/**
 * Whether a row below the header is a label row, not data: every filled cell is a section title, a column
 * title or a key (a repeated header, the key row under a title row, a section divider).
 */
export function isLabelRow(row: readonly CellValue[], columns: readonly Column[]): boolean {
  const labels = labelSet(columns);
  let filled = 0;
  for (const cell of row) {
    const text = normalise(cellText(cell));
    if (text === '') continue;
    filled++;
    if (typeof cell !== 'string' || !labels.has(text)) return false;
  }
  return filled > 0;
}

const labelSets = new WeakMap<readonly Column[], Set<string>>();
function labelSet(columns: readonly Column[]): Set<string> {
  let set = labelSets.get(columns);
  if (!set) {
    set = new Set(columns.flatMap((column) => [normalise(column.key), normalise(column.title), normalise(column.sectionTitle)]));
    labelSets.set(columns, set);
  }
  return set;
}
