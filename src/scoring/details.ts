/**
 * Expected details (checklist 1.1): how complete a present value is. Each detail whose `when` holds is
 * given, not applicable (a detail state `{ notApplicable }`: left out of the count), not reported
 * (`{ notReported }`: missing, but confirmed) or missing. credit = given / counted, 1 when nothing counts.
 *
 * A `when` holds only when the value says so: an absent path (or one declared not reported or not
 * applicable) does not hold, so an optional field nobody stated asks for nothing. A detail that is given
 * always counts. So completing a value never lowers its credit: a given detail raises `given`, and
 * stating the field a `when` reads adds at most the details that condition asks for (as stating a gating
 * fact brings items into scope).
 */
import type { DetailWhen, ExpectedDetail } from '../checklist/model.js';
import { getOwn } from '../schema/pointer.js';

export type DetailState = 'given' | 'not-applicable' | 'not-reported' | 'missing';

interface Assessed {
  state: DetailState;
  counts: boolean;
}

export interface DetailsOutcome {
  /** given / counted; 1 when nothing is counted. */
  credit: number;
  /** Counted details that are absent. */
  missing: ExpectedDetail[];
  /** Counted details declared not reported. */
  notReported: ExpectedDetail[];
}

function declaredState(value: unknown): 'not-applicable' | 'not-reported' | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if (Object.prototype.hasOwnProperty.call(value, 'notApplicable')) return 'not-applicable';
  if (Object.prototype.hasOwnProperty.call(value, 'notReported')) return 'not-reported';
  return undefined;
}

/** Several states of one detail (over list entries) as one: missing beats not reported beats given; all NA is NA. */
function combine(states: DetailState[]): DetailState {
  if (states.includes('missing')) return 'missing';
  if (states.includes('not-reported')) return 'not-reported';
  return states.every((state) => state === 'not-applicable') ? 'not-applicable' : 'given';
}

/** The state of the value at `path` below `value`; `*` requires every entry of a (non-empty) list to have it. */
function stateAt(value: unknown, path: readonly string[], from = 0): DetailState {
  if (value === undefined) return 'missing';
  const declared = declaredState(value);
  if (declared) return declared;
  if (from === path.length) return 'given';
  const head = path[from]!;
  if (head !== '*') return stateAt(getOwn(value, head), path, from + 1);
  if (!Array.isArray(value) || value.length === 0) return 'missing';
  return combine(value.map((entry) => stateAt(entry, path, from + 1)));
}

/** Alternatives: given if any is given, NA if all are, NR if any is NR, else missing. */
function stateOfAlternatives(value: unknown, paths: ReadonlyArray<readonly string[]>): DetailState {
  const states = paths.map((path) => stateAt(value, path));
  if (states.includes('given')) return 'given';
  if (states.every((state) => state === 'not-applicable')) return 'not-applicable';
  return states.includes('not-reported') ? 'not-reported' : 'missing';
}

function test(value: unknown, when: DetailWhen): boolean {
  if (value === undefined || declaredState(value)) return false;
  if (when.present) return true;
  if (when.equals !== undefined) return value === when.equals;
  if (when.in !== undefined) return when.in.includes(value as string | number | boolean);
  return when.min !== undefined && typeof value === 'number' && value >= when.min;
}

/** A `when` over the value; a `*` not shared with the detail's path means "some entry". */
function truthAt(value: unknown, path: readonly string[], when: DetailWhen, from = 0): boolean {
  if (from === path.length) return test(value, when);
  if (value === undefined || declaredState(value)) return false;
  const head = path[from]!;
  if (head !== '*') return truthAt(getOwn(value, head), path, when, from + 1);
  return Array.isArray(value) && value.some((entry) => truthAt(entry, path, when, from + 1));
}

/**
 * One detail with a `when`: the common prefix of both paths is walked together, so a `when` that shares
 * the detail's `*` is decided per entry (only the entries it holds for count).
 */
function assessWhen(value: unknown, path: readonly string[], whenPath: readonly string[], when: DetailWhen, alternatives?: ReadonlyArray<readonly string[]>): Assessed {
  if (!alternatives && path.length > 0 && whenPath.length > 0 && path[0] === whenPath[0] && value !== undefined && !declaredState(value)) {
    if (path[0] !== '*') return assessWhen(getOwn(value, path[0]!), path.slice(1), whenPath.slice(1), when);
    // No entries: no entry the condition holds for (a list of stimuli nobody gave has no hypoxia stimulus).
    if (!Array.isArray(value) || value.length === 0) return { state: 'missing', counts: false };
    const entries = value.map((entry) => assessWhen(entry, path.slice(1), whenPath.slice(1), when)).filter((entry) => entry.counts);
    return entries.length === 0 ? { state: 'given', counts: false } : { state: combine(entries.map((entry) => entry.state)), counts: true };
  }
  const state = alternatives ? stateOfAlternatives(value, alternatives) : stateAt(value, path);
  return { state, counts: state === 'given' || truthAt(value, whenPath, when) };
}

const split = (path: string): string[] => path.split('/');

function assess(detail: ExpectedDetail, value: unknown): Assessed {
  const alternatives = detail.anyOf?.map(split);
  const path = detail.path !== undefined ? split(detail.path) : [];
  if (detail.when) return assessWhen(value, path, split(detail.when.path), detail.when, alternatives);
  return { state: alternatives ? stateOfAlternatives(value, alternatives) : stateAt(value, path), counts: true };
}

/** How complete a present value is against the details its item expects. */
export function assessDetails(expects: readonly ExpectedDetail[], value: unknown): DetailsOutcome {
  let given = 0;
  let counted = 0;
  const missing: ExpectedDetail[] = [];
  const notReported: ExpectedDetail[] = [];
  for (const detail of expects) {
    const { state, counts } = assess(detail, value);
    if (!counts || state === 'not-applicable') continue;
    counted++;
    if (state === 'given') given++;
    else if (state === 'not-reported') notReported.push(detail);
    else missing.push(detail);
  }
  return { credit: counted === 0 ? 1 : given / counted, missing, notReported };
}
