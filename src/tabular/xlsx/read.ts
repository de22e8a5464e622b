/**
 * Reads an .xlsx workbook into a TableSet: every worksheet's cells as values, bounded like every other
 * input. The order matters: the ZIP directory is read first, each part is inflated within the
 * --max-unzipped-size budget (zip bombs stop there), and only then does a small bounded XML tokenizer
 * read the few parts a value needs (workbook, relationships, shared strings, styles for dates,
 * worksheets). Formulas are never evaluated: a formula cell gives the value the spreadsheet saved beside
 * it, or an error naming the cell; a formula that reads another workbook is refused, and nothing is ever
 * fetched. Runtime-agnostic (typed arrays and text only), so the page can load it on demand.
 *
 * Why not exceljs here: it reads the whole archive with its own unzipper (no byte budget), builds styles,
 * drawings and a full cell model we do not need, and is a large bundle for the page. It writes the
 * template (write.ts), where the input is ours.
 */
import type { InputError, InputErrorCode } from '../../io/errors.js';
import { tooLarge } from '../../io/parse-bytes.js';
import { LIMIT_FLAGS, resolveLimits, type InputLimits } from '../../io/limits.js';
import { parseA1, parseRange } from '../a1.js';
import { cellAddress, SHEET_NAMES, type CellValue, type SheetData, type TableSet } from '../types.js';
import { inflateBudget, inflateEntry, readZipDirectory, type InflateBudget, type ZipEntry } from '../zip-budget.js';
import { countStartTags, scanXml, type Attributes, type XmlHandler, type XmlSyntax } from './xml.js';

export interface ReadWorkbookOptions {
  /** The file as the user named it, for messages. */
  file: string;
  limits?: Partial<InputLimits>;
}

export type ReadWorkbookResult = { ok: true; tables: TableSet } | { ok: false; error: InputError };

/** A problem found while reading a part; turned into an InputError naming the file (and the cell). */
interface Problem {
  code: InputErrorCode;
  message: string;
  hint?: string;
  sheet?: string;
  row?: number;
  column?: number;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RESAVE = 'Open it in Excel or LibreOffice Calc and save it as an Excel workbook (.xlsx).';

function limitHint(limit: keyof InputLimits): string {
  return `A study workbook needs far less; if this file is intended, raise the limit with ${LIMIT_FLAGS[limit]}.`;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** What a file that is not a ZIP archive is, said so that the fix is obvious. */
function notZip(bytes: Uint8Array): Problem {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return {
      code: 'not-a-workbook',
      message: 'the file is an encrypted (password-protected) workbook or an old Excel 97–2003 .xls file, not an .xlsx workbook.',
      hint: `${RESAVE} Remove the password first if it has one (File › Info › Protect Workbook in Excel).`,
    };
  }
  const head = bytes.subarray(0, 4096);
  const isText = !head.includes(0) && (() => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.length < bytes.length ? head.subarray(0, head.length - 4) : head);
      return true;
    } catch {
      return false;
    }
  })();
  if (isText) {
    return {
      code: 'not-a-workbook',
      message: 'the file is text, not an .xlsx workbook (an .xlsx file is a ZIP archive).',
      hint: 'If it holds comma- or tab-separated values, name it .csv or .tsv; otherwise save the spreadsheet as .xlsx.',
    };
  }
  return { code: 'not-a-workbook', message: 'the file is not an .xlsx workbook (an .xlsx file is a ZIP archive).', hint: RESAVE };
}

// ---------------------------------------------------------------------------------------------------------
// Parts

interface Part {
  read(path: string): { ok: true; text: string | undefined } | { ok: false; problem: Problem };
  has(path: string): boolean;
}

function openParts(bytes: Uint8Array, entries: Map<string, ZipEntry>, budget: InflateBudget): Part {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return {
    has: (path) => entries.has(path),
    read(path) {
      const entry = entries.get(path);
      if (!entry) return { ok: true, text: undefined };
      const inflated = inflateEntry(bytes, entry, budget);
      if (!inflated.ok) {
        const { problem } = inflated;
        if (problem.kind === 'over-budget') return { ok: false, problem: { code: 'too-large', message: `${problem.message}.`, hint: limitHint('maxUnzippedBytes') } };
        if (problem.kind === 'encrypted') return { ok: false, problem: { code: 'not-a-workbook', message: 'the workbook is encrypted.', hint: `${RESAVE} Remove the password first.` } };
        return { ok: false, problem: { code: 'damaged-workbook', message: `the workbook is damaged: ${problem.message}.`, hint: RESAVE } };
      }
      try {
        return { ok: true, text: decoder.decode(inflated.value) };
      } catch {
        return { ok: false, problem: { code: 'damaged-workbook', message: `the workbook is damaged: the part ${path} is not UTF-8 XML.`, hint: RESAVE } };
      }
    },
  };
}

function xmlProblem(path: string, syntax: XmlSyntax, maxDepth: number): Problem {
  if (syntax.message.startsWith('elements nested more than')) {
    return { code: 'too-deep', message: `the part ${path} has XML ${syntax.message}.`, hint: `No workbook needs this; the file was made to break readers (or raise ${LIMIT_FLAGS.maxDepth} above ${maxDepth}).` };
  }
  return { code: 'damaged-workbook', message: `the workbook is damaged: the part ${path} is not well-formed XML (${syntax.message}, at character ${syntax.offset}).`, hint: RESAVE };
}

/** Scans a part with a handler; problems from either come back as one Problem. */
function scanPart(path: string, text: string, limits: InputLimits, handler: XmlHandler<Problem>): Problem | undefined {
  const result = scanXml<Problem>(text, handler, limits.maxDepth);
  if (result === undefined) return undefined;
  return 'kind' in result ? xmlProblem(path, result as XmlSyntax, limits.maxDepth) : result;
}

interface Relationship {
  type: string;
  target: string;
}

/** The relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`), targets resolved to archive paths. */
function readRelationships(parts: Part, of: string, limits: InputLimits): { ok: true; rels: Map<string, Relationship> } | { ok: false; problem: Problem } {
  const slash = of.lastIndexOf('/');
  const folder = of.slice(0, slash + 1);
  const path = `${folder}_rels/${of.slice(slash + 1)}.rels`;
  const read = parts.read(path);
  if (!read.ok) return read;
  const rels = new Map<string, Relationship>();
  if (read.text === undefined) return { ok: true, rels };
  const problem = scanPart(path, read.text, limits, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes['Id'] === undefined || attributes['Target'] === undefined) return undefined;
      // External targets (links to other files, web addresses) are never followed.
      if (attributes['TargetMode'] === 'External') return undefined;
      rels.set(attributes['Id'], { type: attributes['Type'] ?? '', target: resolvePath(folder, attributes['Target']) });
      return undefined;
    },
    close: () => undefined,
    text: () => undefined,
  });
  return problem ? { ok: false, problem } : { ok: true, rels };
}

function resolvePath(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

const typeIs = (rel: Relationship, suffix: string): boolean => rel.type.endsWith(`/${suffix}`);

// ---------------------------------------------------------------------------------------------------------
// Shared strings and styles

/** Text of `<si>`/`<is>` content: plain `<t>` or rich-text runs `<r><t>`, without phonetic guides (`<rPh>`). */
class TextCollector {
  private parts: string[] = [];
  private inText = 0;
  private inPhonetic = 0;
  open(name: string): void {
    if (name === 't') this.inText++;
    else if (name === 'rPh') this.inPhonetic++;
  }
  close(name: string): void {
    if (name === 't') this.inText--;
    else if (name === 'rPh') this.inPhonetic--;
  }
  text(text: string): void {
    if (this.inText > 0 && this.inPhonetic === 0) this.parts.push(text);
  }
  take(): string {
    const text = this.parts.join('');
    this.parts = [];
    return text;
  }
}

const tooManyStrings = (limits: InputLimits): Problem => ({ code: 'too-many-values', message: `the workbook's shared-string table holds more than ${limits.maxCells} texts.`, hint: limitHint('maxCells') });

function readSharedStrings(parts: Part, path: string | undefined, limits: InputLimits): { ok: true; strings: string[] } | { ok: false; problem: Problem } {
  const strings: string[] = [];
  if (path === undefined) return { ok: true, strings };
  const read = parts.read(path);
  if (!read.ok) return read;
  if (read.text === undefined) return { ok: true, strings };
  if (countStartTags(read.text, 'si', limits.maxCells) > limits.maxCells) return { ok: false, problem: tooManyStrings(limits) };
  const collector = new TextCollector();
  let inItem = false;
  const problem = scanPart(path, read.text, limits, {
    open(name) {
      if (name === 'si') {
        inItem = true;
        if (strings.length >= limits.maxCells) return tooManyStrings(limits);
      } else if (inItem) collector.open(name);
      return undefined;
    },
    close(name) {
      if (name === 'si') {
        inItem = false;
        const text = collector.take();
        if (text.length > limits.maxStringLength) {
          return { code: 'too-long', message: `a text in the workbook is ${text.length} characters long, more than the limit of ${limits.maxStringLength}.`, hint: `A cell of a study workbook needs far less; raise the limit with ${LIMIT_FLAGS.maxStringLength} if this is intended.` };
        }
        strings.push(text);
      } else if (inItem) collector.close(name);
      return undefined;
    },
    text(text) {
      if (inItem) collector.text(text);
      return undefined;
    },
  });
  return problem ? { ok: false, problem } : { ok: true, strings };
}

/** What a number format shows, which decides what value a number in that style is read as. */
type NumberShown = 'number' | 'date' | 'percent';

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, with the East Asian ones), and percentages. */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const BUILTIN_PERCENT_FORMATS = new Set([9, 10]);

/** A format code without quoted text, escaped characters and [colour] brackets; its first section only. */
function bareFormat(code: string): string {
  return code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '')
    .replace(/General/gi, '')
    .split(';')[0]!;
}

/** Whether a custom format code shows a date or time: d, m, y, h or s in its first section, outside quoted text, escapes and [colour] brackets. */
export function isDateFormat(code: string): boolean {
  return /[dmyhs]/i.test(bareFormat(code));
}

function shownBy(code: string): NumberShown {
  return isDateFormat(code) ? 'date' : bareFormat(code).includes('%') ? 'percent' : 'number';
}

/** For each cell style index: what its number format shows. */
function readNumberStyles(parts: Part, path: string | undefined, limits: InputLimits): { ok: true; styles: NumberShown[] } | { ok: false; problem: Problem } {
  const styles: NumberShown[] = [];
  if (path === undefined) return { ok: true, styles };
  const read = parts.read(path);
  if (!read.ok) return read;
  if (read.text === undefined) return { ok: true, styles };
  const custom = new Map<number, NumberShown>();
  const formats: number[] = [];
  let inCellXfs = false;
  const problem = scanPart(path, read.text, limits, {
    open(name, attributes) {
      if (name === 'numFmt') custom.set(Number(attributes['numFmtId']), shownBy(attributes['formatCode'] ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        if (formats.length >= limits.maxCells) return { code: 'too-many-values', message: `the workbook defines more than ${limits.maxCells} cell styles.`, hint: limitHint('maxCells') };
        formats.push(Number(attributes['numFmtId'] ?? 0));
      }
      return undefined;
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
      return undefined;
    },
    text: () => undefined,
  });
  if (problem) return { ok: false, problem };
  for (const id of formats) styles.push(custom.get(id) ?? (BUILTIN_DATE_FORMATS.has(id) ? 'date' : BUILTIN_PERCENT_FORMATS.has(id) ? 'percent' : 'number'));
  return { ok: true, styles };
}

// ---------------------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;

/** A date serial as ISO text: `2024-03-01`, or `2024-03-01T14:30:00` when it has a time of day. */
export function serialToIso(serial: number, date1904: boolean): string {
  // 1900 system: Excel counts a 29 February 1900 that never was, so serials from 61 on start a day earlier.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const ms = Math.round((epoch + serial * DAY_MS) / 1000) * 1000;
  const iso = new Date(ms).toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

// ---------------------------------------------------------------------------------------------------------
// Worksheets

interface WorkbookContext {
  strings: string[];
  /** What each cell style's number format shows. */
  numberStyles: NumberShown[];
  date1904: boolean;
  limits: InputLimits;
  /** Cells counted so far in the whole workbook. */
  cells: { count: number };
}

const EXTERNAL_REFERENCE = /\[[^\]]*\]/;

function readWorksheet(name: string, path: string, text: string, context: WorkbookContext): { ok: true; sheet: SheetData } | { ok: false; problem: Problem } {
  const { limits, strings, numberStyles, date1904 } = context;
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  /** Formula text by shared-formula index (`<f t="shared" si="0">`), to recognise external references in followers. */
  const sharedFormulas = new Map<string, string>();
  let rowElements = 0;
  let rowNumber = 0;
  let columnNumber = 0;
  let inSheetData = false;
  // The cell being read.
  let cell: { row: number; column: number; type: string; style: number; value?: string; formula?: string; sharedIndex?: string } | undefined;
  let capture: 'v' | 'f' | undefined;
  let captured = '';
  let inline: TextCollector | undefined;

  const at = (row: number, column: number, code: InputErrorCode, message: string, hint?: string): Problem => ({ code, message, ...(hint ? { hint } : {}), sheet: name, row, column });
  /**
   * A cell without a value to read (a formula with none saved, one reading another workbook, an error
   * shown): the first is kept, and the sheet fails only if it holds study data (see isDataSheet); on a
   * sheet of notes the cell is left empty.
   */
  let deferred: Problem | undefined;
  const defer = (...args: Parameters<typeof at>): undefined => {
    deferred ??= at(...args);
    return undefined;
  };

  function finishCell(): Problem | undefined {
    const current = cell!;
    cell = undefined;
    const { row, column } = current;
    const formula = current.formula ?? (current.sharedIndex !== undefined ? sharedFormulas.get(current.sharedIndex) : undefined);
    if (formula !== undefined && EXTERNAL_REFERENCE.test(formula)) {
      return defer(row, column, 'external-link', `the cell's formula (=${formula.slice(0, 80)}) takes its value from another workbook, which is never opened or fetched.`, 'Replace the formula with its value (copy the cell, then Paste Special › Values).');
    }
    let value: CellValue = null;
    const raw = current.value;
    switch (current.type) {
      case 's': {
        if (raw === undefined) break;
        const index = Number(raw);
        const text = Number.isInteger(index) ? strings[index] : undefined;
        if (text === undefined) return at(row, column, 'damaged-workbook', `the workbook is damaged: the cell refers to shared text ${raw.slice(0, 20)}, which does not exist.`, RESAVE);
        value = text;
        break;
      }
      case 'inlineStr':
        value = inline?.take() ?? raw ?? null;
        inline = undefined;
        break;
      case 'str':
      case 'd':
        value = raw ?? null;
        break;
      case 'b':
        value = raw === undefined ? null : raw.trim() === '1' || raw.trim().toLowerCase() === 'true';
        break;
      case 'e':
        return defer(row, column, 'cell-error', `the cell shows the spreadsheet error ${(raw ?? '#VALUE!').slice(0, 20)} instead of a value.`, 'Type the value itself; for a value the paper does not give, write "not reported" (or "not applicable: reason").');
      default: {
        if (raw === undefined || raw.trim() === '') break;
        const number = Number(raw);
        if (!Number.isFinite(number)) return at(row, column, 'damaged-workbook', `the workbook is damaged: the cell's number "${raw.slice(0, 20)}" is not a number.`, RESAVE);
        // A date reads as its ISO text; a percentage as the number shown (98.9 for 98.9 %, stored as 0.989),
        // which is how a study report writes percentages.
        const shown = numberStyles[current.style];
        value = shown === 'date' ? serialToIso(number, date1904) : shown === 'percent' ? Number((number * 100).toPrecision(15)) : number;
      }
    }
    // A formula whose saved value is empty text (=IF(A4="", "", …)) has a value: nothing.
    if (formula !== undefined && raw === undefined && current.type !== 'inlineStr') {
      return defer(row, column, 'formula-without-value', `the cell holds a formula (=${formula.slice(0, 80)}) with no saved value; formulas are never evaluated.`, 'Open the workbook in Excel or LibreOffice Calc and save it (which stores the value), or replace the formula with its value (Paste Special › Values).');
    }
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) return at(row, column, 'too-long', `the cell's text is ${value.length} characters long, more than the limit of ${limits.maxStringLength}.`, `Raise the limit with ${LIMIT_FLAGS.maxStringLength} if this is intended.`);
      if (value === '') value = null;
    }
    if (value === null) return undefined;
    const cells = (rows[row - 1] ??= []);
    const grow = column - cells.length;
    if (grow > 0) {
      context.cells.count += grow;
      if (context.cells.count > limits.maxCells) return at(row, column, 'too-many-values', `the workbook has more than ${limits.maxCells} cells.`, limitHint('maxCells'));
      while (cells.length < column - 1) cells.push(null);
      cells.push(value);
    } else {
      cells[column - 1] = value;
    }
    return undefined;
  }

  if (countStartTags(text, 'row', limits.maxRows) > limits.maxRows) {
    return { ok: false, problem: { code: 'too-many-items', message: `the sheet "${name}" has more than ${limits.maxRows} rows.`, hint: limitHint('maxRows'), sheet: name } };
  }
  const problem = scanPart(path, text, limits, {
    open(element, attributes: Attributes) {
      if (cell) {
        if (element === 'v' || element === 'f') {
          capture = element;
          captured = '';
          if (element === 'f') {
            if (attributes['t'] === 'shared' && attributes['si'] !== undefined) cell.sharedIndex = attributes['si'];
          }
        } else if (element === 'is') {
          inline = new TextCollector();
        } else {
          inline?.open(element);
        }
        return undefined;
      }
      if (element === 'sheetData') inSheetData = true;
      else if (element === 'mergeCell' && attributes['ref'] !== undefined) merges.push(attributes['ref']);
      else if (element === 'row' && inSheetData) {
        if (++rowElements > limits.maxRows) return { code: 'too-many-items', message: `the sheet "${name}" has more than ${limits.maxRows} rows.`, hint: limitHint('maxRows'), sheet: name };
        const declared = attributes['r'] !== undefined ? Number(attributes['r']) : rowNumber + 1;
        if (!Number.isSafeInteger(declared) || declared < 1) return { code: 'damaged-workbook', message: `the workbook is damaged: the sheet "${name}" has a row numbered "${String(attributes['r']).slice(0, 20)}".`, hint: RESAVE, sheet: name };
        if (declared > limits.maxRows) return at(declared, 1, 'too-many-items', `the sheet "${name}" has a row numbered ${declared}, beyond the limit of ${limits.maxRows} rows.`, limitHint('maxRows'));
        rowNumber = declared;
        columnNumber = 0;
      } else if (element === 'c' && inSheetData) {
        const ref = attributes['r'] !== undefined ? parseA1(attributes['r']) : { row: rowNumber, column: columnNumber + 1 };
        if (!ref || ref.row < 1) return { code: 'damaged-workbook', message: `the workbook is damaged: the sheet "${name}" has a cell named "${String(attributes['r']).slice(0, 20)}".`, hint: RESAVE, sheet: name };
        if (ref.row > limits.maxRows) return at(ref.row, ref.column, 'too-many-items', `the sheet "${name}" has a cell in row ${ref.row}, beyond the limit of ${limits.maxRows} rows.`, limitHint('maxRows'));
        if (ref.column > limits.maxColumns) return at(ref.row, ref.column, 'too-many-items', `the sheet "${name}" has a cell in column ${ref.column} (${cellAddress(ref)}), beyond the limit of ${limits.maxColumns} columns.`, limitHint('maxColumns'));
        rowNumber = ref.row;
        columnNumber = ref.column;
        cell = { row: ref.row, column: ref.column, type: attributes['t'] ?? 'n', style: Number(attributes['s'] ?? 0) };
      }
      return undefined;
    },
    close(element) {
      if (!cell) {
        if (element === 'sheetData') inSheetData = false;
        return undefined;
      }
      if (element === 'c') return finishCell();
      if (element === capture) {
        if (capture === 'v') cell.value = captured;
        else if (captured !== '') {
          cell.formula = captured;
          if (cell.sharedIndex !== undefined) sharedFormulas.set(cell.sharedIndex, captured);
        } else if (cell.sharedIndex === undefined) {
          cell.formula = '';
        }
        capture = undefined;
      } else if (element !== 'is') {
        inline?.close(element);
      }
      return undefined;
    },
    text(content) {
      if (capture !== undefined) {
        captured += content;
        if (captured.length > limits.maxStringLength) {
          return at(cell!.row, cell!.column, 'too-long', `the cell's content is more than ${limits.maxStringLength} characters long.`, `Raise the limit with ${LIMIT_FLAGS.maxStringLength} if this is intended.`);
        }
      } else inline?.text(content);
      return undefined;
    },
  });
  if (problem) return { ok: false, problem };
  if (deferred && isDataSheet(name, rows)) return { ok: false, problem: deferred };
  const merged = fillMerges(name, rows, merges, context);
  if (merged) return { ok: false, problem: merged };
  for (let index = 0; index < rows.length; index++) rows[index] ??= [];
  return { ok: true, sheet: { name, rows } };
}

const DATA_SHEET_NAMES = new Set(Object.values(SHEET_NAMES).map((sheetName) => sheetName.toLowerCase()));

/**
 * Whether a sheet holds study data as the tabular model reads it: it is named Studies, Preparations or Arms,
 * or a row near its top has a `studyId` key (or its title, "Study id"). Other sheets (About, Lists, notes)
 * are not read as data, so a cell there without a value is no reason to refuse the workbook.
 */
function isDataSheet(name: string, rows: readonly CellValue[][]): boolean {
  if (DATA_SHEET_NAMES.has(name.trim().toLowerCase())) return true;
  return rows.slice(0, 50).some((row) => row?.some((cell) => typeof cell === 'string' && /^study\s*id$/i.test(cell.trim())));
}

/**
 * A merged range shows its top-left value over the whole range, so every cell of it reads that value
 * (a study id merged over three arm rows belongs to each). Ranges are clipped to the rows and columns
 * that hold values, so a merge over a whole sheet costs nothing.
 */
function fillMerges(name: string, rows: CellValue[][], merges: readonly string[], context: WorkbookContext): Problem | undefined {
  if (merges.length === 0) return undefined;
  const lastRow = rows.length;
  const lastColumn = rows.reduce((widest, row) => Math.max(widest, row?.length ?? 0), 0);
  for (const ref of merges) {
    const range = parseRange(ref);
    if (!range) continue;
    const value = rows[range.top - 1]?.[range.left - 1] ?? null;
    if (value === null) continue;
    for (let row = range.top; row <= Math.min(range.bottom, lastRow); row++) {
      const cells = (rows[row - 1] ??= []);
      const right = Math.min(range.right, lastColumn);
      if (right > cells.length) {
        context.cells.count += right - cells.length;
        if (context.cells.count > context.limits.maxCells) {
          return { code: 'too-many-values', message: `the workbook has more than ${context.limits.maxCells} cells (counting merged cells).`, hint: limitHint('maxCells'), sheet: name };
        }
        while (cells.length < right) cells.push(null);
      }
      for (let column = range.left; column <= right; column++) cells[column - 1] = value;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The workbook

interface SheetEntry {
  name: string;
  relId: string;
}

function readWorkbookPart(parts: Part, path: string, limits: InputLimits): { ok: true; sheets: SheetEntry[]; date1904: boolean } | { ok: false; problem: Problem } {
  const read = parts.read(path);
  if (!read.ok) return read;
  if (read.text === undefined) return { ok: false, problem: { code: 'not-a-workbook', message: `the archive has no ${path}: it is not an .xlsx workbook.`, hint: RESAVE } };
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const problem = scanPart(path, read.text, limits, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = attributes['date1904'] === '1' || attributes['date1904'] === 'true';
      else if (name === 'sheet') {
        if (sheets.length >= limits.maxSheets) return { code: 'too-many-items', message: `the workbook has more than ${limits.maxSheets} sheets.`, hint: limitHint('maxSheets') };
        sheets.push({ name: attributes['name'] ?? `Sheet${sheets.length + 1}`, relId: attributes['id'] ?? '' });
      }
      return undefined;
    },
    close: () => undefined,
    text: () => undefined,
  });
  return problem ? { ok: false, problem } : { ok: true, sheets, date1904 };
}

function toInputError(file: string, problem: Problem): InputError {
  const place =
    problem.row !== undefined && problem.column !== undefined
      ? { line: problem.row, column: problem.column, ...(problem.sheet !== undefined ? { sheet: problem.sheet, cell: cellAddress({ row: problem.row, column: problem.column }) } : {}) }
      : problem.sheet !== undefined
        ? { sheet: problem.sheet }
        : {};
  return { code: problem.code, file, ...place, message: problem.message, ...(problem.hint ? { hint: problem.hint } : {}) };
}

/**
 * The workbook's worksheets as tables of values (row 1 first; each row as long as its last value; empty
 * rows as empty arrays). Chart sheets and other non-worksheet sheets are left out.
 */
export function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions): ReadWorkbookResult {
  const { file } = options;
  const limits = resolveLimits(options.limits);
  const fail = (problem: Problem): ReadWorkbookResult => ({ ok: false, error: toInputError(file, problem) });
  if (bytes.length > limits.maxBytes) return { ok: false, error: tooLarge(file, bytes.length, limits.maxBytes) };
  if (bytes.length === 0) return { ok: false, error: { code: 'empty', file, message: 'the file is empty.', hint: 'Save the workbook again, or start from `secretome-checklist init --format xlsx`.' } };
  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    return fail(directory.problem.kind === 'not-zip' ? notZip(bytes) : { code: 'damaged-workbook', message: `the workbook is damaged: ${directory.problem.message}.`, hint: RESAVE });
  }
  const entries = directory.value;
  if (entries.has('mimetype') && !entries.has('[Content_Types].xml')) {
    return fail({ code: 'not-a-workbook', message: 'the file is an OpenDocument spreadsheet (.ods) or another ZIP archive, not an .xlsx workbook.', hint: 'In LibreOffice Calc, save it with File › Save As › Excel 2007-365 (.xlsx).' });
  }
  if ([...entries.values()].some((entry) => entry.encrypted)) return fail({ code: 'not-a-workbook', message: 'the workbook is encrypted.', hint: `${RESAVE} Remove the password first.` });
  const parts = openParts(bytes, entries, inflateBudget(limits.maxUnzippedBytes));

  // The package's relationships name the workbook part; xl/workbook.xml is what every producer uses.
  const root = readRelationships(parts, '', limits);
  if (!root.ok) return fail(root.problem);
  const office = [...root.rels.values()].find((rel) => typeIs(rel, 'officeDocument'));
  const workbookPath = office?.target ?? 'xl/workbook.xml';
  if (!parts.has(workbookPath)) {
    if (entries.has('xl/workbook.bin')) return fail({ code: 'not-a-workbook', message: 'the file is an Excel binary workbook (.xlsb), not an .xlsx workbook.', hint: RESAVE });
    return fail({ code: 'not-a-workbook', message: 'the ZIP archive holds no workbook: it is not an .xlsx file.', hint: RESAVE });
  }
  const workbook = readWorkbookPart(parts, workbookPath, limits);
  if (!workbook.ok) return fail(workbook.problem);
  const rels = readRelationships(parts, workbookPath, limits);
  if (!rels.ok) return fail(rels.problem);
  const relList = [...rels.rels.values()];
  const shared = readSharedStrings(parts, relList.find((rel) => typeIs(rel, 'sharedStrings'))?.target, limits);
  if (!shared.ok) return fail(shared.problem);
  const styles = readNumberStyles(parts, relList.find((rel) => typeIs(rel, 'styles'))?.target, limits);
  if (!styles.ok) return fail(styles.problem);

  const context: WorkbookContext = { strings: shared.strings, numberStyles: styles.styles, date1904: workbook.date1904, limits, cells: { count: 0 } };
  const sheets: SheetData[] = [];
  for (const entry of workbook.sheets) {
    const rel = rels.rels.get(entry.relId);
    if (!rel || !typeIs(rel, 'worksheet')) continue;
    const read = parts.read(rel.target);
    if (!read.ok) return fail(read.problem);
    if (read.text === undefined) return fail({ code: 'damaged-workbook', message: `the workbook is damaged: the sheet "${entry.name}" (${rel.target}) is missing from the archive.`, hint: RESAVE, sheet: entry.name });
    const sheet = readWorksheet(entry.name, rel.target, read.text, context);
    if (!sheet.ok) return fail(sheet.problem);
    sheets.push(sheet.sheet);
  }
  return { ok: true, tables: { sheets } };
}
