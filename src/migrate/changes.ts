/**
 * What changed between two checklist versions, read from the built-in checklist data and the two schemas
 * (never written by hand, so it cannot go stale): items added and removed; for items in both, changes of
 * level, weight, applicability, expected details, title and where the value lives; and the words each
 * vocabulary gained or lost.
 */
import { effectiveWeight, type Checklist } from '../checklist/checklist.js';
import { describeCondition, describeWhen } from '../checklist/describe.js';
import type { ChecklistItem } from '../checklist/model.js';
import { checklistOf, schemaOf, type ChecklistVersion } from './versions.js';

/** The aspects of an item that can change, in the order they are listed. */
export const ITEM_ASPECTS = ['title', 'level', 'weight', 'applies', 'per', 'field', 'expects'] as const;
export type ItemAspect = (typeof ITEM_ASPECTS)[number];

export interface ItemSummary {
  id: string;
  title: string;
  /** Level with its escalations, in words: "recommended; essential when …". */
  level: string;
  /** Effective weight at the item's own level. */
  weight: number;
  applies: string;
}

export interface AspectChange {
  aspect: ItemAspect;
  from: string;
  to: string;
}

export interface ItemChange {
  id: string;
  title: string;
  changes: AspectChange[];
}

export interface VocabularyChange {
  /** Where the words are used in a document, as a slash path (`*`: every list entry). */
  field: string;
  added: string[];
  removed: string[];
  /** The field (with its vocabulary) is new in `to`. */
  newField: boolean;
}

export interface ChecklistChanges {
  from: string;
  to: string;
  added: ItemSummary[];
  removed: ItemSummary[];
  changed: ItemChange[];
  vocabulary: VocabularyChange[];
}

function levelWords(item: ChecklistItem): string {
  return [item.level, ...(item.levelWhen ?? []).map((rule) => `${rule.level} ${describeWhen(rule.when)}`)].join('; ');
}

function expectsWords(item: ChecklistItem): string {
  const details = item.expects ?? [];
  if (details.length === 0) return 'none';
  return details
    .map((detail) => {
      const when = detail.when ? ` (when ${detail.when.path}${'equals' in detail.when && detail.when.equals !== undefined ? ` is ${String(detail.when.equals)}` : detail.when.in ? ` is one of ${detail.when.in.join(', ')}` : detail.when.min !== undefined ? ` ≥ ${detail.when.min}` : ' is given'})` : '';
      return `${detail.label}${when}`;
    })
    .join('; ');
}

function aspects(item: ChecklistItem): Record<ItemAspect, string> {
  return {
    title: item.title,
    level: levelWords(item),
    weight: String(effectiveWeight(item)),
    applies: describeCondition(item.appliesWhen),
    per: item.scope,
    field: `${item.section}/${item.path ?? item.id.slice(item.id.indexOf('.') + 1)}`,
    expects: expectsWords(item),
  };
}

function summary(item: ChecklistItem): ItemSummary {
  return { id: item.id, title: item.title, level: levelWords(item), weight: effectiveWeight(item), applies: describeCondition(item.appliesWhen) };
}

type Json = Record<string, unknown>;

/**
 * Every string enum in a schema, by the document path it applies at. Per-preparation and per-arm entries
 * repeat their section's fields, so `section/preparations/*` and `section/arms/*` are folded into the section.
 */
export function vocabularies(schema: Json): Map<string, Set<string>> {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  const found = new Map<string, Set<string>>();
  const visit = (node: unknown, path: string[], refs: string[]): void => {
    if (node === null || typeof node !== 'object' || refs.length > 40) return;
    const schemaNode = node as Json;
    const ref = schemaNode.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
      const name = ref.slice('#/$defs/'.length);
      if (!refs.includes(name)) visit(defs[name], path, [...refs, name]);
    }
    if (Array.isArray(schemaNode.enum)) {
      const words = schemaNode.enum.filter((word): word is string => typeof word === 'string');
      const key = fold(path);
      const set = found.get(key) ?? new Set<string>();
      for (const word of words) set.add(word);
      if (words.length > 0) found.set(key, set);
    }
    for (const [key, child] of Object.entries((schemaNode.properties ?? {}) as Json)) visit(child, [...path, key], refs);
    if (schemaNode.items) visit(schemaNode.items, [...path, '*'], refs);
    for (const combinator of ['anyOf', 'oneOf', 'allOf'] as const) {
      const branches = schemaNode[combinator];
      if (Array.isArray(branches)) for (const branch of branches) visit(branch, path, refs);
    }
    for (const keyword of ['if', 'then', 'else'] as const) if (schemaNode[keyword]) visit(schemaNode[keyword], path, refs);
  };
  visit(schema, [], []);
  return found;
}

function fold(path: string[]): string {
  const folded = path.length >= 3 && (path[1] === 'preparations' || path[1] === 'arms') && path[2] === '*' ? [path[0]!, ...path.slice(3)] : path;
  return folded.join('/');
}

function vocabularyChanges(from: Json, to: Json): VocabularyChange[] {
  const before = vocabularies(from);
  const after = vocabularies(to);
  const changes: VocabularyChange[] = [];
  for (const [field, words] of after) {
    const old = before.get(field);
    const added = [...words].filter((word) => !old?.has(word));
    const removed = old ? [...old].filter((word) => !words.has(word)) : [];
    if (added.length > 0 || removed.length > 0) changes.push({ field, added, removed, newField: old === undefined });
  }
  for (const [field, words] of before) if (!after.has(field)) changes.push({ field, added: [], removed: [...words], newField: false });
  return changes;
}

/** The differences between two checklists (and their schemas). */
export function compareChecklists(before: Checklist, after: Checklist, schemas: { from: Json; to: Json }): ChecklistChanges {
  const old = new Map(before.items.map((item) => [item.id, item]));
  const ids = new Set(after.items.map((item) => item.id));
  const changed: ItemChange[] = [];
  for (const item of after.items) {
    const previous = old.get(item.id);
    if (!previous) continue;
    const a = aspects(previous);
    const b = aspects(item);
    const differences = ITEM_ASPECTS.filter((aspect) => a[aspect] !== b[aspect]).map((aspect) => ({ aspect, from: a[aspect], to: b[aspect] }));
    if (differences.length > 0) changed.push({ id: item.id, title: item.title, changes: differences });
  }
  return {
    from: before.version,
    to: after.version,
    added: after.items.filter((item) => !old.has(item.id)).map(summary),
    removed: before.items.filter((item) => !ids.has(item.id)).map(summary),
    changed,
    vocabulary: vocabularyChanges(schemas.from, schemas.to),
  };
}

/** What changed from one built-in checklist version to another. */
export function checklistChanges(from: ChecklistVersion, to: ChecklistVersion): ChecklistChanges {
  return compareChecklists(checklistOf(from), checklistOf(to), { from: schemaOf(from), to: schemaOf(to) });
}
