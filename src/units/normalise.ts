/** Finds the units a document spells in a non-canonical way, for the report (the document is not touched). */
import { canonicalUnit } from './units.js';
import { toPointer } from '../schema/pointer.js';
import { SECTION_KEYS } from '../report/types.js';

export interface NormalisedUnit {
  /** Pointer of the `unit` field. */
  pointer: string;
  /** As written. */
  given: string;
  /** As the report shows it. */
  unit: string;
}

/** Objects nested deeper than this many levels (the document is level 1) are not searched for units. */
export const MAX_UNIT_LEVEL = 65;

/** Units as a walk finds them, each with the segments of its pointer (so sorting compares segments without parsing pointers). */
export type FoundUnits = Array<{ unit: NormalisedUnit; segments: Array<string | number> }>;

/** How the report shows a unit spelt `given`, when that is not `given` itself; undefined otherwise. */
export function normalisedSpelling(given: string): string | undefined {
  const unit = canonicalUnit(given);
  return unit !== undefined && unit !== given ? unit : undefined;
}

/** Adds the unit at `segments` (a list of its own, ending with the key `unit`), spelt `given`, shown as `unit`. */
export function addFound(found: FoundUnits, segments: Array<string | number>, given: string, unit: string): void {
  found.push({ unit: { pointer: toPointer(segments), given, unit }, segments });
}

/**
 * Found units in report order; undefined when there are none (an empty list and a list of units are arrays
 * of different kinds to V8, and checking the length of both threw away the validator's optimised code).
 * Sorted from the order a walk in document order meets them (the sort is stable), whichever walk found them.
 */
export function inReportOrder(found: FoundUnits): NormalisedUnit[] | undefined {
  if (found.length === 0) return undefined;
  // In a fixed order, so the same data gives the same report whatever the order of its keys.
  return found.sort((a, b) => compareSegments(a.segments, b.segments)).map((entry) => entry.unit);
}

/**
 * The units a document spells in a non-canonical way, in report order; undefined when there are none. For
 * a document fresh from the fast JSON parser, the walk that parser makes for its limits has found them already
 * (json-fast.ts), and validateParsed takes them from there.
 */
export function normalisedUnits(document: unknown): NormalisedUnit[] | undefined {
  const found: FoundUnits = [];
  // The path to the current node; a pointer is built from it only for a unit that is reported.
  const path: Array<string | number> = [];
  const visit = (node: unknown, level: number): void => {
    if (level > MAX_UNIT_LEVEL || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const entry: unknown = node[index];
        if (entry === null || typeof entry !== 'object') continue;
        path.push(index);
        visit(entry, level + 1);
        path.pop();
      }
      return;
    }
    // for-in rather than Object.keys: no array of keys made per object (V8 reads its enum cache), which in the
    // interpreter, where most of a batch of 1,000 documents runs, made this walk about twice as dear. A document
    // is plain data (JSON.parse, the YAML reader or the copy validate makes): no enumerable key is inherited.
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key];
      if (key === 'unit' && typeof value === 'string') {
        const unit = normalisedSpelling(value);
        if (unit !== undefined) {
          const segments = path.slice();
          segments.push(key);
          addFound(found, segments, value, unit);
        }
      } else if (value !== null && typeof value === 'object') {
        path.push(key);
        visit(value, level + 1);
        path.pop();
      }
    }
  };
  visit(document, 1);
  return inReportOrder(found);
}

/** Each section's position in report order; any other first segment comes after them. */
const SECTION_RANK = new Map<string | number, number>(SECTION_KEYS.map((key, index) => [key, index]));

const rankOf = (segment: string | number): number => SECTION_RANK.get(segment) ?? SECTION_KEYS.length;

/** Whether a key is a non-negative integer written in digits only (such keys sort as numbers). */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * Segment by segment: sections in report order, list positions (and keys written in digits) as numbers,
 * other keys as text. Two paths that agree up to a segment lead to the same value there, so the segments
 * compared are both list positions or both keys. Positions stay numbers and the section ranks are looked
 * up, rather than matched with a regular expression (the sort was a sixth of this module's instructions).
 */
function compareSegments(left: ReadonlyArray<string | number>, right: ReadonlyArray<string | number>): number {
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index++) {
    const x = left[index]!;
    const y = right[index]!;
    if (x === y) continue;
    if (index === 0 && rankOf(x) !== rankOf(y)) return rankOf(x) - rankOf(y);
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    const a = String(x);
    const b = String(y);
    if (isDigits(a) && isDigits(b)) return Number(a) - Number(b);
    return a < b ? -1 : 1;
  }
  return left.length - right.length;
}
