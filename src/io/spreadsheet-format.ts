/**
 * Which inputs are spreadsheets. Apart from the reader (spreadsheet.ts), so that telling a study report
 * from a spreadsheet does not load the reader: the command-line tool loads it when an input is one.
 */
export type SpreadsheetFormat = 'xlsx' | 'csv' | 'tsv';

export const SPREADSHEET_FORMATS: readonly SpreadsheetFormat[] = ['xlsx', 'csv', 'tsv'];

/** Every ZIP archive (and so every .xlsx workbook) starts with these four bytes. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The spreadsheet format of an input: by its name (`.xlsx`, `.csv`, `.tsv`, `.tab`), or, for an input
 * without a telling name (standard input, an upload), a ZIP archive is a workbook. Undefined: not a
 * spreadsheet (a YAML or JSON study report).
 */
export function spreadsheetFormat(file: string | undefined, bytes?: Uint8Array): SpreadsheetFormat | undefined {
  const extension = /\.([A-Za-z]{3,4})$/.exec(file ?? '')?.[1]?.toLowerCase();
  if (extension === 'xlsx' || extension === 'xlsm') return 'xlsx';
  if (extension === 'csv') return 'csv';
  if (extension === 'tsv' || extension === 'tab') return 'tsv';
  if (extension === 'json' || extension === 'yaml' || extension === 'yml') return undefined;
  return bytes !== undefined && isZip(bytes) ? 'xlsx' : undefined;
}
