/**
 * The facts applicability conditions ask about, one small function each. A fact the document does not
 * settle is `undefined` (unknown), never guessed; so is a fact stated with a structural error
 * (`design: in-vivo`), and the lookup remembers that it was stated invalidly.
 */
import type { FactName } from '../checklist/model.js';
import type { FactValue } from '../checklist/conditions.js';
import { getOwn } from '../schema/pointer.js';
import type { StructuralIssue } from '../schema/validate-structure.js';
import { issuesWithin } from './issues.js';
import { resolvePlan, resolvePlanned, vocabularyValue, type ResolvedValue, type ResolvePlan } from './resolve.js';
import { STUDY_UNIT as STUDY, unitEntry, type Unit } from './units.js';

type Json = Record<string, unknown>;

export interface FactContext {
  document: Json;
  preparations: Unit[];
  /** The preparation the item is being checked for, if any. */
  preparation?: Unit;
  /** The arm the item is being checked for, if any. */
  arm?: Unit;
  /** The document's structural issues: a fact read from a value with issues is unknown. */
  issues?: StructuralIssue[];
  /** Set while a fact is worked out, when a value it read had structural issues. */
  sawInvalid?: boolean;
}

/** The values facts read, each a section and a path, with their pointers worked out once. */
const READS = {
  preparation: resolvePlan('production', ['preparation']),
  priming: resolvePlan('production', ['priming']),
  storageForm: resolvePlan('storage', ['form']),
  route: resolvePlan('doseAdministration', ['route']),
  carrier: resolvePlan('doseAdministration', ['carrier']),
  dose: resolvePlan('doseAdministration', ['dose']),
  design: resolvePlan('study', ['design']),
  species: resolvePlan('cellSource', ['species']),
} as const;

/** A value a fact reads; one with structural issues reads as missing, and the context notes it. */
function resolveValue(context: FactContext, read: ResolvePlan, unit: Unit): ResolvedValue {
  // 1.0's unit containers, as always for facts (preparations and arms are declared alike in every version).
  const resolved = resolvePlanned(context.document, read, unitEntry(context.document, read.section, unit));
  if (context.issues && context.issues.length > 0 && resolved.state !== 'missing' && issuesWithin(context.issues, resolved.pointer).length > 0) {
    context.sawInvalid = true;
    return { state: 'missing', value: undefined, pointer: resolved.pointer, reason: undefined };
  }
  return resolved;
}

const EV_FRACTIONS = new Set(['small-ev', 'large-ev', 'ev']);
// cells-in-conditioned-medium (1.1, a combination product): its secretome part is whole conditioned medium.
const CONDITIONED_MEDIA = new Set([
  'conditioned-medium',
  'concentrated-conditioned-medium',
  'ev-depleted-conditioned-medium',
  'lyophilised-secretome',
  'cells-in-conditioned-medium',
]);

function preparationType(context: FactContext, preparation: Unit): { type?: string; fractions?: unknown } {
  const resolved = resolveValue(context, READS.preparation, preparation);
  return { type: vocabularyValue(resolved), fractions: resolved.state === 'value' ? getOwn(resolved.value, 'fractions') : undefined };
}

/** Whether a preparation's type (or its declared fractions, for products) puts it in a class. */
function isOfClass(context: FactContext, preparation: Unit, members: Set<string>, fraction: 'ev' | 'soluble'): boolean | undefined {
  const { type, fractions } = preparationType(context, preparation);
  if (type === undefined) return undefined;
  if (members.has(type)) return true;
  if (type === 'commercial-product' || type === 'other') return Array.isArray(fractions) ? fractions.includes(fraction) : undefined;
  return false;
}

function storageForm(context: FactContext, preparation: Unit): string | undefined {
  return vocabularyValue(resolveValue(context, READS.storageForm, preparation));
}

/** Kleene OR: true if any is true, false if all are false, otherwise unknown. */
function anyOf(values: Array<boolean | undefined>): boolean | undefined {
  if (values.includes(true)) return true;
  return values.every((value) => value === false) ? false : undefined;
}

type PreparationFact = (context: FactContext, preparation: Unit) => FactValue;

const PREPARATION_FACTS: Record<string, PreparationFact> = {
  'preparation.type': (context, preparation) => preparationType(context, preparation).type,
  'preparation.isEvFraction': (context, preparation) => isOfClass(context, preparation, EV_FRACTIONS, 'ev'),
  'preparation.isSeparatedEvFraction': (context, preparation) => {
    const { type, fractions } = preparationType(context, preparation);
    if (type === undefined) return undefined;
    if (EV_FRACTIONS.has(type)) return true;
    // A product declared with fractions [ev, soluble] is conditioned medium, not a separated EV fraction.
    if (type === 'commercial-product' || type === 'other') return Array.isArray(fractions) ? fractions.length === 1 && fractions[0] === 'ev' : undefined;
    return false;
  },
  'preparation.isConditionedMedium': (context, preparation) => isOfClass(context, preparation, CONDITIONED_MEDIA, 'soluble'),
  'preparation.primed': (context, preparation) => {
    const resolved = resolveValue(context, READS.priming, preparation);
    const applied = resolved.state === 'value' ? getOwn(resolved.value, 'applied') : undefined;
    return typeof applied === 'boolean' ? applied : undefined;
  },
  'preparation.storageForm': (context, preparation) => storageForm(context, preparation),
  // Lyophilised when stored so or delivered as a lyophilised secretome.
  'preparation.lyophilised': (context, preparation) => {
    const form = storageForm(context, preparation);
    const { type } = preparationType(context, preparation);
    return anyOf([form === undefined ? undefined : form === 'lyophilised', type === undefined ? undefined : type === 'lyophilised-secretome']);
  },
};

type Fact = (context: FactContext) => FactValue;

function armRoute(context: FactContext): string | undefined {
  return context.arm ? vocabularyValue(resolveValue(context, READS.route, context.arm)) : undefined;
}

/** Facts about the study as a whole: the same for every unit. */
const STUDY_FACTS: Record<string, Fact> = {
  design: (context) => {
    const resolved = resolveValue(context, READS.design, STUDY);
    const design = resolved.state === 'value' ? resolved.value : undefined;
    return Array.isArray(design) && design.length > 0 && design.every((entry) => typeof entry === 'string') ? (design as string[]) : undefined;
  },
  species: (context) => vocabularyValue(resolveValue(context, READS.species, STUDY)),
};

/** Facts about the arm being checked; unknown for other units. */
const ARM_FACTS: Record<string, Fact> = {
  'arm.route': armRoute,
  'arm.carrierUsed': (context) => {
    if (!context.arm) return undefined;
    const carrier = resolveValue(context, READS.carrier, context.arm);
    // A carrier stated with an error settles nothing (it would otherwise read as "no carrier named").
    if (context.sawInvalid) return undefined;
    const used = carrier.state === 'value' ? getOwn(carrier.value, 'used') : undefined;
    const route = armRoute(context);
    if (used === true || route === 'implanted-biomaterial') return true;
    if (used === false) return false;
    // No carrier named: that settles it only once the route is known. "Not reported" is no more than
    // absent here, so stating it can never bring the carrier item into scope and lower a score.
    return (carrier.state === 'missing' || carrier.state === 'not-reported') && route !== undefined ? false : undefined;
  },
  'arm.doseStated': (context) => {
    if (!context.arm) return undefined;
    return resolveValue(context, READS.dose, context.arm).state === 'value' ? true : undefined;
  },
};

/** A preparation fact asked outside any preparation (a study-wide item): true if it holds for any preparation. */
function overPreparations(values: FactValue[]): FactValue {
  if (values.every((value) => typeof value === 'boolean' || value === undefined)) return anyOf(values as Array<boolean | undefined>);
  return values.every((value) => value === values[0]) ? values[0] : undefined;
}

const FACTS: Record<FactName, Fact> = {
  ...STUDY_FACTS,
  ...ARM_FACTS,
  ...(Object.fromEntries(
    Object.entries(PREPARATION_FACTS).map(([name, fact]) => [
      name,
      (context: FactContext): FactValue => {
        const preparation = context.preparation ?? context.arm?.preparation;
        if (preparation) return fact(context, preparation);
        return overPreparations(context.preparations.map((candidate) => fact(context, candidate)));
      },
    ]),
  ) as Record<keyof typeof PREPARATION_FACTS, Fact>),
} as Record<FactName, Fact>;

/**
 * A unit's facts: each fact's value, and whether an unknown one is unknown because a value it reads is
 * structurally invalid. Two functions in an object, not one function with an `invalid` property: a
 * property added to a function made per document kept what the function closes over (the document and
 * its facts) alive through V8's young-generation collections, which then copied and promoted every
 * document checked before the code was optimised (on 1,000 files, 15 MB promoted, and 5 % of the time;
 * docs/performance.md, "Documents die young").
 */
export interface FactLookup {
  value: (name: FactName) => FactValue;
  invalid: (name: FactName) => boolean;
}

/** A memoising fact lookup for one context. */
export function factLookup(context: FactContext): FactLookup {
  const cache = new Map<FactName, FactValue>();
  const invalid = new Set<FactName>();
  const value = (name: FactName): FactValue => {
    // One lookup for a fact already known (most asks); `has` only tells unknown from not worked out.
    const known = cache.get(name);
    if (known !== undefined || cache.has(name)) return known;
    context.sawInvalid = false;
    const worked = FACTS[name](context);
    if (context.sawInvalid && worked === undefined) invalid.add(name);
    cache.set(name, worked);
    return worked;
  };
  return {
    value,
    invalid: (name) => {
      value(name);
      return invalid.has(name);
    },
  };
}

/** A fact worked out: its value, and whether a value it read had structural issues. */
interface Known {
  value: FactValue;
  sawInvalid: boolean;
}

const NOT_ASKED: Known = { value: undefined, sawInvalid: false };

/**
 * The fact lookups of one document's units, sharing what they have in common: a study-wide fact is worked
 * out once for all units, a preparation's facts once for the preparation and every arm that received it
 * (rather than once per unit). Each lookup answers as `factLookup` does for that unit.
 */
export function documentFacts(context: Pick<FactContext, 'document' | 'preparations' | 'issues'>): (unit: Unit) => FactLookup {
  const shared = new Map<string, Known>();
  const byUnit = new Map<Unit, Map<string, Known>>();
  const work = (cache: Map<string, Known>, name: string, run: (context: FactContext) => FactValue, unit?: Unit): Known => {
    let known = cache.get(name);
    if (!known) {
      const asked: FactContext = { document: context.document, preparations: context.preparations, sawInvalid: false };
      if (context.issues) asked.issues = context.issues;
      if (unit) asked.arm = unit;
      const value = run(asked);
      cache.set(name, (known = { value, sawInvalid: asked.sawInvalid === true }));
    }
    return known;
  };
  const cacheOf = (unit: Unit): Map<string, Known> => {
    let cache = byUnit.get(unit);
    if (!cache) byUnit.set(unit, (cache = new Map()));
    return cache;
  };
  const ofPreparation = (preparation: Unit, name: string): Known => work(cacheOf(preparation), name, (asked) => PREPARATION_FACTS[name]!(asked, preparation));
  const overAll = (name: string): Known => {
    let known = shared.get(name);
    if (!known) {
      const each = context.preparations.map((preparation) => ofPreparation(preparation, name));
      known = { value: overPreparations(each.map((fact) => fact.value)), sawInvalid: each.some((fact) => fact.sawInvalid) };
      shared.set(name, known);
    }
    return known;
  };
  return (unit) => {
    const preparation = unit.kind === 'preparation' ? unit : unit.kind === 'arm' ? unit.preparation : undefined;
    const arm = unit.kind === 'arm' ? unit : undefined;
    const known = (name: FactName): Known => {
      if (STUDY_FACTS[name]) return work(shared, name, STUDY_FACTS[name]);
      if (PREPARATION_FACTS[name]) return preparation ? ofPreparation(preparation, name) : overAll(name);
      return arm ? work(cacheOf(arm), name, ARM_FACTS[name]!, arm) : NOT_ASKED;
    };
    return {
      value: (name) => known(name).value,
      invalid: (name) => {
        const fact = known(name);
        return fact.sawInvalid && fact.value === undefined;
      },
    };
  };
}
