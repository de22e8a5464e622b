/**
 * The fast path for JSON input (a batch or an NDJSON stream is thousands of documents): one pass over the
 * characters checks every input limit and looks for duplicate keys, JSON.parse builds the value, and
 * positions are found only for the pointers a report asks about, by walking the text. Whenever the slow
 * path (parse-json.ts: jsonc-parser's tree, then the limit checks on the value) could say anything but
 * "fine", this path steps aside and lets it speak, so errors read exactly as they always have.
 */
import { QUOTE, BACKSLASH, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, COMMA, COLON, isJsonSpace } from './char-codes.js';
import type { InputLimits } from './limits.js';
import { lineStarts, offsetToLocation, type SourceMap } from './source-map.js';
import { parsePointer } from '../schema/pointer.js';



/** The index just past the string token that opens at `start` (a quote): the next quote not escaped. */
function stringEnd(text: string, start: number): number {
  for (let index = text.indexOf('"', start + 1); index !== -1; index = text.indexOf('"', index + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(index - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return index + 1;
  }
  return text.length;
}

/** The text of a key token (with its quotes) as a string: as written unless it holds an escape; undefined if malformed. */
function keyText(text: string, start: number, end: number): string | undefined {
  const inner = text.slice(start + 1, end - 1);
  if (!inner.includes('\\')) return inner;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return undefined;
  }
}

// The characters the scan stops at; everything else (space, digits, letters) is stepped over.
const NONE = 0;
const STRING = 1;
const OPEN = 2;
const CLOSE = 3;
const SEPARATOR = 4;
const NAME_END = 5;
const CLASS = new Uint8Array(128);
CLASS[QUOTE] = STRING;
CLASS[OPEN_BRACE] = OPEN;
CLASS[OPEN_BRACKET] = OPEN;
CLASS[CLOSE_BRACE] = CLOSE;
CLASS[CLOSE_BRACKET] = CLOSE;
CLASS[COMMA] = SEPARATOR;
CLASS[COLON] = NAME_END;

/**
 * Whether the text stays within every limit that depends on its shape; counts object members and records
 * where each container closes. False means "ask the slow path": it is never wrong to say false. Exact on
 * valid JSON, which is all that reaches JSON.parse's result; on malformed text the counts may be loose,
 * and JSON.parse rejects the text afterwards anyway.
 */
function scan(text: string, limits: InputLimits, closes: Map<number, number>): { members: number } | undefined {
  // Per open container: where it opens, whether it is a list, and its entry count.
  const opens: number[] = [];
  const isList: boolean[] = [];
  const entries: number[] = [];
  let values = 1;
  let members = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const kind = code < 128 ? CLASS[code]! : NONE;
    if (kind === NONE) continue;
    const depth = isList.length;
    if (kind === STRING) {
      const end = stringEnd(text, index);
      // A text's length is at most its written length: only a long written one needs a closer look.
      if (end - index - 2 > limits.maxStringLength) return undefined;
      index = end - 1;
    } else if (kind === OPEN) {
      if (depth + 1 > limits.maxDepth) return undefined;
      const list = code === OPEN_BRACKET;
      opens.push(index);
      isList.push(list);
      // A list has as many entries as commas plus one, unless it is empty.
      let next = index + 1;
      while (next < text.length && isJsonSpace(text.charCodeAt(next))) next++;
      const first = list && text.charCodeAt(next) !== CLOSE_BRACKET ? 1 : 0;
      if (first > limits.maxArrayLength || (values += first) > limits.maxValues) return undefined;
      entries.push(first);
    } else if (kind === CLOSE) {
      // Where each container closes, so that positions can later step over it in one jump.
      if (opens.length > 0) closes.set(opens.pop()!, index);
      isList.pop();
      entries.pop();
    } else if (kind === SEPARATOR) {
      if (depth === 0) return undefined;
      if (isList[depth - 1] && (++entries[depth - 1]! > limits.maxArrayLength || ++values > limits.maxValues)) return undefined;
    } else {
      // A colon: one more member, and its value.
      if (depth === 0 || isList[depth - 1]) return undefined;
      members++;
      if (++values > limits.maxValues) return undefined;
    }
  }
  return { members };
}

/** The number of keys in every object of a parsed value (no cycles: it comes from JSON.parse). */
function keyCount(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const entry of value) count += keyCount(entry);
    return count;
  }
  for (const key in value) {
    count++;
    count += keyCount((value as Record<string, unknown>)[key]);
  }
  return count;
}

/** The index just past the value that starts at `start` (the text is known to be valid JSON). */
function valueEnd(text: string, start: number, closes: Map<number, number>): number {
  const code = text.charCodeAt(start);
  if (code === QUOTE) return stringEnd(text, start);
  const close = closes.get(start);
  if (close !== undefined) return close + 1;
  if (code !== OPEN_BRACE && code !== OPEN_BRACKET) {
    let index = start;
    while (index < text.length) {
      const next = text.charCodeAt(index);
      if (next === COMMA || next === CLOSE_BRACE || next === CLOSE_BRACKET || isJsonSpace(next)) break;
      index++;
    }
    return index;
  }
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    const next = text.charCodeAt(index);
    if (next === QUOTE) index = stringEnd(text, index) - 1;
    else if (next === OPEN_BRACE || next === OPEN_BRACKET) depth++;
    else if (next === CLOSE_BRACE || next === CLOSE_BRACKET) {
      if (--depth === 0) return index + 1;
    }
  }
  return text.length;
}

function skipSpace(text: string, index: number): number {
  while (index < text.length && isJsonSpace(text.charCodeAt(index))) index++;
  return index;
}

/** Where each member value (objects) or entry (lists) of the container at `start` begins. */
type Members = Map<string, number> | number[];

function membersOf(text: string, start: number, closes: Map<number, number>): Members {
  const list = text.charCodeAt(start) === OPEN_BRACKET;
  const entries: number[] = [];
  const members = new Map<string, number>();
  let index = skipSpace(text, start + 1);
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === CLOSE_BRACE || code === CLOSE_BRACKET) break;
    if (list) {
      entries.push(index);
      index = valueEnd(text, index, closes);
    } else {
      const end = stringEnd(text, index);
      const key = keyText(text, index, end)!;
      const valueStart = skipSpace(text, skipSpace(text, end) + 1);
      members.set(key, valueStart);
      index = valueEnd(text, valueStart, closes);
    }
    index = skipSpace(text, index);
    if (text.charCodeAt(index) === COMMA) index = skipSpace(text, index + 1);
  }
  return list ? entries : members;
}

/**
 * Positions in valid JSON text by walking it: a container's members are listed the first time a pointer
 * passes through it. Same answers as the tree in parse-json.ts (the value at the pointer, or at its
 * nearest ancestor present), without building a node for every value.
 */
export function jsonTextSourceMap(text: string, closes: Map<number, number> = new Map()): SourceMap {
  const containers = new Map<number, Members>();
  let starts: number[] | undefined;
  return {
    locate(pointer) {
      let offset = skipSpace(text, 0);
      if (offset >= text.length) return undefined;
      for (const segment of parsePointer(pointer)) {
        const code = text.charCodeAt(offset);
        if (code !== OPEN_BRACE && code !== OPEN_BRACKET) break;
        let members = containers.get(offset);
        if (!members) containers.set(offset, (members = membersOf(text, offset, closes)));
        const next = Array.isArray(members) ? (/^\d+$/.test(segment) ? members[Number(segment)] : undefined) : members.get(segment);
        if (next === undefined) break;
        offset = next;
      }
      starts ??= lineStarts(text);
      return offsetToLocation(starts, offset);
    },
  };
}

/**
 * The value and positions of JSON text that is valid, within every limit and free of duplicate keys;
 * undefined for anything else, which the slow path then reports.
 */
export function parseJsonFast(text: string, limits: InputLimits): { value: unknown; sourceMap: SourceMap } | undefined {
  const closes = new Map<number, number>();
  const shape = scan(text, limits, closes);
  if (!shape) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
    // JSON.parse keeps the last of two equal keys: fewer keys than members written means a duplicate.
    // (A limit raised far enough for the count to overflow the stack also ends up on the slow path.)
    if (keyCount(value) !== shape.members) return undefined;
  } catch {
    return undefined;
  }
  return { value, sourceMap: jsonTextSourceMap(text, closes) };
}
