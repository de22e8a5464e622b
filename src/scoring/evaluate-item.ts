/**
 * One checklist item against one document: which units it applies to, what state each is in, whether
 * it counts towards the score, its credit and whether it is satisfied.
 */
import type { ItemState, Level } from '../report/types.js';
import type { ChecklistItem, ChecklistSettings, Condition, FactName, SatisfactionRule } from '../checklist/model.js';
import { evaluate, type Truth } from '../checklist/conditions.js';
import { effectiveWeight, itemPath } from '../checklist/checklist.js';
import { getOwn, isPlainObject } from '../schema/pointer.js';
import type { StructuralIssue } from '../schema/validate-structure.js';
import { detailPlans, tallyDetails, type DetailPlan } from './details.js';
import { documentFacts, type FactLookup } from './facts.js';
import { issuesWithin } from './issues.js';
import { resolvePlan, resolvePlanned, type ResolvePlan } from './resolve.js';
import { armsOf, preparationsOf, STUDY_UNIT, unitEntry, type Unit, type UnitContainers } from './units.js';

export { issuesWithin };

type Json = Record<string, unknown>;

export interface UnitOutcome {
  unit: Unit;
  pointer: string;
  /** The item's condition is not definitely false for this unit. */
  applies: boolean;
  /**
   * The condition is unknown (a gating fact not stated, or stated invalidly), the unit holds no value and
   * the checklist defers such units: not counted, no finding; the gate's finding lists the item instead.
   */
  deferred: boolean;
  /** The facts the unit's condition waits for (unknown facts it names), when deferred. */
  waitsFor?: FactName[];
  state: ItemState;
  /** 1 for a complete value, given/counted details for an incomplete one, 0 otherwise. */
  credit: number;
  /** Labels of expected details that are absent, for an incomplete value. */
  missingDetails?: string[];
  /** Labels of expected details declared not reported, for an incomplete value. */
  notReportedDetails?: string[];
  /** The author's reason for `notApplicable`. */
  reason?: string;
  /** Structural problems inside this unit's value. */
  issues: StructuralIssue[];
  /** Why a present, valid value still falls short (a satisfaction rule). */
  shortfall?: string;
  /** Counts in the denominator: applies and not declared not applicable, or reported although it does not apply. */
  counts: boolean;
  satisfied: boolean;
  /** The item's level for this unit: its own, or that of the first `levelWhen` rule that holds. */
  level: Level;
}

export interface ItemOutcome {
  item: ChecklistItem;
  level: Level;
  /** Its explicit weight, or the weight of its effective level. */
  weight: number;
  units: UnitOutcome[];
  /** In the denominator. */
  applicable: boolean;
  /** The lowest credit of its counting units (the weakest arm); 0 when it does not count. */
  credit: number;
  satisfied: boolean;
}

export interface EvaluationContext {
  document: Json;
  preparations: Unit[];
  arms: Unit[];
  issues: StructuralIssue[];
  /** Fact lookups per unit, shared by every item of one evaluation (facts do not change between items). */
  facts?: Map<Unit, FactLookup>;
  /** How unknown gates are handled (the checklist's settings); both "apply" when not given, as in 1.0. */
  gates?: Pick<ChecklistSettings, 'unknownGates' | 'invalidGates'>;
  /** Where per-unit entries live in this document's version; 1.0's when not given. */
  unitContainers?: UnitContainers;
  /** Each unit's own entry per section, shared by every item of one evaluation (made on first use). */
  entries?: Map<Unit, Map<string, UnitEntry | undefined>>;
  /** The fact lookups of this document's units (made on first use). */
  factsOf?: (unit: Unit) => FactLookup;
  /** Per unit, the truth of each condition by its key (null: unknown), shared by every item of one evaluation. */
  truths?: Map<Unit, Map<string, Truth | null>>;
}

/**
 * The context every item of one document is evaluated in: its units, its structural issues, the
 * checklist's gate settings and its version's unit containers, with empty per-document caches.
 */
export function documentContext(
  document: unknown,
  issues: StructuralIssue[],
  gates: Pick<ChecklistSettings, 'unknownGates' | 'invalidGates'>,
  unitContainers: UnitContainers,
): EvaluationContext {
  const root: Json = isPlainObject(document) ? document : {};
  const preparations = preparationsOf(root);
  return { document: root, preparations, arms: armsOf(root, preparations), issues, facts: new Map(), gates, unitContainers, entries: new Map(), truths: new Map() };
}

type UnitEntry = ReturnType<typeof unitEntry>;

/** A unit's own entry in a section: looked up once per document, not once per item. */
function entryOf(unit: Unit, section: string, context: EvaluationContext): UnitEntry {
  // The study and the implicit units have no entry of their own.
  if (unit.index === undefined) return undefined;
  const entries = (context.entries ??= new Map());
  let bySection = entries.get(unit);
  if (!bySection) entries.set(unit, (bySection = new Map()));
  if (bySection.has(section)) return bySection.get(section);
  const entry = unitEntry(context.document, section, unit, context.unitContainers);
  bySection.set(section, entry);
  return entry;
}

function factsFor(unit: Unit, context: EvaluationContext): FactLookup {
  const cached = context.facts?.get(unit);
  if (cached) return cached;
  const lookup = (context.factsOf ??= documentFacts(context))(unit);
  context.facts?.set(unit, lookup);
  return lookup;
}

function truthsFor(unit: Unit, context: EvaluationContext): Map<string, Truth | null> {
  const all = (context.truths ??= new Map());
  let truths = all.get(unit);
  if (!truths) all.set(unit, (truths = new Map()));
  return truths;
}

/** A condition's truth for a unit, evaluated on first use. */
function truthOf(condition: Condition, key: string, facts: FactLookup, truths: Map<string, Truth | null>): Truth {
  const known = truths.get(key);
  if (known !== undefined) return known ?? undefined;
  const truth = evaluate(condition, facts.value);
  truths.set(key, truth ?? null);
  return truth;
}

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

/** What evaluating an item needs that depends on the item alone: worked out once per item, not per unit. */
interface ItemPlan {
  resolve: ResolvePlan;
  /** Whether a unit's facts are asked at all (an applicability condition or level rules). */
  asksFacts: boolean;
  /** Keys of `appliesWhen` and of each `levelWhen` rule's condition (see conditionKey). */
  appliesKey: string | undefined;
  levelKeys: string[];
  /** The compiled expected details, if any. */
  details: readonly DetailPlan[] | undefined;
}

/**
 * A condition's key: equal conditions (many items share one, e.g. "in vivo or clinical") have equal keys,
 * so each is evaluated once per unit rather than once per item.
 */
const conditionKey = (condition: Condition): string => JSON.stringify(condition);

const itemPlans = new WeakMap<ChecklistItem, ItemPlan>();

function planOf(item: ChecklistItem): ItemPlan {
  let plan = itemPlans.get(item);
  if (!plan) {
    const path = itemPath(item);
    itemPlans.set(
      item,
      (plan = {
        resolve: resolvePlan(item.section, path),
        asksFacts: item.appliesWhen !== undefined || item.levelWhen !== undefined,
        appliesKey: item.appliesWhen ? conditionKey(item.appliesWhen) : undefined,
        levelKeys: (item.levelWhen ?? []).map((rule) => conditionKey(rule.when)),
        details: item.expects ? detailPlans(item.expects) : undefined,
      }),
    );
  }
  return plan;
}

interface Shortfall {
  /** Why a present, valid value still falls short, as a sentence. */
  text: string;
}

/** A detail state inside a value (1.1) stands for no value. */
function isDeclaredState(value: unknown): boolean {
  return value !== null && typeof value === 'object' && ('notReported' in value || 'notApplicable' in value);
}

/** Rules beyond "a valid value is present"; each returns its shortfall, or undefined. */
const RULES: { [K in SatisfactionRule['rule']]: (rule: Extract<SatisfactionRule, { rule: K }>, value: unknown) => Shortfall | undefined } = {
  minDistinct: (rule, value) => {
    const distinct = new Set<unknown>();
    // Text stands for itself; other values by their JSON (a string's JSON starts with a quote, so the two
    // kinds of key never meet, and distinct values stay distinct).
    for (const entry of collect(value, rule.field.split('/'))) {
      if (entry !== undefined && !isDeclaredState(entry)) distinct.add(typeof entry === 'string' ? `"${entry}` : JSON.stringify(entry));
    }
    if (distinct.size >= rule.min) return undefined;
    return { text: `only ${distinct.size} distinct ${rule.field.split('/').at(-1)} given, at least ${rule.min} expected` };
  },
};

/** The facts a condition names, in order of first mention. */
function factsIn(condition: Condition, out: FactName[] = []): FactName[] {
  if ('fact' in condition) {
    if (!out.includes(condition.fact)) out.push(condition.fact);
  } else if ('not' in condition) factsIn(condition.not, out);
  else for (const part of 'all' in condition ? condition.all : condition.any) factsIn(part, out);
  return out;
}

const conditionFacts = new WeakMap<Condition, FactName[]>();

function factsOf(condition: Condition): FactName[] {
  let facts = conditionFacts.get(condition);
  if (!facts) conditionFacts.set(condition, (facts = factsIn(condition)));
  return facts;
}

/** The unknown facts a unit's condition waits for, when the checklist defers it; undefined when it does not. */
function deferral(item: ChecklistItem, facts: FactLookup, context: EvaluationContext): FactName[] | undefined {
  const gates = context.gates;
  if (!gates || !item.appliesWhen) return undefined;
  const unknown = factsOf(item.appliesWhen).filter((name) => facts.value(name) === undefined);
  if (gates.unknownGates === 'defer') return unknown;
  if (gates.invalidGates === 'defer' && unknown.some((name) => facts.invalid(name))) return unknown;
  return undefined;
}

interface Completeness {
  state: 'value' | 'incomplete' | 'missing';
  credit: number;
  shortfall?: string;
  missingDetails?: string[];
  notReportedDetails?: string[];
}

/** A complete value (shared: read, never written). */
const COMPLETE: Completeness = { state: 'value', credit: 1 };

/**
 * How complete a present, valid value is: its satisfaction rule and its expected details. Details are
 * asked only where the item may apply: a value given for an item that definitely does not apply counts
 * as it is, with full credit (extra information never costs).
 */
function completeness(item: ChecklistItem, plan: ItemPlan, value: unknown, applies: boolean): Completeness {
  const rule = item.satisfiedWhen;
  const short = rule ? RULES[rule.rule](rule, value) : undefined;
  // A rule without a label (1.0) makes a short value missing; with one (1.1), one more expected detail.
  if (short && rule?.label === undefined) return { state: 'missing', credit: 0, shortfall: short.text };
  const label = rule?.label;
  if (!applies || (!item.expects && label === undefined)) return COMPLETE;
  const details = plan.details ? tallyDetails(plan.details, value) : { given: 0, counted: 0 };
  const given = details.given + (label !== undefined && !short ? 1 : 0);
  const counted = details.counted + (label !== undefined ? 1 : 0);
  const credit = counted === 0 ? 1 : given / counted;
  if (credit === 1) return COMPLETE;
  const missing = short && label !== undefined ? [label, ...(details.missing ?? [])] : details.missing;
  const outcome: Completeness = { state: 'incomplete', credit };
  if (missing) outcome.missingDetails = missing;
  if (details.notReported) outcome.notReportedDetails = details.notReported;
  return outcome;
}

/** The units of a study-wide item (shared, never written to: one list rather than one per item and document). */
const STUDY_UNITS: readonly Unit[] = [STUDY_UNIT];

function unitsFor(item: ChecklistItem, context: EvaluationContext): readonly Unit[] {
  if (item.scope === 'preparation') return context.preparations;
  if (item.scope === 'arm') return context.arms;
  return STUDY_UNITS;
}

/** One unit of an item: its value, state, applicability, level and credit. */
/**
 * The last value an item judged, with its applicability: units that share the section-level value (every
 * preparation of a document that states it once) are judged once, not once per unit.
 */
interface LastJudged {
  value: unknown;
  applies: boolean;
  judged: Completeness;
}

function evaluateUnit(item: ChecklistItem, plan: ItemPlan, unit: Unit, context: EvaluationContext, last: LastJudged | undefined): UnitOutcome {
  const facts = plan.asksFacts ? factsFor(unit, context) : undefined;
  const truths = plan.asksFacts ? truthsFor(unit, context) : undefined;
  const truth = item.appliesWhen ? truthOf(item.appliesWhen, plan.appliesKey!, facts!, truths!) : true;
  const applies = truth !== false;
  // The first `levelWhen` rule that holds sets the unit's level (up or down); the item's own otherwise.
  let level = item.level;
  if (item.levelWhen) {
    for (let index = 0; index < item.levelWhen.length; index++) {
      const rule = item.levelWhen[index]!;
      if (truthOf(rule.when, plan.levelKeys[index]!, facts!, truths!) === true) {
        level = rule.level;
        break;
      }
    }
  }
  const resolved = resolvePlanned(context.document, plan.resolve, entryOf(unit, item.section, context));
  const issues = context.issues.length === 0 ? NO_ISSUES : issuesWithin(context.issues, resolved.pointer);
  let state: ItemState = issues.length > 0 ? 'invalid' : resolved.state;
  let judged: Completeness | undefined;
  if (state === 'value') {
    if (last && last.value === resolved.value && last.applies === applies && last.value !== undefined) judged = last.judged;
    else {
      judged = completeness(item, plan, resolved.value, applies);
      if (last) {
        last.value = resolved.value;
        last.applies = applies;
        last.judged = judged;
      }
    }
  }
  if (judged) state = judged.state;
  const waitsFor = truth === undefined && (state === 'missing' || state === 'not-reported') ? deferral(item, facts!, context) : undefined;
  const deferred = waitsFor !== undefined;
  // A value reported although the item does not apply still counts, as satisfied: stating a fact that
  // takes an item out of scope must never lower a score. A deferred unit holds no value: it waits.
  const counts = deferred ? false : applies ? state !== 'not-applicable' : state === 'value';
  const credit = judged?.credit ?? 0;
  // One literal, then the optional fields: spreads in the middle of a literal build it key by key.
  const outcome: UnitOutcome = { unit, pointer: resolved.pointer, applies, deferred, state, credit, issues, counts, satisfied: state === 'value', level };
  if (resolved.reason !== undefined) outcome.reason = resolved.reason;
  if (judged?.shortfall) outcome.shortfall = judged.shortfall;
  if (waitsFor) outcome.waitsFor = waitsFor;
  if (judged?.missingDetails) outcome.missingDetails = judged.missingDetails;
  if (judged?.notReportedDetails) outcome.notReportedDetails = judged.notReportedDetails;
  return outcome;
}

export function evaluateItem(item: ChecklistItem, context: EvaluationContext): ItemOutcome {
  const plan = planOf(item);
  const units: UnitOutcome[] = [];
  // Over the units that count: how many, whether any is essential, the lowest credit (the weakest arm).
  let counting = 0;
  let essential = false;
  let credit = 1;
  const candidates = unitsFor(item, context);
  const last: LastJudged | undefined = candidates.length > 1 ? { value: undefined, applies: false, judged: COMPLETE } : undefined;
  for (let index = 0; index < candidates.length; index++) {
    const outcome = evaluateUnit(item, plan, candidates[index]!, context, last);
    units.push(outcome);
    if (!outcome.counts) continue;
    counting++;
    if (outcome.level === 'essential') essential = true;
    if (outcome.credit < credit) credit = outcome.credit;
  }
  const applicable = counting > 0;
  // Essential when it is essential for any unit that counts (the strictest arm decides).
  const level: Level = applicable ? (essential ? 'essential' : 'recommended') : item.level;
  if (!applicable) credit = 0;
  return { item, level, weight: effectiveWeight(item, level), units, applicable, credit, satisfied: applicable && credit === 1 };
}
