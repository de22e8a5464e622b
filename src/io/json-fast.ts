/**
 * The fast path for JSON input (a batch or an NDJSON stream is thousands of documents): one pass over the
 * characters checks every input limit and looks for duplicate keys, JSON.parse builds the value, and
 * positions are found only for the pointers a report asks about, by walking the text. Whenever the slow
 * path (parse-json.ts: jsonc-parser's tree, then the limit checks on the value) could say anything but
 * "fine", this path steps aside and lets it speak, so errors read exactly as they always have.
 */
import type { InputLimits } from './limits.js';
import { lineStarts, offsetToLocation, type SourceMap } from './source-map.js';
import { parsePointer } from '../schema/pointer.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const KEY_LIST_MAX = 16;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** The index just past the string token that opens at `start` (a quote). */
function stringEnd(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === BACKSLASH) index++;
    else if (code === QUOTE) return index + 1;
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

/**
 * Whether the text stays within every limit that depends on its shape, and holds no key twice in one
 * object. False means "ask the slow path": it is never wrong to say false. Assumes nothing about
 * syntax (JSON.parse decides that afterwards); on malformed text it just says false or counts loosely.
 */
function withinLimits(text: string, limits: InputLimits): boolean {
  // Per open container: is it a list, its entry count, and (objects) the keys seen so far.
  const isList: boolean[] = [];
  const entries: number[] = [];
  // Keys per open object: a short list (objects in a study report are small), a set past KEY_LIST_MAX.
  const keys: Array<string[] | Set<string>> = [];
  let values = 1;
  let awaitingEntry = false;
  let expectKey = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) continue;
    const depth = isList.length;
    if (awaitingEntry && code !== CLOSE_BRACKET) {
      awaitingEntry = false;
      if (++entries[depth - 1]! > limits.maxArrayLength || ++values > limits.maxValues) return false;
    }
    if (code === QUOTE) {
      const end = stringEnd(text, index);
      // A text's length is at most its written length: only a long written one needs a closer look.
      if (end - index - 2 > limits.maxStringLength) return false;
      if (expectKey) {
        const key = keyText(text, index, end);
        if (key === undefined) return false;
        const seen = keys[depth - 1]!;
        if (Array.isArray(seen)) {
          if (seen.includes(key)) return false;
          seen.push(key);
          if (seen.length > KEY_LIST_MAX) keys[depth - 1] = new Set(seen);
        } else {
          if (seen.has(key)) return false;
          seen.add(key);
        }
        expectKey = false;
      }
      index = end - 1;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (depth + 1 > limits.maxDepth) return false;
      isList.push(code === OPEN_BRACKET);
      entries.push(0);
      keys.push([]);
      awaitingEntry = code === OPEN_BRACKET;
      expectKey = code === OPEN_BRACE;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      isList.pop();
      entries.pop();
      keys.pop();
      awaitingEntry = false;
      expectKey = false;
    } else if (code === COMMA) {
      const inList = depth > 0 && isList[depth - 1]!;
      awaitingEntry = inList;
      expectKey = !inList && depth > 0;
    } else if (code === COLON) {
      if (depth === 0 || isList[depth - 1]) return false;
      if (++values > limits.maxValues) return false;
    }
  }
  return true;
}

/** The index just past the value that starts at `start` (the text is known to be valid JSON). */
function valueEnd(text: string, start: number): number {
  const code = text.charCodeAt(start);
  if (code === QUOTE) return stringEnd(text, start);
  if (code !== OPEN_BRACE && code !== OPEN_BRACKET) {
    let index = start;
    while (index < text.length) {
      const next = text.charCodeAt(index);
      if (next === COMMA || next === CLOSE_BRACE || next === CLOSE_BRACKET || isSpace(next)) break;
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
  while (index < text.length && isSpace(text.charCodeAt(index))) index++;
  return index;
}

/** Where each member value (objects) or entry (lists) of the container at `start` begins. */
type Members = Map<string, number> | number[];

function membersOf(text: string, start: number): Members {
  const list = text.charCodeAt(start) === OPEN_BRACKET;
  const entries: number[] = [];
  const members = new Map<string, number>();
  let index = skipSpace(text, start + 1);
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === CLOSE_BRACE || code === CLOSE_BRACKET) break;
    if (list) {
      entries.push(index);
      index = valueEnd(text, index);
    } else {
      const end = stringEnd(text, index);
      const key = keyText(text, index, end)!;
      const valueStart = skipSpace(text, skipSpace(text, end) + 1);
      members.set(key, valueStart);
      index = valueEnd(text, valueStart);
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
export function jsonTextSourceMap(text: string): SourceMap {
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
        if (!members) containers.set(offset, (members = membersOf(text, offset)));
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
  if (!withinLimits(text, limits)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return { value, sourceMap: jsonTextSourceMap(text) };
}
