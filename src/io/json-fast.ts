/**
 * The fast path for JSON input (a batch or an NDJSON stream is thousands of documents): JSON.parse builds
 * the value, one walk over the value checks every input limit, a count of the keys written in the text
 * finds duplicate keys, and positions are found only for the pointers a report asks about, by walking the
 * text. Whenever the slow path (parse-json.ts: jsonc-parser's tree, then the limit checks on the value)
 * could say anything but "fine", this path steps aside and lets it speak, so errors read exactly as they
 * always have.
 */
import { QUOTE, BACKSLASH, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, COMMA, COLON, isJsonSpace } from './char-codes.js';
import type { InputLimits } from './limits.js';
import { lineStarts, offsetToLocation, type SourceMap } from './source-map.js';
import { parsePointer } from '../schema/pointer.js';

/** The index just past the string token that opens at `start` (a quote): the next quote not escaped. */
function stringEnd(text: string, start: number): number {
  for (let index = text.indexOf('"', start + 1); index !== -1; index = text.indexOf('"', index + 1)) {
    if (!isEscaped(text, index)) return index + 1;
  }
  return text.length;
}

/** Whether the character at `index` follows an odd number of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(index - 1 - backslashes) === BACKSLASH) backslashes++;
  return backslashes % 2 === 1;
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
 * The number of object keys in a parsed value if it stays within every limit that checkValueLimits
 * enforces (depth, list length, text and key length, number of values); undefined if it does not. One
 * iterative walk, so deep values cannot overflow the stack (JSON.parse itself does not recurse).
 */
function keysWithinLimits(root: unknown, limits: InputLimits): number | undefined {
  const values: unknown[] = [root];
  const depths: number[] = [1];
  let count = 0;
  let keys = 0;
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (++count > limits.maxValues) return undefined;
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) return undefined;
      continue;
    }
    // 1e400 parses as Infinity: the slow path reports it.
    if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
    if (value === null || typeof value !== 'object') continue;
    if (depth > limits.maxDepth) return undefined;
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength) return undefined;
      for (const entry of value) {
        values.push(entry);
        depths.push(depth + 1);
      }
      continue;
    }
    for (const key in value) {
      if (key.length > limits.maxStringLength) return undefined;
      keys++;
      values.push((value as Record<string, unknown>)[key]);
      depths.push(depth + 1);
    }
  }
  return keys;
}

/**
 * An upper bound of the number of keys written in valid JSON text: every quote, not escaped, followed by
 * a colon. Each key ends that way; a text value can only start that way (": ..."), which overcounts.
 */
function keysWritten(text: string): number {
  let keys = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let before = colon - 1;
    while (before >= 0 && isJsonSpace(text.charCodeAt(before))) before--;
    if (text.charCodeAt(before) === QUOTE && !isEscaped(text, before)) keys++;
  }
  return keys;
}

/**
 * Where each container of valid JSON text closes, by where it opens: one pass, made when a position is
 * first asked for. Opens are met in increasing order, so they are a sorted list searched by halves, and
 * the closes sit at the same indexes (two lists of numbers are far cheaper to fill than a Map).
 */
interface Closes {
  opens: number[];
  closes: number[];
}

function containerCloses(text: string): Closes {
  const opens: number[] = [];
  const closes: number[] = [];
  const stack: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) index = stringEnd(text, index) - 1;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      stack.push(opens.length);
      opens.push(index);
      closes.push(text.length - 1);
    } else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && stack.length > 0) closes[stack.pop()!] = index;
  }
  return { opens, closes };
}

/** Where the container opening at `start` closes (the last index when it never does). */
function closeOf({ opens, closes }: Closes, start: number, last: number): number {
  let low = 0;
  let high = opens.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (opens[middle]! < start) low = middle + 1;
    else high = middle;
  }
  return opens[low] === start ? closes[low]! : last;
}

/** The index just past the value that starts at `start` (the text is known to be valid JSON). */
function valueEnd(text: string, start: number, closes: Closes): number {
  const code = text.charCodeAt(start);
  if (code === QUOTE) return stringEnd(text, start);
  if (code === OPEN_BRACE || code === OPEN_BRACKET) return closeOf(closes, start, text.length - 1) + 1;
  let index = start;
  while (index < text.length) {
    const next = text.charCodeAt(index);
    if (next === COMMA || next === CLOSE_BRACE || next === CLOSE_BRACKET || isJsonSpace(next)) break;
    index++;
  }
  return index;
}

function skipSpace(text: string, index: number): number {
  while (index < text.length && isJsonSpace(text.charCodeAt(index))) index++;
  return index;
}

/** Where each member value (objects) or entry (lists) of the container at `start` begins. */
type Members = Map<string, number> | number[];

function membersOf(text: string, start: number, closes: Closes): Members {
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
export function jsonTextSourceMap(text: string): SourceMap {
  const containers = new Map<number, Members>();
  let closes: Closes | undefined;
  let starts: number[] | undefined;
  return {
    locate(pointer) {
      let offset = skipSpace(text, 0);
      if (offset >= text.length) return undefined;
      for (const segment of parsePointer(pointer)) {
        const code = text.charCodeAt(offset);
        if (code !== OPEN_BRACE && code !== OPEN_BRACKET) break;
        let members = containers.get(offset);
        if (!members) containers.set(offset, (members = membersOf(text, offset, (closes ??= containerCloses(text)))));
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
  // A text longer than the limit on bytes is refused before it gets here; JSON.parse never recurses.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // JSON.parse keeps the last of two equal keys: fewer keys in the value than written means a duplicate.
  const keys = keysWithinLimits(value, limits);
  if (keys === undefined || keys !== keysWritten(text)) return undefined;
  return { value, sourceMap: jsonTextSourceMap(text) };
}
