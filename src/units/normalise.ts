/** Finds the units a document spells in a non-canonical way, for the report (the document is not touched). */
import { canonicalUnit } from './units.js';
import { escapePointerSegment, toPointer } from '../schema/pointer.js';
import { SECTION_KEYS, type SectionKey } from '../report/types.js';

export interface NormalisedUnit {
  /** Pointer of the `unit` field. */
  pointer: string;
  /** As written. */
  given: string;
  /** As the report shows it. */
  unit: string;
}

const MAX_DEPTH = 64;

export function normalisedUnits(document: unknown): NormalisedUnit[] {
  // Each unit with the segments of its pointer, so sorting compares segments without parsing pointers.
  const out: Array<{ unit: NormalisedUnit; segments: string[] }> = [];
  // The path to the current node; a pointer is built from it only for a unit that is reported.
  const path: Array<string | number> = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const entry: unknown = node[index];
        if (entry === null || typeof entry !== 'object') continue;
        path.push(index);
        visit(entry, depth + 1);
        path.pop();
      }
      return;
    }
    // Indexed rather than for-of: run by the interpreter (as most of a batch of 1,000 documents is), a for-of
    // loop allocates an iterator result per key, and this visits every key of every document.
    const keys = Object.keys(node);
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      const value = (node as Record<string, unknown>)[key];
      if (key === 'unit' && typeof value === 'string') {
        const unit = canonicalUnit(value);
        if (unit !== undefined && unit !== value) {
          out.push({ unit: { pointer: `${toPointer(path)}/${escapePointerSegment(key)}`, given: value, unit }, segments: [...path.map(String), key] });
        }
      } else if (value !== null && typeof value === 'object') {
        path.push(key);
        visit(value, depth + 1);
        path.pop();
      }
    }
  };
  visit(document, 0);
  // In a fixed order, so the same data gives the same report whatever the order of its keys.
  return out.sort((a, b) => compareSegments(a.segments, b.segments)).map((entry) => entry.unit);
}

/** Segment by segment: sections in report order, list positions as numbers, other keys as text. */
function compareSegments(left: readonly string[], right: readonly string[]): number {
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index]!;
    const y = right[index]!;
    if (x === y) continue;
    if (index === 0) {
      const rank = (key: string): number => ((SECTION_KEYS as readonly string[]).includes(key) ? SECTION_KEYS.indexOf(key as SectionKey) : SECTION_KEYS.length);
      if (rank(x) !== rank(y)) return rank(x) - rank(y);
    }
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}
