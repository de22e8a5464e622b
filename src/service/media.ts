/**
 * Media types: what a study report may be sent as (by Content-Type), and what a report may be returned as
 * (by Accept). Tables, so the routes, the error messages and the OpenAPI document read the same lists.
 */
import type { InputFormat } from '../io/parse.js';
import { isZip, type SpreadsheetFormat } from '../io/spreadsheet.js';
import type { ReporterFormat } from '../reporters/index.js';

/** Study reports: one document per request. */
export const DOCUMENT_TYPES: Readonly<Record<string, InputFormat>> = {
  'application/json': 'json',
  'application/yaml': 'yaml',
  'application/x-yaml': 'yaml',
  'text/yaml': 'yaml',
  'text/x-yaml': 'yaml',
};

/** Many documents, one JSON document per line. */
export const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl'] as const;

/**
 * Spreadsheets: one workbook or one Studies sheet per request, one report per study row. Browsers on
 * Windows send a .csv file as application/vnd.ms-excel: a ZIP archive is then a workbook, anything else CSV
 * (an old binary .xls is refused by the reader, with the advice to save it as .xlsx).
 */
export const SPREADSHEET_TYPES: Readonly<Record<string, SpreadsheetFormat | 'xlsx-or-csv'>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'application/vnd.ms-excel': 'xlsx-or-csv',
};

/** The spreadsheet format of a body sent as `type`, or undefined when the type is not a spreadsheet's. */
export function spreadsheetFormatOf(type: string, body: Uint8Array): SpreadsheetFormat | undefined {
  const format = SPREADSHEET_TYPES[type];
  return format === 'xlsx-or-csv' ? (isZip(body) ? 'xlsx' : 'csv') : format;
}

/** The Content-Type without parameters, lower-cased. */
export function baseType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The message of a 415: what was sent, and what would be accepted instead. */
export function unsupportedTypeMessage(header: string | undefined, accepted: readonly string[]): string {
  const type = baseType(header);
  const sent = type === '' ? 'no Content-Type' : `Content-Type ${JSON.stringify(type.slice(0, 100))}`;
  return `${sent} is not accepted here. Send ${accepted.join(' or ')}.`;
}

/** Report formats by media type, in the order the service prefers them (the first is the default). */
export const REPORT_TYPES: ReadonlyArray<{ type: string; format: Extract<ReporterFormat, 'json' | 'markdown' | 'html' | 'sarif'> }> = [
  { type: 'application/json', format: 'json' },
  { type: 'text/markdown', format: 'markdown' },
  { type: 'text/html', format: 'html' },
  { type: 'application/sarif+json', format: 'sarif' },
];
export type ReportType = (typeof REPORT_TYPES)[number];

/** Longest Accept header looked at; a real one is a few hundred characters. */
const MAX_ACCEPT = 2000;

/**
 * The report format for an Accept header: the acceptable range with the highest quality wins, and among
 * equals the service's preference; no header means JSON. Undefined when nothing offered is acceptable.
 */
export function negotiate(accept: string | undefined): ReportType | undefined {
  if (accept === undefined || accept.trim() === '') return REPORT_TYPES[0];
  const ranges = accept
    .slice(0, MAX_ACCEPT)
    .split(',')
    .map((part, order) => {
      const [range, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
      const q = params.find((param) => param.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { range: range ?? '', quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  for (const { range } of ranges) {
    const [kind, sub] = range.split('/');
    const match = REPORT_TYPES.find(({ type }) => range === '*/*' || type === range || (sub === '*' && type.startsWith(`${kind}/`)));
    if (match) return match;
  }
  return undefined;
}
