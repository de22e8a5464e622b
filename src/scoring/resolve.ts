/**
 * Finds an item's value for one unit: the unit's own entry first (a preparation or arm entry), then the
 * section-level value shared by all units. Also reads the value's state.
 */
import type { ItemState } from '../report/types.js';
import { escapePointerSegment, getOwn, toPointer, isPlainObject } from '../schema/pointer.js';
import { unitEntry, type Unit, type UnitContainers } from './units.js';

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

/**
 * Every resolved value with the same keys in the same order (absent ones undefined): the scorer reads
 * these for every item of every unit, and one shape keeps those reads monomorphic in optimised code.
 */
function resolved(state: ResolvedValue['state'], value: unknown, pointer: string, reason: string | undefined): ResolvedValue {
  return { state, value, pointer, reason };
}

function readState(top: unknown): { state: 'not-applicable'; reason: string } | { state: 'not-reported' } | undefined {
  // Most values read are text or numbers: settled before any call.
  if (top === null || typeof top !== 'object' || !isPlainObject(top)) return undefined;
  if (Object.prototype.hasOwnProperty.call(top, 'notApplicable')) return { state: 'not-applicable', reason: String(top.notApplicable) };
  if (Object.prototype.hasOwnProperty.call(top, 'notReported')) return { state: 'not-reported' };
  return undefined;
}

/** The pointer of a path below its holder, and of its first segment (where a declared state sits). */
export interface PathPointers {
  whole: string;
  first: string;
}

export function pathPointers(path: readonly string[]): PathPointers {
  return { whole: toPointer(path), first: `/${escapePointerSegment(path[0]!)}` };
}

/**
 * An item's path with the pointers that do not depend on the document: below any holder, and below its
 * section (where most values are found, so these are never built again per document).
 */
export interface ResolvePlan {
  section: string;
  path: readonly string[];
  pointers: PathPointers;
  /** `/section`. */
  sectionPointer: string;
  /** `/section` followed by the path, and by its first segment. */
  inSection: PathPointers;
}

export function resolvePlan(section: string, path: readonly string[], pointers: PathPointers = pathPointers(path)): ResolvePlan {
  const sectionPointer = `/${escapePointerSegment(section)}`;
  return { section, path, pointers, sectionPointer, inSection: { whole: `${sectionPointer}${pointers.whole}`, first: `${sectionPointer}${pointers.first}` } };
}

/** `full`: the holder's pointer followed by `pointers`, when known beforehand (a section's). */
function lookIn(holder: unknown, holderPointer: string, path: readonly string[], pointers: PathPointers, full?: PathPointers): ResolvedValue | undefined {
  const top = getOwn(holder, path[0]!);
  if (top === undefined) return undefined;
  const declared = readState(top);
  if (declared) {
    const pointer = full ? full.first : `${holderPointer}${pointers.first}`;
    return resolved(declared.state, undefined, pointer, declared.state === 'not-applicable' ? declared.reason : undefined);
  }
  let value: unknown = top;
  for (let index = 1; index < path.length; index++) {
    value = getOwn(value, path[index]!);
    // 1.1: a field deeper in a value can be declared not reported or not applicable (detail states);
    // for an item that reads that field (e.g. trialRegistration/status) it is the item's own state.
    const deeper = readState(value);
    if (deeper) {
      const pointer = `${holderPointer}${toPointer(path.slice(0, index + 1))}`;
      return resolved(deeper.state, undefined, pointer, deeper.state === 'not-applicable' ? deeper.reason : undefined);
    }
  }
  const here = full ? full.whole : `${holderPointer}${pointers.whole}`;
  return value === undefined ? resolved('missing', undefined, here, undefined) : resolved('value', value, here, undefined);
}

/** The value of a planned path for a unit whose own entry (if any) is `own`. */
export function resolvePlanned(document: Json, plan: ResolvePlan, own: { entry: Json; pointer: string } | undefined): ResolvedValue {
  if (own) {
    const found = lookIn(own.entry, own.pointer, plan.path, plan.pointers);
    if (found) return found;
  }
  return lookIn(getOwn(document, plan.section), plan.sectionPointer, plan.path, plan.pointers, plan.inSection) ?? resolved('missing', undefined, own ? `${own.pointer}${plan.pointers.whole}` : plan.inSection.whole, undefined);
}

/** `pointers` may be passed in by callers that resolve the same path again and again. */
export function resolveValue(
  document: Json,
  section: string,
  path: readonly string[],
  unit: Unit,
  pointers: PathPointers = pathPointers(path),
  containers?: UnitContainers,
): ResolvedValue {
  return resolvePlanned(document, resolvePlan(section, path, pointers), unitEntry(document, section, unit, containers));
}

/** The `value` field of a vocabulary item, e.g. storage.form → "frozen". */
export function vocabularyValue(resolved: ResolvedValue): string | undefined {
  const value = resolved.state === 'value' ? getOwn(resolved.value, 'value') : undefined;
  return typeof value === 'string' ? value : undefined;
}
