/**
 * CSV and TSV files: one sheet per file. Reading decodes the bytes strictly (UTF-8 with or without a
 * byte-order mark; UTF-16, binary data and legacy encodings get an error saying how to save the file),
 * finds the delimiter when none is given (`,`, `;` as European spreadsheet exports use, or a tab), and
 * parses with csv-parse (quoted fields with line breaks and doubled quotes). Writing uses csv-stringify.
 * Both come from their browser builds (which bring their own byte-array helpers), so the page can load this module too.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula when they open a CSV file
 * (CSV injection). The writer puts an apostrophe before such text (Excel's own "this is text" mark), and
 * the reader takes exactly one apostrophe off text that would need it, so text round-trips unchanged.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { InputError } from '../io/errors.js';
import { LIMIT_FLAGS, resolveLimits, type InputLimits } from '../io/limits.js';
import { tooLarge } from '../io/parse-bytes.js';
import type { CellValue, SheetData } from './types.js';

export type Delimiter = ',' | ';' | '\t';

export interface ReadDelimitedOptions {
  /** The file as the user named it, for messages; `.tsv` and `.tab` mean tab-separated unless `delimiter` says otherwise. */
  file: string;
  /** The sheet's name; by default the file name without folder and extension. */
  sheet?: string;
  /** By default found from the first line: the most frequent of `,`, `;` and tab outside quotes. */
  delimiter?: Delimiter;
  limits?: Partial<InputLimits>;
}

export type ReadDelimitedResult = { ok: true; sheet: SheetData; delimiter: Delimiter } | { ok: false; error: InputError };

const SAVE_AS_UTF8 = 'Save it as UTF-8 text (in Excel: File › Save As › "CSV UTF-8 (Comma delimited)"; in LibreOffice: character set "Unicode (UTF-8)").';

/** Text a spreadsheet would run as a formula, and text that already starts with the apostrophe that protects it. */
const FORMULA_START = /^(?:[=+@\t\r]|-(?!\s*[0-9.,]+\s*$))/;
const PROTECTED = /^'(?:[=+@\t\r]|-(?!\s*[0-9.,]+\s*$))/;
const needsApostrophe = (text: string): boolean => FORMULA_START.test(text) || PROTECTED.test(text);

function decode(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; error: InputError } {
  const binary = (message: string, hint: string): { ok: false; error: InputError } => ({ ok: false, error: { code: 'binary', file, message, hint } });
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return binary('the file is UTF-16 encoded (Excel\'s "Unicode text").', SAVE_AS_UTF8);
  }
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return binary('the file is a ZIP archive (perhaps an .xlsx workbook), not CSV text.', 'Name a workbook .xlsx, or export the sheet as CSV UTF-8.');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return binary(`the file holds NUL bytes (the first at byte ${nul}): it is binary, or UTF-16 without a byte-order mark, not CSV text.`, SAVE_AS_UTF8);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text };
  } catch {
    return binary('the file is not valid UTF-8 text (perhaps Windows-1252 or Latin-1, as Excel\'s plain "CSV" format saves).', SAVE_AS_UTF8);
  }
}

/** The delimiter of the first non-empty line: the most frequent of `,`, `;` and tab outside quotes (`,` on a tie or none). */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let seen = false;
  for (let index = 0; index < text.length && index < 1_000_000; index++) {
    const char = text[index]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (seen) break;
    } else if (!quoted && char in counts) {
      counts[char as Delimiter]++;
      seen = true;
    } else if (char !== ' ') seen = true;
  }
  const best = (Object.keys(counts) as Delimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
  return counts[best] > 0 ? best : ',';
}

const stem = (file: string): string => file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

function limitHint(limit: keyof InputLimits): string {
  return `A study sheet needs far less; if this file is intended, raise the limit with ${LIMIT_FLAGS[limit]}.`;
}

interface CsvFailure {
  code?: string;
  lines?: number;
  message?: string;
  /** Ours: the record size limit that was passed. */
  limit?: number;
}

/** Rows may be ten times the longest cell: csv-parse holds a whole row in one buffer, so this bounds it. */
const rowLimit = (limits: InputLimits): number => Math.min(limits.maxBytes, limits.maxStringLength * 10);

/**
 * Rows and columns counted on the text before csv-parse runs (it costs microseconds per field, and a file
 * of a million commas or empty lines would take seconds). Quotes are followed as csv-parse follows them;
 * trailing empty cells of a row do not count, as they are dropped when read.
 */
function scanShape(text: string, delimiter: Delimiter, limits: InputLimits, file: string): InputError | undefined {
  const DELIMITER = delimiter.charCodeAt(0);
  let line = 1;
  let rows = 1;
  let fields = 1;
  let lastFilled = 0;
  let fieldStart = true;
  let fieldFrom = 0;
  let fieldLine = 1;
  let quoted = false;
  // A cell written over twice the text limit is too long however its quotes decode.
  const tooLong = (end: number): InputError | undefined =>
    end - fieldFrom > 2 * limits.maxStringLength
      ? { code: 'too-long', file, line: fieldLine, column: fields, message: `a cell is written over ${end - fieldFrom} characters, more than twice the limit of ${limits.maxStringLength}.`, hint: `Raise the limit with ${LIMIT_FLAGS.maxStringLength} if this is intended.` }
      : undefined;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (quoted) {
      if (code === 0x22) {
        if (text.charCodeAt(index + 1) === 0x22) index++;
        else quoted = false;
      } else if (code === 0x0a) line++;
      continue;
    }
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
      const long = tooLong(index);
      if (long) return long;
      line++;
      if (index + 1 < text.length && ++rows > limits.maxRows) {
        return { code: 'too-many-items', file, line: limits.maxRows + 1, column: 1, message: `the file has more than ${limits.maxRows} rows (empty rows count too).`, hint: limitHint('maxRows') };
      }
      fields = 1;
      lastFilled = 0;
      fieldStart = true;
      fieldFrom = index + 1;
      fieldLine = line;
    } else if (code === DELIMITER) {
      const long = tooLong(index);
      if (long) return long;
      fields++;
      fieldStart = true;
      fieldFrom = index + 1;
    } else if (code !== 0x20 && code !== 0x0d && code !== 0x09) {
      if (code === 0x22 && fieldStart) quoted = true;
      fieldStart = false;
      if (fields > lastFilled) {
        lastFilled = fields;
        if (lastFilled > limits.maxColumns) {
          return { code: 'too-many-items', file, line, column: limits.maxColumns + 1, message: `row ${line} has more than ${limits.maxColumns} columns.`, hint: limitHint('maxColumns') };
        }
      }
    }
  }
  return tooLong(text.length);
}

/** Line and column of the quote that opens the last quoted field (a quote at the start of a field opens one). */
function lastOpeningQuote(text: string, delimiter: Delimiter): { line: number; column: number } | undefined {
  let line = 1;
  let lineStart = 0;
  let quoted = false;
  let opening: { line: number; column: number } | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') index++;
        else quoted = false;
      } else if (char === '\n') {
        line++;
        lineStart = index + 1;
      }
    } else if (char === '"' && (index === lineStart || text[index - 1] === delimiter)) {
      quoted = true;
      opening = { line, column: index - lineStart + 1 };
    } else if (char === '\n') {
      line++;
      lineStart = index + 1;
    }
  }
  return quoted ? opening : undefined;
}

/** A csv-parse error as one line a person can act on. */
function syntaxError(file: string, text: string, failure: CsvFailure, delimiter: Delimiter): InputError {
  const line = typeof failure.lines === 'number' && failure.lines > 0 ? { line: failure.lines, column: 1 } : {};
  const shown = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  switch (failure.code) {
    case 'CSV_QUOTE_NOT_CLOSED': {
      const opening = lastOpeningQuote(text, delimiter);
      return { code: 'csv-syntax', file, ...(opening ?? line), message: 'a quoted field is never closed: the file ends inside quotes.', hint: 'Close the field with a " (write a " inside a quoted field as "").' };
    }
    case 'CSV_INVALID_CLOSING_QUOTE':
      return { code: 'csv-syntax', file, ...line, message: `a quoted field goes on after its closing quote (expected ${shown} or the end of the line).`, hint: 'Write a " inside a quoted field as "".' };
    case 'CSV_MAX_RECORD_SIZE':
      return { code: 'too-long', file, ...line, message: `a row is more than ${failure.limit ?? 'the limit of'} characters long (ten times the longest cell allowed).`, hint: `Raise the limit with ${LIMIT_FLAGS.maxStringLength} if this is intended.` };
    default:
      return { code: 'csv-syntax', file, ...line, message: `the file is not valid ${delimiter === '\t' ? 'TSV' : 'CSV'}: ${(failure.message ?? 'unreadable').slice(0, 200)}`, hint: 'Export the sheet again as CSV UTF-8.' };
  }
}

/**
 * One sheet from CSV or TSV text (or its bytes): every row as read, header rows included; empty cells are
 * null, everything else text (the cell grammar decides what a text means). A quoted field keeps its line
 * breaks; rows may differ in length.
 */
export function readDelimited(input: Uint8Array | string, options: ReadDelimitedOptions): ReadDelimitedResult {
  const { file } = options;
  const limits = resolveLimits(options.limits);
  const size = typeof input === 'string' ? input.length : input.length;
  if (size > limits.maxBytes) return { ok: false, error: tooLarge(file, size, limits.maxBytes) };
  let text: string;
  if (typeof input === 'string') {
    text = input;
    if (text.includes('\u0000')) return { ok: false, error: { code: 'binary', file, message: 'the text holds NUL characters: it is not CSV text.', hint: SAVE_AS_UTF8 } };
  } else {
    const decoded = decode(input, file);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, error: { code: 'empty', file, message: 'the file is empty.', hint: 'Start from `secretome-checklist init --format csv`.' } };
  const delimiter = options.delimiter ?? (/\.(tsv|tab)$/i.test(file) ? '\t' : detectDelimiter(text));

  const shape = scanShape(text, delimiter, limits, file);
  if (shape) return { ok: false, error: shape };
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: rowLimit(limits),
      // One record past the limit is enough to know the file is over it.
      to: limits.maxRows + 1,
    });
  } catch (error) {
    return { ok: false, error: syntaxError(file, text, { ...(error as CsvFailure), limit: rowLimit(limits) }, delimiter) };
  }
  if (records.length > limits.maxRows) {
    return { ok: false, error: { code: 'too-many-items', file, line: limits.maxRows + 1, column: 1, message: `the file has more than ${limits.maxRows} rows (empty rows count too).`, hint: limitHint('maxRows') } };
  }

  const rows: CellValue[][] = [];
  let cells = 0;
  for (let index = 0; index < records.length; index++) {
    const record = records[index]!;
    const line = index + 1;
    let last = record.length;
    while (last > 0 && record[last - 1]!.trim() === '') last--;
    if (last > limits.maxColumns) {
      return { ok: false, error: { code: 'too-many-items', file, line, column: limits.maxColumns + 1, message: `row ${line} has ${last} columns, more than the limit of ${limits.maxColumns}.`, hint: limitHint('maxColumns') } };
    }
    cells += last;
    if (cells > limits.maxCells) return { ok: false, error: { code: 'too-many-values', file, line, column: 1, message: `the file has more than ${limits.maxCells} cells.`, hint: limitHint('maxCells') } };
    const row: CellValue[] = [];
    for (let column = 0; column < last; column++) {
      const field = record[column]!;
      if (field.length > limits.maxStringLength) {
        return { ok: false, error: { code: 'too-long', file, line, column: column + 1, message: `a cell is ${field.length} characters long, more than the limit of ${limits.maxStringLength}.`, hint: `Raise the limit with ${LIMIT_FLAGS.maxStringLength} if this is intended.` } };
      }
      row.push(field.trim() === '' ? null : field.startsWith("'") && needsApostrophe(field.slice(1)) ? field.slice(1) : field);
    }
    rows.push(row);
  }
  return { ok: true, sheet: { name: options.sheet ?? stem(file), rows }, delimiter };
}

/** Text for one cell: numbers as JavaScript writes them (2000000, 0.5), booleans as true/false, formula-like text protected. */
function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return needsApostrophe(value) ? `'${value}` : value;
  return String(value);
}

/**
 * A sheet as CSV (`,` or `;`) or TSV (tab) text: a UTF-8 byte-order mark first (so Excel reads °C and µL
 * right), CRLF line ends as RFC 4180 and Excel expect, fields quoted only where needed.
 */
export function writeDelimited(sheet: SheetData, delimiter: Delimiter = ','): string {
  const width = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const records = sheet.rows.map((row) => Array.from({ length: width }, (_, column) => cellText(row[column] ?? null)));
  return stringify(records, { delimiter, bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
