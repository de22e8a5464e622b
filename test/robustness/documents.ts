/**
 * Study documents for property tests, built from the checklist items' own `example` values: any subset of
 * items, each as its example, `{ notApplicable }` or `{ notReported }`, at section level or per
 * preparation and arm.
 */
import fc from 'fast-check';
import { builtinChecklist, itemPath } from '../../src/checklist/checklist.js';
import type { ChecklistItem } from '../../src/checklist/model.js';
import { allowedKeys, ITEM_DEFS, UNIT_CONTAINERS } from '../../src/schema/schema.js';

type Json = Record<string, unknown>;

export const ITEMS: readonly ChecklistItem[] = builtinChecklist('1.0').items;

/** Whether the item may carry `{ notApplicable }` / `{ notReported }` (its schema definition has those states). */
export function hasStates(item: ChecklistItem): boolean {
  return ITEM_DEFS[item.section]?.[itemPath(item)[0]!] !== undefined;
}

export type ItemValue = { kind: 'example' } | { kind: 'notApplicable'; reason: string } | { kind: 'notReported' };

export function valueOf(item: ChecklistItem, value: ItemValue): unknown {
  if (value.kind === 'notApplicable' && hasStates(item)) return { notApplicable: value.reason };
  if (value.kind === 'notReported' && hasStates(item)) return { notReported: true };
  return structuredClone(item.example);
}

export const itemValue: fc.Arbitrary<ItemValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<ItemValue>({ kind: 'example' }) },
  { weight: 1, arbitrary: fc.string({ minLength: 3, maxLength: 40 }).map((reason): ItemValue => ({ kind: 'notApplicable', reason })) },
  { weight: 1, arbitrary: fc.constant<ItemValue>({ kind: 'notReported' }) },
);

/** Sets an item's value at section level in a document (written in place). */
export function setItem(document: Json, item: ChecklistItem, value: unknown): void {
  const path = itemPath(item);
  let holder = (document[item.section] ??= {}) as Json;
  for (const segment of path.slice(0, -1)) holder = (holder[segment] ??= {}) as Json;
  holder[path.at(-1)!] = value;
}

export interface DocumentPlan {
  /** Item index (into ITEMS) → its value, at section level. */
  items: Array<[number, ItemValue]>;
}

/** A document of section-level values for a subset of the items. */
export function buildDocument(plan: DocumentPlan): Json {
  const document: Json = { checklistVersion: '1.0' };
  for (const [index, value] of plan.items) setItem(document, ITEMS[index]!, valueOf(ITEMS[index]!, value));
  return document;
}

/** Any subset of items, each with a value. */
export const documentPlan: fc.Arbitrary<DocumentPlan> = fc
  .subarray(
    ITEMS.map((_, index) => index),
    { minLength: 0 },
  )
  .chain((indices) => fc.tuple(...indices.map((index) => itemValue.map((value): [number, ItemValue] => [index, value]))))
  .map((items) => ({ items }));

/** A document with preparations and arms: per-unit values in production.preparations, other sections' override lists and doseAdministration.arms. */
export const unitDocument: fc.Arbitrary<Json> = fc
  .record({
    base: documentPlan,
    preparations: fc.integer({ min: 1, max: 3 }),
    arms: fc.integer({ min: 1, max: 4 }),
    perUnit: fc.array(fc.tuple(fc.nat(ITEMS.length - 1), fc.nat(5), itemValue), { maxLength: 25 }),
    armPreparation: fc.array(fc.nat(2), { minLength: 4, maxLength: 4 }),
  })
  .map(({ base, preparations, arms, perUnit, armPreparation }) => {
    const document = buildDocument(base);
    const production = (document.production ??= {}) as Json;
    production.preparations = Array.from({ length: preparations }, (_, index) => ({ id: `p${index + 1}`, label: `Preparation ${index + 1}` }));
    const dose = (document.doseAdministration ??= {}) as Json;
    dose.arms = Array.from({ length: arms }, (_, index) => ({ id: `a${index + 1}`, preparationId: `p${(armPreparation[index]! % preparations) + 1}` }));
    for (const [itemIndex, unitIndex, value] of perUnit) {
      const item = ITEMS[itemIndex]!;
      const container = UNIT_CONTAINERS[item.section];
      const key = itemPath(item)[0]!;
      if (!container || item.scope === 'study' || itemPath(item).length > 1) continue;
      if (!allowedKeys([item.section, container.container, '0']).includes(key)) continue;
      const section = (document[item.section] ??= {}) as Json;
      const list = (section[container.container] ??= []) as Json[];
      if (container.unit === 'arm' || item.section === 'production') {
        const entry = list[unitIndex % list.length];
        if (entry) entry[key] = valueOf(item, value);
      } else {
        const id = `p${(unitIndex % preparations) + 1}`;
        let entry = list.find((candidate) => candidate.preparationId === id);
        if (!entry) list.push((entry = { preparationId: id }));
        entry[key] = valueOf(item, value);
      }
    }
    return document;
  });

/** Every pointer to a value in `value` (the root included), for replacing one at random. */
export function pointersOf(value: unknown, base: string[] = [], out: string[][] = []): string[][] {
  out.push(base);
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) pointersOf(child, [...base, key], out);
  }
  return out;
}

/** A copy of `document` with the value at `path` replaced. */
export function replaceAt(document: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(document) as Json;
  let holder = copy;
  for (const segment of path.slice(0, -1)) holder = holder[segment] as Json;
  holder[path.at(-1)!] = replacement;
  return copy;
}

/** The same data with every object's keys in another order (a seeded shuffle), optionally the arms too. */
export function reorder(value: unknown, random: () => number, reorderArms: boolean, path: string[] = []): unknown {
  if (Array.isArray(value)) {
    const entries = value.map((entry, index) => reorder(entry, random, reorderArms, [...path, String(index)]));
    const isArms = path.length === 2 && path[0] === 'doseAdministration' && path[1] === 'arms';
    return reorderArms && isArms ? shuffle(entries, random) : entries;
  }
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const key of shuffle(Object.keys(value), random)) {
    // defineProperty, so a "__proto__" key stays a key.
    Object.defineProperty(out, key, { value: reorder((value as Json)[key], random, reorderArms, [...path, key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let index = out.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [out[index], out[other]] = [out[other]!, out[index]!];
  }
  return out;
}

/** A seeded pseudo-random generator (mulberry32), so a shrunk counterexample replays. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
