/** Input errors: values with stable codes, never exceptions. */

export type InputErrorCode =
  | 'read-failed'
  | 'not-a-file'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'json-syntax'
  | 'yaml-syntax'
  | 'duplicate-key'
  | 'not-a-document'
  /** Nested deeper than the depth limit. */
  | 'too-deep'
  /** A text value or key longer than the string-length limit. */
  | 'too-long'
  /** A list with more entries than the list-length limit. */
  | 'too-many-items'
  /** More values in one document than the value limit. */
  | 'too-many-values'
  /** A number JSON cannot hold (1e400 overflows to infinity) or YAML's .inf and .nan. */
  | 'number-out-of-range'
  /** A spreadsheet that is not a workbook: a text file named .xlsx, an old binary .xls, an encrypted workbook. */
  | 'not-a-workbook'
  /** A workbook whose ZIP archive or XML parts are truncated or damaged. */
  | 'damaged-workbook'
  /** A cell holding a formula with no value saved beside it (formulas are never evaluated). */
  | 'formula-without-value'
  /** A cell whose formula takes its value from another workbook (never fetched). */
  | 'external-link'
  /** CSV or TSV text that cannot be split into fields (a quoted field never closed, text after a closing quote). */
  | 'csv-syntax'
  /** A cell that shows a spreadsheet error (#DIV/0!, #N/A, #REF!, …) instead of a value. */
  | 'cell-error'
  /** A Studies, Preparations or Arms sheet without a row of column keys (or of readable titles in its place). */
  | 'missing-header'
  /** Two sheets (or CSV files) that hold the same kind of rows. */
  | 'duplicate-sheet'
  /** Tables without a Studies sheet (a Preparations or Arms sheet alone names no study). */
  | 'missing-sheet'
  /** A value under a column heading the layout does not know (the hint suggests the nearest heading). */
  | 'unknown-column'
  /** Two columns of one sheet with the same key or title. */
  | 'duplicate-column'
  /** A cell that does not fit its column: not a number, "not applicable" without a reason, broken YAML flow text. */
  | 'bad-cell'
  /** A row with values but no study id (or no preparation or arm id). */
  | 'missing-id'
  /** Two rows with the same study id, or the same preparation or arm id within a study. */
  | 'duplicate-id'
  /** A Preparations or Arms row whose study id names no row of the Studies sheet. */
  | 'unknown-study'
  /** The extra-fields cell sets a field that a column of the same row sets too. */
  | 'conflicting-cells'
  /** The checker failed on this input (a bug): reported like an input error so a batch goes on. */
  | 'internal-error';

export interface InputError {
  code: InputErrorCode;
  /** The file as the user named it (or `<stdin>`). */
  file: string;
  /** 1-based; in a spreadsheet, the row. */
  line?: number;
  /** 1-based; in a spreadsheet, the column number. */
  column?: number;
  /** In a spreadsheet: the sheet (`Arms`). */
  sheet?: string;
  /** In a spreadsheet: the cell (`F7`), or undefined for a whole row or sheet. */
  cell?: string;
  message: string;
  /** How to fix it. */
  hint?: string;
}

/**
 * Control characters (escape sequences, line breaks), bidirectional overrides and invisible characters,
 * which a crafted key or file name could use to rewrite the terminal or hide what it says.
 */
const UNSAFE_CHARS = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/** Text that stays on one line and shows hidden characters as `\u202E`-style escapes. */
export function visibleText(text: string): string {
  return text.replace(UNSAFE_CHARS, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * Where an error is: `:line:column` after the file, or in a spreadsheet ` › Arms!F7` (` › Arms` for a
 * whole sheet, ` › Arms row 7` for a whole row).
 */
export function errorPlace(error: Pick<InputError, 'line' | 'column' | 'sheet' | 'cell'>): string {
  if (error.sheet !== undefined || error.cell !== undefined) {
    const sheet = error.sheet === undefined ? '' : /^[A-Za-z_][A-Za-z0-9_.]*$/.test(error.sheet) ? error.sheet : `'${error.sheet.replace(/'/g, "''")}'`;
    if (error.cell !== undefined) return ` › ${sheet === '' ? '' : `${sheet}!`}${error.cell}`;
    return ` › ${sheet}${error.line !== undefined ? ` row ${error.line}` : ''}`;
  }
  return error.line !== undefined ? `:${error.line}${error.column !== undefined ? `:${error.column}` : ''}` : '';
}

/** `file:line:column: message` (`studies.xlsx › Arms!F7: message` for a cell), the one-line form every front end prints. */
export function formatInputError(error: InputError): string {
  return visibleText(`${error.file}${errorPlace(error)}: ${error.message}${error.hint ? ` ${error.hint}` : ''}`);
}
