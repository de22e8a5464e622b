/**
 * One checklist item against one document: which units it applies to, what state each is in, whether
 * it counts towards the score and whether it is satisfied.
 */
import type { ItemState, Level } from '../report/types.js';
import type { ChecklistItem, SatisfactionRule } from '../checklist/model.js';
import { evaluate } from '../checklist/conditions.js';
import { itemPath } from '../checklist/checklist.js';
import { getOwn, isWithin } from '../schema/pointer.js';
import type { StructuralIssue } from '../schema/validate-structure.js';
import { factLookup } from './facts.js';
import { resolveValue } from './resolve.js';
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

function collect(value: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [value];
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '*') return Array.isArray(value) ? value.flatMap((entry) => collect(entry, rest)) : [];
  return collect(getOwn(value, head), rest);
}

/** Rules beyond "a valid value is present"; each returns a shortfall sentence or undefined. */
const RULES: { [K in SatisfactionRule['rule']]: (rule: Extract<SatisfactionRule, { rule: K }>, value: unknown) => string | undefined } = {
  minDistinct: (rule, value) => {
    const distinct = new Set(collect(value, rule.field.split('/')).filter((entry) => entry !== undefined).map((entry) => JSON.stringify(entry)));
    return distinct.size >= rule.min ? undefined : `only ${distinct.size} distinct ${rule.field.split('/').at(-1)} given, at least ${rule.min} expected`;
  },
};

function unitsFor(item: ChecklistItem, context: EvaluationContext): Unit[] {
  if (item.scope === 'preparation') return context.preparations;
  if (item.scope === 'arm') return context.arms;
  return [STUDY_UNIT];
}

export function evaluateItem(item: ChecklistItem, context: EvaluationContext): ItemOutcome {
  const path = itemPath(item);
  const units = unitsFor(item, context).map((unit): UnitOutcome => {
    const facts = factsFor(unit, context);
    const applies = item.appliesWhen ? evaluate(item.appliesWhen, facts) !== false : true;
    const escalated = (item.levelWhen ?? []).some((rule) => rule.level === 'essential' && evaluate(rule.when, facts) === true);
    const resolved = resolveValue(context.document, item.section, path, unit);
    const issues = context.issues.filter((issue) => isWithin(issue.pointer, resolved.pointer));
    let state: ItemState = issues.length > 0 ? 'invalid' : resolved.state;
    const shortfall = state === 'value' && item.satisfiedWhen ? RULES[item.satisfiedWhen.rule](item.satisfiedWhen, resolved.value) : undefined;
    if (shortfall) state = 'missing';
    // A value reported although the item does not apply still counts, as satisfied: stating a fact that
    // takes an item out of scope must never lower a score.
    const counts = applies ? state !== 'not-applicable' : state === 'value';
    return {
      unit,
      pointer: resolved.pointer,
      applies,
      state,
      ...(resolved.reason !== undefined ? { reason: resolved.reason } : {}),
      issues,
      ...(shortfall ? { shortfall } : {}),
      counts,
      satisfied: state === 'value',
      escalated,
    };
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
