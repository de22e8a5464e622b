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
  given: number;
  counted: number;
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

/**
 * Alternatives (read from depth `from`): given if any is given; else not applicable if any is declared so
 * (the author says the detail does not apply, e.g. no interval for an irregular schedule); else not
 * reported if any is; else missing.
 */
function stateOfAlternatives(value: unknown, paths: ReadonlyArray<readonly string[]>, from = 0): DetailState {
  const states = paths.map((path) => stateAt(value, path, from));
  for (const state of ['given', 'not-applicable', 'not-reported'] as const) if (states.includes(state)) return state;
  return 'missing';
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

interface Condition {
  path: readonly string[];
  when: DetailWhen;
}

/** A detail decided here: its state, and whether it counts (no condition, the condition holds, or it is given). */
function decide(value: unknown, paths: ReadonlyArray<readonly string[]>, from: number, condition: Condition | undefined): Assessed {
  const state = paths.length > 1 ? stateOfAlternatives(value, paths, from) : stateAt(value, paths[0]!, from);
  return { state, counts: !condition || state === 'given' || truthAt(value, condition.path, condition.when, from) };
}

/** Whether every path has the same segment at depth `from` (and so they can be walked together). */
function sharedHead(paths: ReadonlyArray<readonly string[]>, from: number): string | undefined {
  const head = paths[0]![from];
  for (let index = 1; index < paths.length; index++) if (paths[index]![from] !== head) return undefined;
  return head;
}

/**
 * One detail (a path, or alternatives) with its condition, read from depth `from` of each path. The
 * common prefix of the paths is walked together, so a `*` they share is decided per entry ("every entry
 * has one of them"); a condition that shares that prefix is decided per entry too (only the entries it
 * holds for count), one that does not is decided where the paths part from it.
 */
function assessAt(value: unknown, paths: ReadonlyArray<readonly string[]>, from: number, condition?: Condition): Assessed {
  const head = sharedHead(paths, from);
  if (condition && (head === undefined || condition.path[from] !== head)) {
    // The condition parts from the paths here: decide it on this value, then walk the paths alone.
    const inner = assessAt(value, paths, from);
    return { state: inner.state, counts: inner.counts && (inner.state === 'given' || truthAt(value, condition.path, condition.when, from)) };
  }
  if (head === undefined || value === undefined || declaredState(value)) return decide(value, paths, from, condition);
  if (head !== '*') return assessAt(getOwn(value, head), paths, from + 1, condition);
  // No entries: missing; with a per-entry condition, nothing to ask (a list of stimuli nobody gave has no
  // hypoxia stimulus).
  if (!Array.isArray(value) || value.length === 0) return { state: 'missing', counts: !condition };
  const states: DetailState[] = [];
  for (const entry of value) {
    const assessed = assessAt(entry, paths, from + 1, condition);
    if (assessed.counts) states.push(assessed.state);
  }
  return states.length === 0 ? { state: 'given', counts: false } : { state: combine(states), counts: true };
}

const split = (path: string): string[] => path.split('/');

/** A detail's paths, split once per detail rather than for every value of every document. */
const compiled = new WeakMap<ExpectedDetail, { paths: string[][]; condition: Condition | undefined; plain: boolean }>();

function assess(detail: ExpectedDetail, value: unknown): Assessed {
  let found = compiled.get(detail);
  if (!found) {
    const paths = detail.anyOf ? detail.anyOf.map(split) : [split(detail.path!)];
    const condition = detail.when ? { path: split(detail.when.path), when: detail.when } : undefined;
    // Most details are one path without a list step or condition: read it directly.
    compiled.set(detail, (found = { paths, condition, plain: !condition && paths.length === 1 && !paths[0]!.includes('*') }));
  }
  if (found.plain) return { state: stateAt(value, found.paths[0]!), counts: true };
  return assessAt(value, found.paths, 0, found.condition);
}

/** How complete a present value is against the details its item expects. */
export function assessDetails(expects: readonly ExpectedDetail[] = [], value: unknown): DetailsOutcome {
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
  return { given, counted, credit: counted === 0 ? 1 : given / counted, missing, notReported };
}
