/**
 * Where a form field's value lives. A per-preparation value in storage is matched by `preparationId`, not
 * by its position in `storage.preparations`, so fields are addressed by section, unit id and path: the
 * address stays the same when entries are added, reordered or written in another order.
 */
import { SECTION_KEYS, type SectionKey } from '../report/types.js';
import type { UnitContainer } from '../schema/facts.js';
import { getOwn, isPlainObject } from '../schema/pointer.js';
import type { UnitKind } from './model.js';

export interface FieldAddress {
  section: SectionKey;
  /** The preparation or arm whose own value this is; absent for the section-level value all units share. */
  unit?: { kind: UnitKind; id: string };
  /** Path inside the section (or inside the unit's entry in that section); numbers index lists. */
  path: Array<string | number>;
}

function escape(segment: string | number): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1').replaceAll('@', '~2');
}

function unescape(segment: string): string {
  return segment.replaceAll('~2', '@').replaceAll('~1', '/').replaceAll('~0', '~');
}

/**
 * The address as one string: `storage/temperature/value`, `storage@preparation:ev/temperature/value`,
 * `doseAdministration@arm:high/dose/amounts/0/unit`. Stable across reordering; used as `data-field`.
 */
export function addressKey(address: FieldAddress): string {
  const unit = address.unit ? `@${address.unit.kind}:${escape(address.unit.id)}` : '';
  return `${address.section}${unit}${address.path.map((segment) => `/${escape(segment)}`).join('')}`;
}

/** The part before the first `/`: the section and, for a unit's field, `@kind:id`. */
const HEAD = /^([a-zA-Z]+)(?:@(preparation|arm):(.+))?$/;

/** The address of an `addressKey` string; undefined when the string is not one. Numeric segments become list indexes. */
export function parseAddressKey(key: string): FieldAddress | undefined {
  // Split at the first "/" rather than match the path with a repeated group: linear on any input.
  const slash = key.indexOf('/');
  const match = HEAD.exec(slash === -1 ? key : key.slice(0, slash));
  if (!match || !(SECTION_KEYS as readonly string[]).includes(match[1]!)) return undefined;
  const path = slash === -1 ? [] : key.slice(slash + 1).split('/').map((segment) => (/^(0|[1-9][0-9]{0,8})$/.test(segment) ? Number(segment) : unescape(segment)));
  return {
    section: match[1] as SectionKey,
    ...(match[2] ? { unit: { kind: match[2] as UnitKind, id: unescape(match[3]!) } } : {}),
    path,
  };
}

/** An HTML id for the field's control: letters, digits, `-` and `_` only, one-to-one with the address. */
export function domId(address: FieldAddress): string {
  return `f-${addressKey(address).replace(/[^A-Za-z0-9-]/g, (char) => `_${char.codePointAt(0)!.toString(16)}_`)}`;
}

/** The list of a section that holds per-unit entries for this kind of unit, if it has one. */
export function unitList(containers: Readonly<Record<string, UnitContainer>>, section: string, kind: UnitKind): UnitContainer | undefined {
  const container = containers[section];
  return container && container.unit === kind ? container : undefined;
}

/** The position of a unit's entry in a section's list (by its id field), or -1. */
export function unitIndex(document: unknown, section: string, container: UnitContainer, id: string): number {
  const list = getOwn(getOwn(document, section), container.container);
  return Array.isArray(list) ? list.findIndex((entry) => isPlainObject(entry) && entry[container.idField] === id) : -1;
}

export type DocumentPath = Array<string | number>;

/**
 * The path in the document of an address, or why there is none: an unknown unit, or a section without
 * per-unit entries for that kind. `create`: for an override list (storage.preparations…), the path of a
 * new entry when the unit has none yet (the caller adds `{ preparationId }` there first).
 */
export function documentPath(
  document: unknown,
  containers: Readonly<Record<string, UnitContainer>>,
  address: FieldAddress,
): { ok: true; path: DocumentPath; newEntry?: Record<string, string> } | { ok: false; code: 'unknown-unit' | 'no-unit-list'; message: string } {
  if (!address.unit) return { ok: true, path: [address.section, ...address.path] };
  const { kind, id } = address.unit;
  const container = unitList(containers, address.section, kind);
  if (!container) return { ok: false, code: 'no-unit-list', message: `${address.section} has no per-${kind} values in this schema version; give the value for the whole study.` };
  const declaring = containers[kind === 'preparation' ? 'production' : 'doseAdministration']!;
  const declared = unitIndex(document, kind === 'preparation' ? 'production' : 'doseAdministration', declaring, id);
  if (declared < 0) return { ok: false, code: 'unknown-unit', message: `there is no ${kind} "${id}"; add it first.` };
  const index = unitIndex(document, address.section, container, id);
  if (index >= 0) return { ok: true, path: [address.section, container.container, index, ...address.path] };
  const list = getOwn(getOwn(document, address.section), container.container);
  const next = Array.isArray(list) ? list.length : 0;
  return { ok: true, path: [address.section, container.container, next, ...address.path], newEntry: { [container.idField]: id } };
}
