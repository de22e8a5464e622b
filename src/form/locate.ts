/**
 * From a finding's pointer to the form field that shows it: which section to open, which preparation or
 * arm, which item, and the field's address (and so its `data-field` and HTML id).
 */
import type { SectionKey } from '../report/types.js';
import { SECTION_KEYS } from '../report/types.js';
import { getOwn, isPlainObject, parsePointer } from '../schema/pointer.js';
import { documentVersion, schemaVersion } from '../schema/versions.js';
import { addressKey, domId, type FieldAddress } from './address.js';
import type { FormModel, UnitKind } from './model.js';

export interface FieldLocation {
  section: SectionKey;
  /** The preparation or arm to open (its position in its declaring list, and its id). */
  unit?: { kind: UnitKind; index: number; id: string };
  /** The item whose field shows the value (for a shared field, the item that owns it), when the pointer is inside one. */
  itemId?: string;
  /** The field's address, down to the deepest field the pointer names. */
  address: FieldAddress;
  /** `addressKey(address)`: the control's `data-field`. */
  key: string;
  /** `domId(address)`: the control's HTML id. */
  domId: string;
}

const DECLARING: Record<UnitKind, { section: string; container: string }> = {
  preparation: { section: 'production', container: 'preparations' },
  arm: { section: 'doseAdministration', container: 'arms' },
};

/**
 * The field that shows the value at `pointer` (a finding's), or undefined for a pointer outside every
 * section (e.g. `/checklistVersion`) or into a list entry that names no unit.
 */
export function fieldForPointer(document: unknown, pointer: string, model?: FormModel): FieldLocation | undefined {
  const segments = parsePointer(pointer);
  const section = segments[0] as SectionKey | undefined;
  if (section === undefined || !(SECTION_KEYS as readonly string[]).includes(section)) return undefined;
  const containers = schemaVersion(documentVersion(document)).unitContainers;
  const container = containers[section];
  let rest = segments.slice(1);
  let holder: unknown = getOwn(document, section);
  let unit: FieldLocation['unit'];
  if (container && rest[0] === container.container && rest.length >= 2) {
    const entry = getOwn(getOwn(holder, container.container), Number(rest[1]));
    const id = getOwn(entry, container.idField);
    if (typeof id !== 'string') return undefined;
    const declaring = DECLARING[container.unit];
    const list = getOwn(getOwn(document, declaring.section), declaring.container);
    const index = Array.isArray(list) ? list.findIndex((candidate) => isPlainObject(candidate) && candidate.id === id) : -1;
    if (index < 0) return undefined;
    unit = { kind: container.unit, index, id };
    holder = entry;
    rest = rest.slice(2);
  }
  // List positions are numbers in an address; keys that look like numbers stay keys.
  const path: Array<string | number> = [];
  let node = holder;
  for (const segment of rest) {
    const index = Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : undefined;
    path.push(index ?? segment);
    node = getOwn(node, index ?? segment);
  }
  const address: FieldAddress = { section, ...(unit ? { unit: { kind: unit.kind, id: unit.id } } : {}), path };
  const names = path.map(String);
  const item = model?.sections
    .find((candidate) => candidate.key === section)
    ?.items.filter((candidate) => candidate.sharedWith === undefined && candidate.path.every((part, at) => names[at] === part))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return { section, ...(unit ? { unit } : {}), ...(item ? { itemId: item.id } : {}), address, key: addressKey(address), domId: domId(address) };
}
