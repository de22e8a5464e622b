/** Finds the units a document spells in a non-canonical way, for the report (the document is not touched). */
import { canonicalUnit } from './units.js';
import { escapePointerSegment } from '../schema/pointer.js';

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
  const out: NormalisedUnit[] = [];
  const visit = (node: unknown, pointer: string, depth: number): void => {
    if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((entry, index) => visit(entry, `${pointer}/${index}`, depth + 1));
      return;
    }
    for (const key of Object.keys(node)) {
      const value = (node as Record<string, unknown>)[key];
      const here = `${pointer}/${escapePointerSegment(key)}`;
      if (key === 'unit' && typeof value === 'string') {
        const unit = canonicalUnit(value);
        if (unit !== undefined && unit !== value) out.push({ pointer: here, given: value, unit });
      } else {
        visit(value, here, depth + 1);
      }
    }
  };
  visit(document, '', 0);
  return out;
}
