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
import { addFound, inReportOrder, MAX_UNIT_LEVEL, normalisedSpelling, type FoundUnits, type NormalisedUnit } from '../units/normalise.js';
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

/** Whether a value that is not a container stays within the limits: a text by its length, a number by being finite (1e400 parses as Infinity, which the slow path reports). */
function scalarWithinLimits(value: unknown, limits: InputLimits): boolean {
  if (typeof value === 'string') return value.length <= limits.maxStringLength;
  return typeof value !== 'number' || Number.isFinite(value);
}

/** What the walk for limits found in a value besides: its object keys, and the units a report normalises. */
export interface WalkedValue {
  /** The value walked (a report takes the units only for this very value). */
  value: unknown;
  /** How many object keys the value holds. */
  keys: number;
  /** The units it spells in a way the report normalises, in report order (as normalisedUnits finds them). */
  units: NormalisedUnit[] | undefined;
}

/** A source map made by parseJsonFast, which carries what its walk found for the report (see validateParsed). */
export interface ParsedJsonSourceMap extends SourceMap {
  readonly walked: WalkedValue;
}

/** Whether a source map came from parseJsonFast, with what its walk found. */
export function isParsedJsonSourceMap(sourceMap: SourceMap): sourceMap is ParsedJsonSourceMap {
  return (sourceMap as Partial<ParsedJsonSourceMap>).walked !== undefined;
}

/**
 * What a parsed value holds (its keys, its units to normalise) if it stays within every limit that
 * checkValueLimits enforces (depth, list length, text and key length, number of values); undefined if it
 * does not. One loop over a stack of what is still to walk (any depth: JSON.parse itself does not recurse,
 * and --max-depth may be raised into the thousands). A recursive walk ran faster in the interpreter, but
 * TurboFan inlined it into itself: it took about an eighth of the compile time of a 1,000-file batch, and
 * this loop makes the whole run about 3 % fewer instructions.
 *
 * The units a report normalises are found here because this walk visits every value anyway, where
 * normalisedUnits walked every document a second time for them (1,000 files: 1.3 % fewer instructions, and
 * V8 compiles one walk of ≈ 10 ms where it compiled two of ≈ 6 and ≈ 17 ms). So that they come out exactly
 * as that walk finds them (the report's sort keeps the order found for keys such as 1 and 01), the stack is
 * taken in document order (a container's entries are pushed so that the first comes off first), and a unit
 * to report is pushed among the entries of its object rather than taken at once.
 */
function walkWithinLimits(root: unknown, limits: InputLimits): WalkedValue | undefined {
  if (root === null || typeof root !== 'object') return scalarWithinLimits(root, limits) ? { value: root, keys: 0, units: undefined } : undefined;
  // The limits in locals, and the scalar tests written out: until V8 optimises this loop (most of a batch of
  // 1,000 files), each property read and each call is work done per value.
  const { maxDepth, maxArrayLength, maxStringLength } = limits;
  // Parallel stacks: what is still to walk (a container, or the text of a unit to report), its level, its key or position.
  const pending: unknown[] = [root];
  const levels: number[] = [1];
  const segments: Array<string | number> = [''];
  // The path to what was taken last: path[level - 2] is the segment of the value at that level.
  const path: Array<string | number> = [];
  const found: FoundUnits = [];
  // Every entry of a list or an object is a value, and so is the document.
  let values = 1;
  let keys = 0;
  while (pending.length > 0) {
    const value = pending.pop()!;
    const level = levels.pop()!;
    const segment = segments.pop()!;
    if (level > 1) path[level - 2] = segment;
    if (typeof value === 'string') {
      addFound(found, path.slice(0, level - 1), value, normalisedSpelling(value)!);
      continue;
    }
    if (level > maxDepth) return undefined;
    if (Array.isArray(value)) {
      if (value.length > maxArrayLength) return undefined;
      values += value.length;
      for (let index = value.length - 1; index >= 0; index--) {
        const entry: unknown = value[index];
        if (typeof entry === 'string') {
          if (entry.length > maxStringLength) return undefined;
        } else if (typeof entry === 'number') {
          if (!Number.isFinite(entry)) return undefined;
        } else if (entry !== null && typeof entry === 'object') {
          pending.push(entry);
          levels.push(level + 1);
          segments.push(index);
        }
      }
      continue;
    }
    const first = pending.length;
    for (const key in value) {
      if (key.length > maxStringLength) return undefined;
      keys++;
      const entry = (value as Record<string, unknown>)[key];
      if (typeof entry === 'string') {
        if (entry.length > maxStringLength) return undefined;
        if (key !== 'unit' || level > MAX_UNIT_LEVEL || normalisedSpelling(entry) === undefined) continue;
      } else if (typeof entry === 'number') {
        if (!Number.isFinite(entry)) return undefined;
        continue;
      } else if (entry === null || typeof entry !== 'object') continue;
      pending.push(entry);
      levels.push(level + 1);
      segments.push(key);
    }
    // The object's entries were pushed in order: turned round, the first comes off first.
    for (let low = first, high = pending.length - 1; low < high; low++, high--) {
      const entry = pending[low];
      pending[low] = pending[high];
      pending[high] = entry;
      const entryLevel = levels[low]!;
      levels[low] = levels[high]!;
      levels[high] = entryLevel;
      const entrySegment = segments[low]!;
      segments[low] = segments[high]!;
      segments[high] = entrySegment;
    }
  }
  return values + keys > limits.maxValues ? undefined : { value: root, keys, units: inReportOrder(found) };
}

/**
 * An upper bound of the number of keys written in valid JSON text: every quote, not escaped, followed by
 * a colon. Each key ends that way; a text value can only start that way (": ..."), which overcounts.
 */
function keysWritten(text: string): number {
  let keys = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    // Most keys end `":` with no backslash before the quote: counted without a call (most of a batch runs
    // this before V8 optimises it, and it runs once per key).
    const previous = text.charCodeAt(colon - 1);
    if (previous === QUOTE && text.charCodeAt(colon - 2) !== BACKSLASH) {
      keys++;
      continue;
    }
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

/**
 * Where each member value of the object at `start` begins, read from its text: the way to a member when
 * its key cannot be searched for.
 */
function membersOf(text: string, start: number): Map<string, number> {
  const members = new Map<string, number>();
  let index = skipSpace(text, start + 1);
  while (index < text.length && text.charCodeAt(index) !== CLOSE_BRACE) {
    const end = stringEnd(text, index);
    const key = keyText(text, index, end)!;
    const valueStart = afterColon(text, end);
    members.set(key, valueStart);
    index = skipSpace(text, valueEnd(text, valueStart));
    if (text.charCodeAt(index) === COMMA) index = skipSpace(text, index + 1);
  }
  return members;
}

/** Where entry `index` of the list at `start` begins; the value says the list has it. Only the entries before it are read. */
function entryStart(text: string, start: number, index: number): number {
  let at = skipSpace(text, start + 1);
  // Past each earlier entry, the white space after it, its comma and the white space after that.
  for (let entry = 0; entry < index; entry++) at = skipSpace(text, skipSpace(text, valueEnd(text, at)) + 1);
  return at;
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
 * How many objects within the members of `object` that come before `key` (from member `after` on, when
 * given) have that key too, or undefined when the members may not be in the order of the text (JSON.parse
 * puts integer-like keys first, so such a key would come first here).
 */
function sameKeyBefore(object: Record<string, unknown>, key: string, after?: string): number | undefined {
  // Only containers go on the stack, and lists are read by index: this walks large parts of a document for
  // most findings located, mostly in the interpreter, where a for-of loop makes an iterator result per entry.
  const stack: object[] = [];
  let first = true;
  let counting = after === undefined;
  for (const member in object) {
    if (first && isDigit(member.charCodeAt(0))) return undefined;
    first = false;
    if (member === key) break;
    if (member === after) counting = true;
    const value = object[member];
    if (counting && value !== null && typeof value === 'object') stack.push(value);
  }
  let count = 0;
  while (stack.length > 0) {
    const value = stack.pop()!;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const entry: unknown = value[index];
        if (entry !== null && typeof entry === 'object') stack.push(entry);
      }
      continue;
    }
    for (const member in value) {
      if (member === key) count++;
      const entry = (value as Record<string, unknown>)[member];
      if (entry !== null && typeof entry === 'object') stack.push(entry);
    }
  }
  return count;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * The member of `object` found already that comes last before `key`, and where its value begins: no key
 * token of this object lies between there and `key`'s own. Only where the members are in the order of the
 * text (see sameKeyBefore).
 */
function lastFoundBefore(object: Record<string, unknown>, key: string, found: Map<string, number | undefined>): { member: string; at: number } | undefined {
  let last: { member: string; at: number } | undefined;
  let first = true;
  for (const member in object) {
    if (first && isDigit(member.charCodeAt(0))) return undefined;
    first = false;
    if (member === key) break;
    const at = found.get(member);
    if (at !== undefined) last = { member, at };
  }
  return last;
}

/**
 * Where the value of key `key` of `object` (which opens at `start`) begins, found by searching for the key
 * as written instead of reading every member before it; undefined when the search cannot tell (the caller
 * then reads the object's members). The search starts past the value of the last member before `key`
 * found already (`found`: a report asks about a few members of a section, mostly in the order of the
 * text), or else at the object's start. The object has the key, so its key token is the first spelt that
 * way from there once those nested in the members in between are skipped. How many those are is asked of
 * the value, a walk through those members. At the top, where that walk would cover most of a document when
 * the key lies far from where the search started, a second search comes first there: when no other key
 * token spelt that way follows, the first one is this object's (one nested in an earlier member would leave
 * this object's own after it). A walk costs about twice what a search does for the same stretch of text
 * (measured on the bench files), hence the choice by twice the distance walked against the rest of the text.
 */
function searchMember(text: string, start: number, object: Record<string, unknown>, key: string, top: boolean, found: Map<string, number | undefined>): number | undefined {
  const token = `"${key}"`;
  const before = found.size > 0 ? lastFoundBefore(object, key, found) : undefined;
  const from = before ? before.at : start + 1;
  let colon = nextKey(text, token, from);
  if (colon === -1) return undefined;
  if (!top || 2 * (colon - from) < text.length - colon || nextKey(text, token, colon) !== -1) {
    const skip = sameKeyBefore(object, key, before?.member);
    if (skip === undefined) return undefined;
    for (let skipped = 0; skipped < skip && colon !== -1; skipped++) colon = nextKey(text, token, colon);
    if (colon === -1) return undefined;
  }
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
  const objects = new Map<number, Map<string, number>>();
  // Per object (by where it opens), its members searched for so far and where their values begin.
  const searched = new Map<number, Map<string, number | undefined>>();
  const root = skipSpace(text, 0);
  const lineOf = lineCounter(text, spelling?.column ?? sameText);
  // A key spelt with a \u escape would not be found by searching for it as written.
  let searchable = spelling && !spelling.unicodeEscapes;
  const membersAt = (start: number): Map<string, number> => {
    let members = objects.get(start);
    if (!members) objects.set(start, (members = membersOf(text, start)));
    return members;
  };
  const memberStart = (start: number, object: Record<string, unknown>, key: string): number | undefined => {
    searchable ??= !hasUnicodeEscape(text);
    if (searchable && SEARCHABLE_KEY.test(key)) {
      let members = searched.get(start);
      if (!members) searched.set(start, (members = new Map()));
      let found = members.get(key);
      if (!members.has(key)) members.set(key, (found = searchMember(text, start, object, key, start === root, members)));
      if (found !== undefined) return found;
    }
    return membersAt(start).get(key);
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
          next = entryStart(text, offset, index);
          node = node[index];
        } else {
          if (!Object.prototype.hasOwnProperty.call(node, segment)) break;
          next = memberStart(offset, node as Record<string, unknown>, segment);
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
export function parseJsonFast(text: string, limits: InputLimits, spelling?: JsonSpelling): { value: unknown; sourceMap: ParsedJsonSourceMap } | undefined {
  // A text longer than the limit on bytes is refused before it gets here; JSON.parse never recurses.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // JSON.parse keeps the last of two equal keys: fewer keys in the value than written means a duplicate.
  const walked = walkWithinLimits(value, limits);
  if (walked === undefined || walked.keys !== keysWritten(text)) return undefined;
  const { locate } = jsonTextSourceMap(text, value, spelling);
  const sourceMap: ParsedJsonSourceMap = { locate, walked };
  return { value, sourceMap };
}
