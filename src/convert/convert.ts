/**
 * Converting study reports between YAML/JSON documents and spreadsheets (an XLSX workbook, or a CSV/TSV
 * set of Studies, Preparations and Arms files), without loss: every conversion is read back before it is
 * handed out, and one that would not come back as the same documents is refused (a bug, not the user's).
 */
import type { InputError } from '../io/errors.js';
import type { InputLimits } from '../io/limits.js';
import { parseReportText } from '../io/parse.js';
import { parseSpreadsheet, type CompanionFile, type SpreadsheetFormat } from '../io/spreadsheet.js';
import { writeDelimited } from '../tabular/delimited.js';
import { workbookLayout } from '../tabular/layout.js';
import { deepEqual } from '../tabular/record.js';
import { documentsToTables } from '../tabular/to-tables.js';
import { SHEET_KINDS, type SheetKind } from '../tabular/types.js';
import { documentVersion } from '../schema/versions.js';
import { documentToJson, documentToYaml, studyIdOfFile } from './documents.js';
import { inSchemaOrder } from './key-order.js';

export { documentToJson, documentToYaml, inSchemaOrder, studyIdOfFile };

/** What `convert` writes: one document per study (yaml, json), or one spreadsheet of all of them. */
export type ConvertFormat = 'yaml' | 'json' | SpreadsheetFormat;
export const CONVERT_FORMATS: readonly ConvertFormat[] = ['yaml', 'json', 'xlsx', 'csv', 'tsv'];

/** A study and the id the Studies sheet knows it by (for a YAML or JSON file: its name without extension). */
export interface StudyDocument {
  id: string;
  document: Record<string, unknown>;
}

/** The first place two JSON-like values differ, as a JSON pointer (for a message that can be acted on). */
export function firstDifference(a: unknown, b: unknown, pointer = ''): string | undefined {
  if (deepEqual(a, b)) return undefined;
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let index = 0; index < Math.max(a.length, b.length); index++) {
      const found = firstDifference(a[index], b[index], `${pointer}/${index}`);
      if (found !== undefined) return found;
    }
    return pointer;
  }
  if (isObject(a) && isObject(b) && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      if (found !== undefined) return found;
    }
  }
  return pointer === '' ? '/' : pointer;
}

/** A conversion that did not survive being read back: a bug, reported with where it went wrong. */
export class LossyConversionError extends Error {
  override name = 'LossyConversionError';
  constructor(
    readonly studyId: string,
    readonly pointer: string,
    readonly format: ConvertFormat,
  ) {
    super(`study ${studyId} would not come back from ${format} as it is (first difference at ${pointer}); nothing was written. Please report this.`);
  }
}

/** The studies read back from what was written must be the studies given, in order. */
function verify(format: ConvertFormat, given: readonly StudyDocument[], back: ReadonlyArray<{ id: string; document: unknown } | { error: InputError }>): void {
  for (const [index, study] of given.entries()) {
    const found = back[index];
    if (found === undefined || 'error' in found) throw new LossyConversionError(study.id, found ? `(${found.error.message})` : '(the study is missing)', format);
    const pointer = found.id === study.id ? firstDifference(study.document, found.document) : '(its id)';
    if (pointer !== undefined) throw new LossyConversionError(study.id, pointer, format);
  }
  if (back.length > given.length) throw new LossyConversionError(given[0]?.id ?? '(none)', '(an extra study)', format);
}

/** Read back with the limits an input would get, raised to fit whatever was just written. */
const UNBOUNDED: Partial<InputLimits> = {
  maxBytes: Number.MAX_SAFE_INTEGER,
  maxUnzippedBytes: Number.MAX_SAFE_INTEGER,
  maxRows: Number.MAX_SAFE_INTEGER,
  maxColumns: Number.MAX_SAFE_INTEGER,
  maxCells: Number.MAX_SAFE_INTEGER,
  maxSheets: Number.MAX_SAFE_INTEGER,
};

const entriesOf = (entries: ReturnType<typeof parseSpreadsheet>) => entries.map((entry) => (entry.ok ? { id: entry.studyId, document: entry.document } : { error: entry.error }));

/** The checklist version all the studies declare; undefined when they differ (the latest layout then holds them all). */
function version(studies: readonly StudyDocument[]) {
  const versions = new Set(studies.map(({ document }) => documentVersion(document)));
  return versions.size === 1 ? [...versions][0]! : undefined;
}

/** One XLSX workbook of the studies (template sheets, drop-downs and notes included), verified by reading it back. */
export async function studiesToWorkbook(studies: readonly StudyDocument[]): Promise<Uint8Array> {
  // The workbook writer (exceljs) is loaded on first use: importing the library stays quick.
  const { writeWorkbook } = await import('../tabular/xlsx/write.js');
  const tables = documentsToTables(studies, version(studies));
  const bytes = await writeWorkbook(tables, workbookLayout(version(studies) ?? documentVersion({})));
  verify('xlsx', studies, entriesOf(parseSpreadsheet({ bytes, file: 'studies.xlsx', format: 'xlsx', limits: UNBOUNDED })));
  return bytes;
}

/** The Studies, Preparations and Arms sheets of the studies as CSV or TSV texts, verified by reading them back. */
export function studiesToDelimited(studies: readonly StudyDocument[], format: 'csv' | 'tsv'): Record<SheetKind, string> {
  const tables = documentsToTables(studies, version(studies));
  const delimiter = format === 'tsv' ? '\t' : ',';
  const texts = Object.fromEntries(SHEET_KINDS.map((kind, index) => [kind, writeDelimited(tables.sheets[index]!, delimiter)])) as Record<SheetKind, string>;
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  const companions: CompanionFile[] = [
    { file: `preparations.${format}`, bytes: encode(texts.preparations) },
    { file: `arms.${format}`, bytes: encode(texts.arms) },
  ];
  verify(format, studies, entriesOf(parseSpreadsheet({ bytes: encode(texts.studies), file: `studies.${format}`, format, companions, limits: UNBOUNDED })));
  return texts;
}

/** A study as YAML or JSON text, verified by parsing it back. */
export function studyToText(study: StudyDocument, format: 'yaml' | 'json'): string {
  const text = format === 'yaml' ? documentToYaml(study.document) : documentToJson(study.document);
  const back = parseReportText(text, { format, ...UNBOUNDED, maxDepth: Number.MAX_SAFE_INTEGER, maxArrayLength: Number.MAX_SAFE_INTEGER, maxStringLength: Number.MAX_SAFE_INTEGER, maxValues: Number.MAX_SAFE_INTEGER });
  verify(format, [study], [back.ok ? { id: study.id, document: back.document } : { error: back.error }]);
  return text;
}
