/**
 * Finds an item's value for one unit: the unit's own entry first (a preparation or arm entry), then the
 * section-level value shared by all units. Also reads the value's state.
 */
import type { ItemState } from '../report/types.js';
import { getOwn, toPointer } from '../schema/pointer.js';
import { unitEntry, type Unit } from './units.js';

type Json = Record<string, unknown>;

export interface ResolvedValue {
  state: Exclude<ItemState, 'invalid'>;
  /** The value (for the `value` state). */
  value?: unknown;
  /** Where the value is, or where it belongs when missing. */
  pointer: string;
  /** The author's reason, for `notApplicable`. */
  reason?: string;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readState(top: unknown): { state: 'not-applicable'; reason: string } | { state: 'not-reported' } | undefined {
  if (!isObject(top)) return undefined;
  if (Object.prototype.hasOwnProperty.call(top, 'notApplicable')) return { state: 'not-applicable', reason: String(top.notApplicable) };
  if (Object.prototype.hasOwnProperty.call(top, 'notReported')) return { state: 'not-reported' };
  return undefined;
}

export function resolveValue(document: Json, section: string, path: readonly string[], unit: Unit): ResolvedValue {
  const [first, ...rest] = path as [string, ...string[]];
  const own = unitEntry(document, section, unit);
  const sectionValue = getOwn(document, section);
  const holders: Array<{ holder: unknown; pointer: string }> = [
    ...(own ? [{ holder: own.entry, pointer: own.pointer }] : []),
    { holder: sectionValue, pointer: toPointer([section]) },
  ];
  for (const { holder, pointer } of holders) {
    const top = getOwn(holder, first);
    if (top === undefined) continue;
    const declared = readState(top);
    if (declared) return { ...declared, pointer: `${pointer}${toPointer([first])}` };
    let value: unknown = top;
    for (const segment of rest) value = getOwn(value, segment);
    const here = `${pointer}${toPointer(path as string[])}`;
    return value === undefined ? { state: 'missing', pointer: here } : { state: 'value', value, pointer: here };
  }
  return { state: 'missing', pointer: `${own ? own.pointer : toPointer([section])}${toPointer(path as string[])}` };
}

/** The `value` field of a vocabulary item, e.g. storage.form → "frozen". */
export function vocabularyValue(resolved: ResolvedValue): string | undefined {
  const value = resolved.state === 'value' ? getOwn(resolved.value, 'value') : undefined;
  return typeof value === 'string' ? value : undefined;
}
