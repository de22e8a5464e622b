/**
 * The library's guard on any value it is given: `validate` promises to return a report for any document,
 * in bounded time, without throwing. A JavaScript value can be what no parsed file is: cyclic
 * (`o.a = o`), a shared subtree that is a tree of 2^64 paths, a sparse list with `length = 1e7`, a getter
 * or Proxy trap that throws or answers differently each time. So the document is copied once, iteratively,
 * into plain data within the input limits, and everything after works on that copy (a finite tree, read
 * once). What cannot be copied becomes one problem with the place it lies, reported like a structural
 * error, never an exception or a hang.
 */
import { toPointer } from '../schema/pointer.js';
import type { StructuralIssue } from '../schema/validate-structure.js';
import type { SourceLocation } from '../report/types.js';
import type { InputErrorCode } from './errors.js';
import { resolveLimits, tooDeep, tooManyItems, tooManyValues, type InputLimits } from './limits.js';

/** Why a value cannot be taken as a document, and where. */
export interface SnapshotProblem {
  code: InputErrorCode;
  pointer: string;
  message: string;
  hint?: string;
}

export type Snapshot = { ok: true; value: unknown } | { ok: false; problem: SnapshotProblem };

interface Step {
  source: unknown;
  /** Where the copy goes: the parent copy and the key (undefined for the root). */
  parent: Record<string, unknown> | unknown[] | undefined;
  key: string;
  depth: number;
  /** The parent step, for the pointer of a problem. */
  up: Step | undefined;
}

/** Whether `source` is a container the walk is inside of (an ancestor of the value at `step`): a cycle. */
function isAncestor(source: object, step: Step): boolean {
  for (let at = step.up; at; at = at.up) if (at.source === source) return true;
  return false;
}

function pointerOf(step: Step): string {
  const segments: string[] = [];
  for (let at: Step | undefined = step; at?.up; at = at.up) segments.push(at.key);
  return toPointer(segments.reverse());
}

function put(parent: Record<string, unknown> | unknown[], key: string, value: unknown): void {
  if (Array.isArray(parent)) parent[Number(key)] = value;
  // A key named "__proto__" is data, as JSON.parse makes it, not the prototype: defined, not assigned.
  // Only that key: defining every key took two thirds of the copy's time.
  else if (key === '__proto__') Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  else parent[key] = value;
}

function reason(error: unknown): string {
  try {
    return String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 200);
  } catch {
    return 'an error that cannot be shown';
  }
}

/**
 * A plain-data copy of `root` (own enumerable string keys of objects, every index of lists) within the
 * limits, or the first problem found. Each value is read once; the walk is iterative.
 */
export function snapshotValue(root: unknown, options: Partial<InputLimits> = {}): Snapshot {
  const limits = resolveLimits(options);
  let values = 0;
  let result: unknown;
  const stack: Step[] = [{ source: root, parent: undefined, key: '', depth: 1, up: undefined }];
  const fail = (problem: { code: InputErrorCode; message: string; hint?: string }, step: Step): Snapshot => ({
    ok: false,
    problem: { code: problem.code, pointer: pointerOf(step), message: problem.message, ...(problem.hint ? { hint: problem.hint } : {}) },
  });
  while (stack.length > 0) {
    const step = stack.pop()!;
    const { source } = step;
    if (++values > limits.maxValues) return fail(tooManyValues(limits, {}), step);
    let copy: unknown = source;
    if (typeof source === 'string' && source.length > limits.maxStringLength) {
      return fail({ code: 'too-long', message: `a text is ${source.length} characters long, more than the limit of ${limits.maxStringLength}.` }, step);
    }
    if (source !== null && typeof source === 'object') {
      if (step.depth > limits.maxDepth) return fail(tooDeep(limits, {}), step);
      // The containers open are the value's ancestors: no set of them (hashing every object of the
      // document cost more than walking up a chain as deep as the limit on depth, mostly a handful).
      if (isAncestor(source, step)) return fail({ code: 'not-a-document', message: 'the value contains itself (a cycle); a study report is a tree of plain data.' }, step);
      try {
        if (Array.isArray(source)) {
          // Read the length once: a sparse list may claim ten million entries it does not hold.
          const length = source.length;
          if (length > limits.maxArrayLength) return fail(tooManyItems(limits, {}), step);
          const list: unknown[] = new Array(length);
          copy = list;
          for (let index = length - 1; index >= 0; index--) stack.push({ source: source[index], parent: list, key: String(index), depth: step.depth + 1, up: step });
        } else {
          const keys = Object.keys(source);
          const object: Record<string, unknown> = {};
          copy = object;
          for (let index = keys.length - 1; index >= 0; index--) {
            const key = keys[index]!;
            if (key.length > limits.maxStringLength) return fail({ code: 'too-long', message: `a key is ${key.length} characters long, more than the limit of ${limits.maxStringLength}.` }, step);
            stack.push({ source: (source as Record<string, unknown>)[key], parent: object, key, depth: step.depth + 1, up: step });
          }
        }
      } catch (error) {
        // A getter or Proxy trap threw while the value was read.
        return fail({ code: 'not-a-document', message: `the value cannot be read (${reason(error)}); a study report is plain data.` }, step);
      }
    }
    if (step.parent === undefined) result = copy;
    else put(step.parent, step.key, copy);
  }
  return { ok: true, value: result };
}

/**
 * The document `validate` works on: the plain copy, or (when the value cannot be copied within the
 * limits) an empty document and one structural issue that says why and where.
 */
export function documentWithinLimits(input: unknown, limits: Partial<InputLimits> = {}): { document: unknown; issues: StructuralIssue[] } {
  const snapshot = snapshotValue(input, limits);
  if (snapshot.ok) return { document: snapshot.value, issues: [] };
  const { pointer, code, message } = snapshot.problem;
  return { document: {}, issues: [{ pointer, keyword: code, message: `The document was not checked: ${message}` }] };
}

/** The per-call options of `validate`, as the report contract needs them. */
export interface CallOptions {
  file?: string;
  sourceMap?: { locate(pointer: string): SourceLocation | undefined };
  line?: number;
  /** A study of a spreadsheet: its id, and the sheet of its row (`line`). */
  studyId?: string;
  sheet?: string;
}

/** A short text of a call option or a location (a sheet name, a cell name, a study id). */
const shortText = (value: unknown, max: number): value is string => typeof value === 'string' && value !== '' && value.length <= max;

/** A cell's name: one to three letters and a row number, as a spreadsheet shows it. */
const CELL_NAME = /^[A-Z]{1,3}[1-9][0-9]{0,6}$/;

/**
 * Checks `validate`'s call options: `file` a string, `line` a whole number from 1, `sourceMap` an object
 * with `locate`. A wrong option is a programmer error (a TypeError naming it), not something to put into
 * a report that then breaks the report schema. Locations a source map gives are kept only when they are
 * whole numbers from 1, and a source map that throws gives none.
 */
export function checkCallOptions(call: unknown): CallOptions {
  if (call === undefined) return {};
  if (call === null || typeof call !== 'object') throw new TypeError('validate: the call options must be an object ({ file?, line?, sourceMap? }).');
  const { file, line, sourceMap, studyId, sheet } = call as Record<string, unknown>;
  if (file !== undefined && (typeof file !== 'string' || file.length > 4096)) throw new TypeError('validate: options.file must be a string (the file the document came from).');
  if (studyId !== undefined && !shortText(studyId, 4096)) throw new TypeError('validate: options.studyId must be a non-empty string (the id of a spreadsheet study).');
  if (sheet !== undefined && !shortText(sheet, 255)) throw new TypeError('validate: options.sheet must be a non-empty string (the sheet of a spreadsheet study\'s row).');
  if (line !== undefined && !(Number.isSafeInteger(line) && (line as number) >= 1)) throw new TypeError('validate: options.line must be a whole number from 1.');
  if (sourceMap !== undefined && (sourceMap === null || typeof (sourceMap as { locate?: unknown }).locate !== 'function')) {
    throw new TypeError('validate: options.sourceMap must have a locate(pointer) function.');
  }
  // Built key by key rather than from spreads of optional parts: this runs for every document, mostly in
  // the interpreter, where each spread is an object built and copied.
  const options: CallOptions = {};
  if (file !== undefined) options.file = file as string;
  if (line !== undefined) options.line = line as number;
  if (studyId !== undefined) options.studyId = studyId as string;
  if (sheet !== undefined) options.sheet = sheet as string;
  if (sourceMap) options.sourceMap = new CheckedSourceMap(sourceMap as NonNullable<CallOptions['sourceMap']>);
  return options;
}

const position = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 1;

/**
 * A source map given to `validate`, whose locations are kept only when they are whole numbers from 1
 * (and a cell's sheet, name and file when they are what they say: they reach every reporter); one that
 * throws gives none. A class rather than an object literal with a closure made per document.
 */
class CheckedSourceMap {
  readonly #map: NonNullable<CallOptions['sourceMap']>;

  constructor(map: NonNullable<CallOptions['sourceMap']>) {
    this.#map = map;
  }

  locate(pointer: string): SourceLocation | undefined {
    try {
      const at = this.#map.locate(pointer);
      if (!(at && position(at.line) && position(at.column))) return undefined;
      // Keys in this order (reports are compared as text): line, column, then a cell's name, sheet and file.
      const located: SourceLocation = { line: at.line, column: at.column };
      if (shortText(at.cell, 11) && CELL_NAME.test(at.cell)) {
        located.cell = at.cell;
        if (shortText(at.sheet, 255)) located.sheet = at.sheet;
        if (shortText(at.file, 4096)) located.file = at.file;
      }
      return located;
    } catch {
      return undefined;
    }
  }
}

/** Nesting a user checklist may have: an item's `appliesWhen` nests all/any/not a few levels, never dozens. */
export const MAX_CHECKLIST_DEPTH = 32;

/**
 * A user checklist (or profile) nested deeper than MAX_CHECKLIST_DEPTH, or that cannot be read as plain
 * data (cyclic, a getter that throws, …), as a checklist error; checked before zod, which recurses per level.
 */
export function overlayTooDeep(input: unknown, file?: string): { code: 'checklist-invalid'; file?: string; entry: string; message: string } | undefined {
  const snapshot = snapshotValue(input, { maxDepth: MAX_CHECKLIST_DEPTH, maxValues: 1_000_000 });
  if (snapshot.ok) return undefined;
  const { pointer, code, message } = snapshot.problem;
  const entry = pointer === '' ? 'top level' : pointer.slice(1).split('/').slice(0, 6).join(' › ');
  const words = code === 'too-deep' ? `the checklist is nested more than ${MAX_CHECKLIST_DEPTH} levels deep (e.g. appliesWhen inside appliesWhen); a condition needs a few levels.` : message;
  return { code: 'checklist-invalid', ...(file !== undefined ? { file } : {}), entry, message: words };
}
