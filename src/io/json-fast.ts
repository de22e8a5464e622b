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

const LOWER_U = 0x75;
import type { SourceLocation } from '../report/types.js';
import type { SourceMap } from './source-map.js';
import { parsePointer } from '../schema/pointer.js';

/** The index just past the string token that opens at `start` (a quote): the next quote not escaped. */
function stringEnd(text: string, start: number): number {
  for (let index = text.indexOf('"', start + 1); index !== -1; index = text.indexOf('"', index + 1)) {
    if (!isEscaped(text, index)) return index + 1;
  }
  return text.length;
}

/** Whether the character at `index` follows an odd number of backslashes. */
export function isEscaped(text: string, index: number): boolean {
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

/** The index just past the container that opens at `start` (valid JSON: its brackets balance). */
function containerEnd(text: string, start: number): number {
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) index = stringEnd(text, index) - 1;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && --depth === 0) return index + 1;
  }
  return text.length;
}

/** The index just past the value that starts at `start` (the text is known to be valid JSON). */
function valueEnd(text: string, start: number): number {
  const code = text.charCodeAt(start);
  if (code === QUOTE) return stringEnd(text, start);
  if (code === OPEN_BRACE || code === OPEN_BRACKET) return containerEnd(text, start);
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

/** Where the value of the key token that ends at `end` (its closing quote included) begins: past the colon. */
function afterColon(text: string, end: number): number {
  return skipSpace(text, skipSpace(text, end) + 1);
}

/** Where each member value (objects) or entry (lists) of the container at `start` begins. */
type Members = Map<string, number> | number[];

/** The members of one container, read from its text: the way to a member when its key cannot be searched for. */
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
      const valueStart = afterColon(text, end);
      members.set(key, valueStart);
      index = valueEnd(text, valueStart);
    }
    index = skipSpace(text, index);
    if (text.charCodeAt(index) === COMMA) index = skipSpace(text, index + 1);
  }
  return list ? entries : members;
}

/**
 * Keys found by searching for them as written: no quote, backslash, slash or control character (so
 * `"key"` is the only way to write them once the text has no \\u escape), and a first character that
 * cannot follow a closing quote (so an unescaped quote before it opens a text).
 */
const SEARCHABLE_KEY = /^(?:[^\s,:}\]"\\/\u0000-\u001f][^"\\/\u0000-\u001f]*)?$/;

/** Where the next key token spelt `token` (with its quotes) at or after `from` ends, past its colon; -1 if none. */
function nextKey(text: string, token: string, from: number): number {
  for (let at = text.indexOf(token, from); at !== -1; at = text.indexOf(token, at + 1)) {
    if (isEscaped(text, at)) continue;
    const end = skipSpace(text, at + token.length);
    if (text.charCodeAt(end) === COLON) return end + 1;
  }
  return -1;
}

/**
 * Where the value of key `key` of the object at `start` begins, found by searching for the key as written
 * (two native searches instead of reading every member before it); undefined when the search cannot tell
 * (the caller then reads the object's members). The object has the key, so its key token lies after
 * `start`: when the first one spelt that way is also the last in the text, it is this object's (a first
 * one nested in an earlier member would leave this object's own one after it).
 */
function searchMember(text: string, start: number, key: string): number | undefined {
  const token = `"${key}"`;
  const colon = nextKey(text, token, start + 1);
  if (colon === -1 || nextKey(text, token, colon) !== -1) return undefined;
  return skipSpace(text, colon);
}

/** Whether the text may hold a \\u escape (a backslash before a "u"; an escaped backslash before one counts too). */
export function hasUnicodeEscape(text: string): boolean {
  for (let index = text.indexOf('\\'); index !== -1; index = text.indexOf('\\', index + 2)) {
    if (text.charCodeAt(index + 1) === LOWER_U) return true;
  }
  return false;
}

/** The 1-based column of `offset` on the line starting at `lineStart`, in the characters of the text the user wrote. */
export type ColumnOf = (lineStart: number, offset: number) => number;

/**
 * How the text handed to JSON.parse relates to the text the user wrote, when it is not that text itself
 * (json-bytes.ts hands over UTF-8 bytes with every non-ASCII character written as a \\u escape).
 */
export interface JsonSpelling {
  /** Whether the user's text may hold a \\u escape of its own. */
  unicodeEscapes: boolean;
  column: ColumnOf;
}

const sameText = (lineStart: number, offset: number): number => offset - lineStart + 1;

/**
 * Lines by counting line feeds from the last place asked, not by a table of every line start: a report
 * asks about a handful of places, mostly in the order of the text.
 */
function lineCounter(text: string, column: ColumnOf): (offset: number) => SourceLocation {
  let line = 1;
  let lineStart = 0;
  return (offset) => {
    if (offset < lineStart) {
      line = 1;
      lineStart = 0;
    }
    for (let index = text.indexOf('\n', lineStart); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
      line++;
      lineStart = index + 1;
    }
    return { line, column: column(lineStart, offset) };
  };
}

/**
 * Positions in valid JSON text, with its parsed value as the guide. A pointer stops where the value says
 * its next member is absent (no text is read for that); a member present is found by searching for its
 * key (searchMember), or else by reading its object's members. Same
 * answers as the tree in parse-json.ts (the value at the pointer, or at its nearest ancestor present),
 * without reading the whole text for every document (most findings point at a handful of places).
 */
export function jsonTextSourceMap(text: string, value: unknown, spelling?: JsonSpelling): SourceMap {
  const containers = new Map<number, Members>();
  const searched = new Map<string, number | undefined>();
  const root = skipSpace(text, 0);
  const lineOf = lineCounter(text, spelling?.column ?? sameText);
  // A key spelt with a \u escape would not be found by searching for it as written.
  let searchable = spelling && !spelling.unicodeEscapes;
  const membersAt = (start: number): Members => {
    let members = containers.get(start);
    if (!members) containers.set(start, (members = membersOf(text, start)));
    return members;
  };
  const memberStart = (start: number, key: string): number | undefined => {
    searchable ??= !hasUnicodeEscape(text);
    if (searchable && SEARCHABLE_KEY.test(key)) {
      const id = `${start}:${key}`;
      let found = searched.get(id);
      if (!searched.has(id)) searched.set(id, (found = searchMember(text, start, key)));
      if (found !== undefined) return found;
    }
    return (membersAt(start) as Map<string, number>).get(key);
  };
  return {
    locate(pointer) {
      if (root >= text.length) return undefined;
      let offset = root;
      let node = value;
      for (const segment of parsePointer(pointer)) {
        if (node === null || typeof node !== 'object') break;
        let next: number | undefined;
        if (Array.isArray(node)) {
          const index = /^\d+$/.test(segment) ? Number(segment) : node.length;
          if (index >= node.length) break;
          next = (membersAt(offset) as number[])[index];
          node = node[index];
        } else {
          if (!Object.prototype.hasOwnProperty.call(node, segment)) break;
          next = memberStart(offset, segment);
          node = (node as Record<string, unknown>)[segment];
        }
        if (next === undefined) break;
        offset = next;
      }
      return lineOf(offset);
    },
  };
}

/**
 * The value and positions of JSON text that is valid, within every limit and free of duplicate keys;
 * undefined for anything else, which the slow path then reports.
 */
export function parseJsonFast(text: string, limits: InputLimits, spelling?: JsonSpelling): { value: unknown; sourceMap: SourceMap } | undefined {
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
  return { value, sourceMap: jsonTextSourceMap(text, value, spelling) };
}
