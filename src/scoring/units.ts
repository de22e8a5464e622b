/**
 * The units an item can be reported per: the study as a whole, each preparation, each treatment arm.
 * A document without a `preparations` or `arms` list has one implicit unit, reported at section level.
 */
import type { UnitContainer } from '../schema/facts.js';
import { getOwn, toPointer, isPlainObject } from '../schema/pointer.js';
import { UNIT_CONTAINERS } from '../schema/schema.js';

type Json = Record<string, unknown>;

/** Per section, the list its per-unit entries live in (the document version's; 1.0's by default). */
export type UnitContainers = Readonly<Record<string, UnitContainer>>;

export interface Unit {
  kind: 'study' | 'preparation' | 'arm';
  /** Position in its list, or undefined for the implicit unit. */
  index?: number;
  /** The id the document gives it. */
  id?: string;
  label?: string;
  /** For an arm: the preparation it received, when that can be told. */
  preparation?: Unit;
}


/**
 * Every unit with the same keys in the same order (absent ones undefined): the scorer reads units of every
 * kind at the same places, and one shape keeps those reads monomorphic in V8's optimised code.
 */
function unit(kind: Unit['kind'], index: number | undefined, id: string | undefined, label: string | undefined, preparation: Unit | undefined): Unit {
  return { kind, index, id, label, preparation };
}

/** The study as a whole, the unit of study-wide items (shared, never written to). */
export const STUDY_UNIT: Unit = unit('study', undefined, undefined, undefined, undefined);

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function entries(document: Json, section: string): Json[] | undefined {
  // Preparations and arms are declared in production and doseAdministration, the same in every version.
  const container = UNIT_CONTAINERS[section];
  const list = container ? getOwn(getOwn(document, section), container.container) : undefined;
  return Array.isArray(list) ? list.map((entry) => (isPlainObject(entry) ? entry : {})) : undefined;
}

export function preparationsOf(document: Json): Unit[] {
  const list = entries(document, 'production');
  if (!list || list.length === 0) return [unit('preparation', undefined, undefined, undefined, undefined)];
  return list.map((entry, index) => unit('preparation', index, text(entry.id), text(entry.label), undefined));
}

export function armsOf(document: Json, preparations: Unit[]): Unit[] {
  const list = entries(document, 'doseAdministration');
  const only = preparations.length === 1 ? preparations[0] : undefined;
  if (!list || list.length === 0) return [unit('arm', undefined, undefined, undefined, only)];
  return list.map((entry, index) => {
    const wanted = text(entry.preparationId);
    const preparation = wanted !== undefined ? preparations.find((candidate) => candidate.id === wanted) : only;
    return unit('arm', index, text(entry.id), text(entry.label), preparation);
  });
}

/** The object that holds this unit's own values in `section`, and its pointer; undefined when there is none. */
export function unitEntry(document: Json, section: string, unit: Unit, containers: UnitContainers = UNIT_CONTAINERS): { entry: Json; pointer: string } | undefined {
  if (unit.index === undefined) return undefined;
  const container = containers[section];
  if (!container) return undefined;
  const list = getOwn(getOwn(document, section), container.container);
  if (!Array.isArray(list)) return undefined;
  // The declaring list (production.preparations, doseAdministration.arms) is indexed directly; the
  // per-preparation override lists of other sections are matched by preparationId.
  const declares = (section === 'production' && unit.kind === 'preparation') || (section === 'doseAdministration' && unit.kind === 'arm');
  const index = declares
    ? unit.index
    : unit.id === undefined
      ? -1
      : list.findIndex((entry) => isPlainObject(entry) && entry[container.idField] === unit.id);
  const entry = index >= 0 ? list[index] : undefined;
  return isPlainObject(entry) ? { entry, pointer: toPointer([section, container.container, index]) } : undefined;
}

/** How a finding names the unit: ` for preparation "ev"`, ` in arm 3 ("high dose")`. */
export function describeUnit(unit: Unit): string {
  if (unit.index === undefined) return '';
  const name = unit.label ?? unit.id;
  if (unit.kind === 'preparation') return ` for preparation ${unit.index + 1}${name ? ` ("${name}")` : ''}`;
  if (unit.kind === 'arm') return ` in arm ${unit.index + 1}${name ? ` ("${name}")` : ''}`;
  return '';
}

/** A short name of the unit, for ledgers. */
export function unitName(unit: Unit): string {
  if (unit.index === undefined) return unit.kind === 'study' ? 'study' : `${unit.kind} (all)`;
  return `${unit.kind} ${unit.index + 1}${unit.id ? ` (${unit.id})` : ''}`;
}
