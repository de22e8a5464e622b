/**
 * Spreadsheets as input: an XLSX workbook, or a CSV/TSV Studies sheet (with its Preparations and Arms
 * sheets beside it), read into one document per study row. Runtime-agnostic (the page loads it on
 * demand); the files beside a CSV are found by read-spreadsheet.ts in Node.
 *
 * Each study comes with a source map whose locations are cells (`Arms!F7`), so every reporter points at
 * the cell to fix; each bad row or cell is one InputError, and the other studies are still checked.
 */
import { readDelimited } from '../tabular/delimited.js';
import { tablesToDocuments } from '../tabular/from-tables.js';
import type { SheetData, TableSet } from '../tabular/types.js';
import { readWorkbook } from '../tabular/xlsx/read.js';
import type { InputError } from './errors.js';
import { checkValueLimits, resolveLimits, type InputLimits } from './limits.js';
import type { SourceMap } from './source-map.js';

export { isZip, spreadsheetFormat, SPREADSHEET_FORMATS, type SpreadsheetFormat } from './spreadsheet-format.js';
import type { SpreadsheetFormat } from './spreadsheet-format.js';

/** One study of a spreadsheet, ready to validate; `sheet` and `line` are its Studies row. */
export interface SpreadsheetStudy {
  ok: true;
  document: Record<string, unknown>;
  sourceMap: SourceMap;
  file: string;
  studyId: string;
  sheet: string;
  line: number;
}

export type SpreadsheetEntry = SpreadsheetStudy | { ok: false; error: InputError };

/** A sheet read from another file than the one checked (preparations.csv beside studies.csv). */
export interface CompanionFile {
  file: string;
  bytes: Uint8Array;
}

export interface SpreadsheetInput {
  bytes: Uint8Array;
  /** The file as the user named it. */
  file: string;
  format: SpreadsheetFormat;
  /** For CSV/TSV: the Preparations and Arms files found beside a Studies file. */
  companions?: readonly CompanionFile[];
  limits?: Partial<InputLimits>;
}

/** The sheets of a spreadsheet input, or the error that stops it being read at all. */
export function readTables(input: SpreadsheetInput): { ok: true; tables: TableSet } | { ok: false; error: InputError } {
  const limits = input.limits ?? {};
  if (input.format === 'xlsx') return readWorkbook(input.bytes, { file: input.file, limits });
  const delimiter = input.format === 'tsv' ? '\t' : undefined;
  const sheets: SheetData[] = [];
  for (const { file, bytes } of [{ file: input.file, bytes: input.bytes }, ...(input.companions ?? [])]) {
    const read = readDelimited(bytes, { file, limits, ...(delimiter ? { delimiter } : {}) });
    if (!read.ok) return read;
    sheets.push(file === input.file ? read.sheet : { ...read.sheet, file });
  }
  return { ok: true, tables: { sheets } };
}

/**
 * The studies of a spreadsheet: the errors (one per bad row or cell), then one entry per study, in row order.
 * Every document keeps within the same limits as a YAML or JSON one. Never throws for any input.
 */
export function parseSpreadsheet(input: SpreadsheetInput): SpreadsheetEntry[] {
  const { file } = input;
  const read = readTables(input);
  if (!read.ok) return [{ ok: false, error: read.error }];
  const { studies, errors } = tablesToDocuments(read.tables, file, { limits: input.limits ?? {} });
  const limits = resolveLimits(input.limits);
  const entries: SpreadsheetEntry[] = errors.map((error) => ({ ok: false, error }));
  for (const study of studies) {
    const over = checkValueLimits(study.document, limits);
    if (over) {
      const at = over.pointer !== undefined ? study.sourceMap.locate(over.pointer) : undefined;
      const place = at?.cell !== undefined ? { sheet: at.sheet ?? study.row.sheet, cell: at.cell, line: at.line, column: at.column } : { sheet: study.row.sheet, line: study.row.row };
      entries.push({ ok: false, error: { code: over.code, file, ...place, message: `study ${study.id}: ${over.message}`, ...(over.hint ? { hint: over.hint } : {}) } });
      continue;
    }
    entries.push({ ok: true, document: study.document, sourceMap: study.sourceMap, file, studyId: study.id, sheet: study.row.sheet, line: study.row.row });
  }
  if (entries.length === 0) {
    return [{ ok: false, error: { code: 'empty', file, message: 'the spreadsheet holds no study: the Studies sheet has no row with a study id below its header.', hint: 'Fill in one row per study from row 4 of the Studies sheet (start from `secretome-checklist init --format xlsx`).' } }];
  }
  return entries;
}
