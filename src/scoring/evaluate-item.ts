/**
 * One checklist item against one document: which units it applies to, what state each is in, whether
 * it counts towards the score and whether it is satisfied.
 */
import type { ItemState, Level } from '../report/types.js';
import type { ChecklistItem, SatisfactionRule } from '../checklist/model.js';
import { evaluate } from '../checklist/conditions.js';
import { itemPath } from '../checklist/checklist.js';
import { getOwn } from '../schema/pointer.js';
import type { StructuralIssue } from '../schema/validate-structure.js';
import { factLookup } from './facts.js';
import { pathPointers, resolveValue, type PathPointers } from './resolve.js';
import type { Unit } from './units.js';

type Json = Record<string, unknown>;

export interface UnitOutcome {
  unit: Unit;
  pointer: string;
  /** The item's condition is not definitely false for this unit. */
  applies: boolean;
  state: ItemState;
  /** The author's reason for `notApplicable`. */
  reason?: string;
  /** Structural problems inside this unit's value. */
  issues: StructuralIssue[];
  /** Why a present, valid value still falls short (a satisfaction rule). */
  shortfall?: string;
  /** Counts in the denominator: applies and not declared not applicable, or reported although it does not apply. */
  counts: boolean;
  satisfied: boolean;
  escalated: boolean;
}

export interface ItemOutcome {
  item: ChecklistItem;
  level: Level;
  units: UnitOutcome[];
  /** In the denominator. */
  applicable: boolean;
  satisfied: boolean;
}

export interface EvaluationContext {
  document: Json;
  preparations: Unit[];
  arms: Unit[];
  issues: StructuralIssue[];
  /** Fact lookups per unit, shared by every item of one evaluation (facts do not change between items). */
  facts?: Map<Unit, FactLookup>;
}

type FactLookup = ReturnType<typeof factLookup>;

function factsFor(unit: Unit, context: EvaluationContext): FactLookup {
  const cached = context.facts?.get(unit);
  if (cached) return cached;
  const lookup = factLookup({
    document: context.document,
    preparations: context.preparations,
    ...(unit.kind === 'preparation' ? { preparation: unit } : {}),
    ...(unit.kind === 'arm' ? { arm: unit } : {}),
  });
  context.facts?.set(unit, lookup);
  return lookup;
}

const STUDY_UNIT: Unit = { kind: 'study' };

/** Shared by every unit of a valid document (never written to). */
const NO_ISSUES: StructuralIssue[] = [];

/** The values at `path` below `value`, where `*` steps into every entry of a list, in document order. */
function collect(value: unknown, path: readonly string[], from = 0, out: unknown[] = []): unknown[] {
  if (from === path.length) {
    out.push(value);
    return out;
  }
  const head = path[from]!;
  if (head !== '*') return collect(getOwn(value, head), path, from + 1, out);
  if (Array.isArray(value)) for (const entry of value) collect(entry, path, from + 1, out);
  return out;
}

/** An item's path and its pointers, worked out once per item rather than for every unit of every document. */
const itemPaths = new WeakMap<ChecklistItem, { path: readonly string[]; pointers: PathPointers }>();

function pathOf(item: ChecklistItem): { path: readonly string[]; pointers: PathPointers } {
  let cached = itemPaths.get(item);
  if (!cached) {
    const path = itemPath(item);
    itemPaths.set(item, (cached = { path, pointers: pathPointers(path) }));
  }
  return cached;
}

/** Rules beyond "a valid value is present"; each returns a shortfall sentence or undefined. */
const RULES: { [K in SatisfactionRule['rule']]: (rule: Extract<SatisfactionRule, { rule: K }>, value: unknown) => string | undefined } = {
  minDistinct: (rule, value) => {
    const distinct = new Set<unknown>();
    // Text stands for itself; other values by their JSON (a string's JSON starts with a quote, so the two
    // kinds of key never meet, and distinct values stay distinct).
    for (const entry of collect(value, rule.field.split('/'))) if (entry !== undefined) distinct.add(typeof entry === 'string' ? `"${entry}` : JSON.stringify(entry));
    return distinct.size >= rule.min ? undefined : `only ${distinct.size} distinct ${rule.field.split('/').at(-1)} given, at least ${rule.min} expected`;
  },
};

const issueIndexes = new WeakMap<StructuralIssue[], Map<string, StructuralIssue[]>>();

/**
 * The issues at or below a pointer. Indexed once per document under every ancestor pointer, so a document
 * with many units and many issues costs a lookup per unit rather than a scan of every issue.
 */
export function issuesWithin(issues: StructuralIssue[], pointer: string): StructuralIssue[] {
  let index = issueIndexes.get(issues);
  if (!index) {
    index = new Map();
    for (const issue of issues) {
      // Segments escape "/" as "~1", so every "/" separates two segments.
      for (let at = issue.pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
        const list = index.get(at);
        if (list) list.push(issue);
        else index.set(at, [issue]);
        if (at === '') break;
      }
    }
    issueIndexes.set(issues, index);
  }
  return [...(index.get(pointer) ?? [])];
}

function unitsFor(item: ChecklistItem, context: EvaluationContext): Unit[] {
  if (item.scope === 'preparation') return context.preparations;
  if (item.scope === 'arm') return context.arms;
  return [STUDY_UNIT];
}

export function evaluateItem(item: ChecklistItem, context: EvaluationContext): ItemOutcome {
  const { path, pointers } = pathOf(item);
  const units = unitsFor(item, context).map((unit): UnitOutcome => {
    const facts = factsFor(unit, context);
    const applies = item.appliesWhen ? evaluate(item.appliesWhen, facts) !== false : true;
    const escalated = item.levelWhen !== undefined && item.levelWhen.some((rule) => rule.level === 'essential' && evaluate(rule.when, facts) === true);
    const resolved = resolveValue(context.document, item.section, path, unit, pointers);
    const issues = context.issues.length === 0 ? NO_ISSUES : issuesWithin(context.issues, resolved.pointer);
    let state: ItemState = issues.length > 0 ? 'invalid' : resolved.state;
    const shortfall = state === 'value' && item.satisfiedWhen ? RULES[item.satisfiedWhen.rule](item.satisfiedWhen, resolved.value) : undefined;
    if (shortfall) state = 'missing';
    // A value reported although the item does not apply still counts, as satisfied: stating a fact that
    // takes an item out of scope must never lower a score.
    const counts = applies ? state !== 'not-applicable' : state === 'value';
    // One literal, then the two optional fields: spreads in the middle of a literal build it key by key.
    const outcome: UnitOutcome = { unit, pointer: resolved.pointer, applies, state, issues, counts, satisfied: state === 'value', escalated };
    if (resolved.reason !== undefined) outcome.reason = resolved.reason;
    if (shortfall) outcome.shortfall = shortfall;
    return outcome;
  });
  const counting = units.filter((unit) => unit.counts);
  const level: Level = item.level === 'recommended' && counting.some((unit) => unit.escalated) ? 'essential' : item.level;
  return {
    item,
    level,
    units,
    applicable: counting.length > 0,
    satisfied: counting.length > 0 && counting.every((unit) => unit.satisfied),
  };
}
