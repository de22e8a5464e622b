/**
 * Limits on the size and shape of an input. A journal runs the checker on whatever authors upload and a
 * pipeline on thousands of files unattended, so every input is bounded before the expensive work: the
 * file size before it is read, nesting depth, list length and the number of values on the raw text before
 * it is parsed (so deep nesting cannot overflow the parser's stack), and text lengths on the parsed value.
 * Every check here is iterative. The defaults sit far above what a real study report needs (a few levels
 * deep, lists of at most 200 entries, a few hundred values) and far below what would hurt.
 */
import type { InputErrorCode } from './errors.js';
import { toPointer } from '../schema/pointer.js';
import { QUOTE, BACKSLASH, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, COMMA, COLON, SPACE, TAB, LINE_FEED, isJsonSpace } from './char-codes.js';

export interface InputLimits {
  /** Largest input, in bytes (in characters for text handed over as a string). */
  maxBytes: number;
  /** Deepest nesting of mappings and lists; the document itself is level 1. */
  maxDepth: number;
  /** Most entries in one list. */
  maxArrayLength: number;
  /** Longest text value or key, in characters (UTF-16 code units). */
  maxStringLength: number;
  /** Most values (mappings, lists, texts, numbers, booleans, nulls) in one document, aliases expanded. */
  maxValues: number;
  /** Spreadsheets: most bytes a workbook's parts may unpack to (zip bombs stop here, before any XML is read). */
  maxUnzippedBytes: number;
  /** Spreadsheets: most sheets in one workbook. */
  maxSheets: number;
  /** Spreadsheets: most rows in one sheet or CSV file (empty rows included), and the highest row number. */
  maxRows: number;
  /** Spreadsheets: most columns in one sheet or CSV file, and the highest column number. */
  maxColumns: number;
  /** Spreadsheets: most cells in one workbook or CSV file (each row counted up to its last value), and most shared strings. */
  maxCells: number;
}

/** Larger files are refused before they are read: no study report comes near this. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The defaults, documented in the README and in `check --help`. */
export const DEFAULT_LIMITS: Readonly<InputLimits> = Object.freeze({
  maxBytes: DEFAULT_MAX_FILE_BYTES,
  maxDepth: 64,
  maxArrayLength: 1000,
  maxStringLength: 100_000,
  maxValues: 50_000,
  // A workbook of a few hundred studies unpacks to a few megabytes and has five sheets, a few hundred
  // columns (the Studies sheet holds every section-level field) and a few thousand rows.
  maxUnzippedBytes: 64 * 1024 * 1024,
  maxSheets: 64,
  maxRows: 20_000,
  maxColumns: 2_000,
  maxCells: 2_000_000,
});

/** The command-line flag that raises each limit, named in hints. */
export const LIMIT_FLAGS: Readonly<Record<keyof InputLimits, string>> = {
  maxBytes: '--max-file-size',
  maxDepth: '--max-depth',
  maxArrayLength: '--max-array-length',
  maxStringLength: '--max-string-length',
  maxValues: '--max-values',
  maxUnzippedBytes: '--max-unzipped-size',
  maxSheets: '--max-sheets',
  maxRows: '--max-rows',
  maxColumns: '--max-columns',
  maxCells: '--max-cells',
};

/** The names of the limits, listed once: resolveLimits runs three times for each document of a batch. */
const LIMIT_KEYS = Object.keys(DEFAULT_LIMITS) as ReadonlyArray<keyof InputLimits>;

/** The defaults as a plain object to copy: V8 copies a frozen object by a slow path (resolveLimits took twice as long). */
const DEFAULT_VALUES: InputLimits = { ...DEFAULT_LIMITS };

/** The defaults with the given limits applied. A limit that is not a positive whole number is a programmer error. */
export function resolveLimits(options: Partial<InputLimits> = {}): InputLimits {
  const limits = { ...DEFAULT_VALUES };
  for (let index = 0; index < LIMIT_KEYS.length; index++) {
    const key = LIMIT_KEYS[index]!;
    const value = options[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${key} must be a positive whole number, not ${String(value)}.`);
    limits[key] = value;
  }
  return limits;
}

/** An input over a limit: where (an offset into the text, or a pointer into the value) and why. */
export interface LimitProblem {
  code: Extract<InputErrorCode, 'too-deep' | 'too-long' | 'too-many-items' | 'too-many-values' | 'yaml-syntax' | 'number-out-of-range'>;
  offset?: number;
  pointer?: string;
  message: string;
  hint?: string;
}

function hint(limit: keyof InputLimits): string {
  return `A study report needs far less; if this input is intended, raise the limit with ${LIMIT_FLAGS[limit]} (API option ${limit}).`;
}

export function tooDeep(limits: InputLimits, at: { offset?: number; pointer?: string }): LimitProblem {
  return { code: 'too-deep', ...at, message: `the data is nested more than ${limits.maxDepth} levels deep.`, hint: hint('maxDepth') };
}

/**
 * Nesting within --max-depth that the parser still cannot follow (its recursion meets the call stack): said
 * as a depth problem, not as an alias bomb or an internal error.
 */
export function tooDeepForParser(limits: InputLimits, offset = 0): LimitProblem {
  return {
    code: 'too-deep',
    offset,
    message: `the data is nested more deeply than the parser can follow (--max-depth is ${limits.maxDepth}).`,
    hint: `A study report is a few levels deep; lower ${LIMIT_FLAGS.maxDepth} (the default is ${DEFAULT_LIMITS.maxDepth}) or flatten the data.`,
  };
}

/** A number no JSON document can hold: 1e400 (which overflows to infinity), or YAML's .inf and .nan. */
export function numberOutOfRange(value: number, pointer: string): LimitProblem {
  const message = Number.isNaN(value)
    ? 'a value is "not a number" (.nan), which a study report cannot hold.'
    : 'a number is too large for a JSON number (beyond about 1.8e308, or written as .inf).';
  return { code: 'number-out-of-range', pointer, message, hint: 'Write the value as a finite number, in a unit that keeps it readable (e.g. 2e9 cells, not 2e9000).' };
}

export function tooManyItems(limits: InputLimits, at: { offset?: number; pointer?: string }): LimitProblem {
  return { code: 'too-many-items', ...at, message: `a list has more than ${limits.maxArrayLength} entries.`, hint: hint('maxArrayLength') };
}

export function tooManyValues(limits: InputLimits, at: { offset?: number; pointer?: string }): LimitProblem {
  return { code: 'too-many-values', ...at, message: `the document holds more than ${limits.maxValues} values.`, hint: hint('maxValues') };
}

/** YAML text made of more syntax elements (lines, quotes, comments, anchors, tags) than its values could need. */
export function tooManyTokens(limits: InputLimits, budget: number, offset: number): LimitProblem {
  return {
    code: 'too-many-values',
    offset,
    message: `the YAML text is made of more than ${budget} syntax elements (lines, comments, quoted lines, anchors, tags), more than ${limits.maxValues} values can need.`,
    hint: hint('maxValues'),
  };
}

/** A YAML text refused on its written length, before it is decoded (decoding a huge quoted text takes a lot of memory). */
export function tooLongAsWritten(limits: InputLimits, length: number, offset: number): LimitProblem {
  return { code: 'too-long', offset, message: `a text is written over ${length} characters, more than twice the limit of ${limits.maxStringLength}.`, hint: hint('maxStringLength') };
}

function tooLong(limits: InputLimits, what: 'text' | 'key', length: number, pointer: string): LimitProblem {
  return { code: 'too-long', pointer, message: `a ${what} is ${length} characters long, more than the limit of ${limits.maxStringLength}.`, hint: hint('maxStringLength') };
}

// Character codes only these scanners look for (the shared ones are in char-codes.ts).
const HYPHEN = 0x2d;
const QUESTION = 0x3f;
const HASH = 0x23;

/**
 * Depth, list lengths and the number of values of JSON text, in one pass over the characters, before
 * any parser sees it. On malformed text the counts may be off; the parser reports the syntax error then.
 */
export function scanJsonText(text: string, limits: InputLimits): LimitProblem | undefined {
  // Per open container: whether it is a list, and (for lists) entries seen so far.
  const isList: boolean[] = [];
  const entries: number[] = [];
  let values = 1;
  let awaitingEntry = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isJsonSpace(code)) continue;
    const depth = isList.length;
    const inList = depth > 0 && isList[depth - 1]!;
    if (awaitingEntry && code !== CLOSE_BRACKET) {
      // The first character of a list entry.
      awaitingEntry = false;
      const count = ++entries[depth - 1]!;
      if (count > limits.maxArrayLength) return tooManyItems(limits, { offset: index });
      if (++values > limits.maxValues) return tooManyValues(limits, { offset: index });
    }
    if (code === QUOTE) {
      for (index++; index < text.length; index++) {
        const inner = text.charCodeAt(index);
        if (inner === BACKSLASH) index++;
        else if (inner === QUOTE) break;
      }
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (depth + 1 > limits.maxDepth) return tooDeep(limits, { offset: index });
      isList.push(code === OPEN_BRACKET);
      entries.push(0);
      awaitingEntry = code === OPEN_BRACKET;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      isList.pop();
      entries.pop();
      awaitingEntry = false;
    } else if (code === COMMA) {
      awaitingEntry = inList;
    } else if (code === COLON && !inList) {
      if (++values > limits.maxValues) return tooManyValues(limits, { offset: index + 1 });
    }
  }
  return undefined;
}

/**
 * An upper bound of the number of values in YAML text, from the characters that can start an entry:
 * `,`, `[`, `{`, and `-`, `:`, `?` followed by a space or line break. Run before the YAML parser, whose
 * cost grows with the number of values. Whole-line comments are skipped (a line that starts with `#` is
 * a comment or lies inside a quoted or block text, never structure); anything else that only looks like
 * structure, in quoted text or after a value, makes it overcount, never undercount.
 */
export function scanYamlText(text: string, limits: InputLimits): LimitProblem | undefined {
  let values = 1;
  let lineStart = true;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === LINE_FEED) {
      lineStart = true;
      continue;
    }
    if (lineStart && (code === SPACE || code === TAB)) continue;
    if (lineStart && code === HASH) {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end - 1;
      continue;
    }
    lineStart = false;
    let starts = code === COMMA || code === OPEN_BRACKET || code === OPEN_BRACE;
    if (!starts && (code === HYPHEN || code === COLON || code === QUESTION)) {
      const next = index + 1 < text.length ? text.charCodeAt(index + 1) : LINE_FEED;
      starts = isJsonSpace(next) || (code === COLON && (next === COMMA || next === CLOSE_BRACKET || next === CLOSE_BRACE));
    }
    if (starts && ++values > limits.maxValues) return tooManyValues(limits, { offset: index });
  }
  return undefined;
}

interface Step {
  value: unknown;
  depth: number;
  parent: Step | undefined;
  segment: string;
}

/**
 * Whether `value` is a container the walk is inside of (an ancestor of the value at `step`): a cycle. The
 * chain is at most as deep as the limit on depth; a set of the open containers hashed every object, and
 * its markers for leaving them were copies V8 kept alive (docs/performance.md, "Documents die young").
 */
function isAncestor(value: object, step: Step): boolean {
  for (let at = step.parent; at; at = at.parent) if (at.value === value) return true;
  return false;
}

function pointerOf(step: Step): string {
  const segments: string[] = [];
  for (let at: Step | undefined = step; at?.parent; at = at.parent) segments.push(at.segment);
  return toPointer(segments.reverse());
}

/**
 * Every limit on a parsed value: depth, list length, text and key length, the number of values. Also
 * refuses a cycle (a YAML alias inside the node it refers to), which no JSON document can hold.
 */
export function checkValueLimits(root: unknown, limits: InputLimits): LimitProblem | undefined {
  const stack: Step[] = [{ value: root, depth: 1, parent: undefined, segment: '' }];
  let values = 0;
  while (stack.length > 0) {
    const step = stack.pop()!;
    const { value } = step;
    if (++values > limits.maxValues) return tooManyValues(limits, { pointer: pointerOf(step) });
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) return tooLong(limits, 'text', value.length, pointerOf(step));
      continue;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) return numberOutOfRange(value, pointerOf(step));
    if (value === null || typeof value !== 'object') continue;
    if (step.depth > limits.maxDepth) return tooDeep(limits, { pointer: pointerOf(step) });
    if (isAncestor(value, step)) {
      return { code: 'yaml-syntax', pointer: pointerOf(step), message: 'invalid YAML: an alias refers to a mapping or list that contains it (a cycle).', hint: 'A study report is a tree: repeat the value instead.' };
    }
    const depth = step.depth + 1;
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength) return tooManyItems(limits, { pointer: pointerOf(step) });
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], depth, parent: step, segment: String(index) });
    } else {
      const keys = Object.keys(value);
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index]!;
        const child: Step = { value: (value as Record<string, unknown>)[key], depth, parent: step, segment: key };
        if (key.length > limits.maxStringLength) return tooLong(limits, 'key', key.length, pointerOf(child));
        stack.push(child);
      }
    }
  }
  return undefined;
}
