/**
 * One rule from the scorer's ledger to the five reporting states. An item is **reported** by a study when
 * it applies and every unit that counts (each arm or preparation it is reported for, or the study itself)
 * is satisfied; otherwise it takes the least-reported state among its unsatisfied units, in the order of
 * UNSATISFIED_ORDER. Items that do not apply (by their condition, declared not applicable, or waiting for a
 * fact the study does not state) are **not applicable**, exactly as the score leaves them out.
 */
import type { ItemState, LedgerEntry } from '../report/types.js';
import type { ReportingState, StateCounts } from './types.js';

/** The state of one unit, from the scorer's state of it. */
const UNIT_STATE: Record<ItemState, ReportingState> = {
  value: 'reported',
  incomplete: 'incomplete',
  'not-reported': 'not-reported',
  missing: 'left-out',
  invalid: 'left-out',
  'not-applicable': 'not-applicable',
};

/** Worst first: left out (nobody said anything), declared not reported, incomplete. */
const UNSATISFIED_ORDER: readonly ReportingState[] = ['left-out', 'not-reported', 'incomplete'];

type Unit = NonNullable<LedgerEntry['units']>[number];

/** A unit that does not count: it waits for a gate, or its condition is unmet and it holds nothing. */
function unitState(unit: Unit): ReportingState {
  if (unit.deferred) return 'not-applicable';
  const state = UNIT_STATE[unit.state];
  // An out-of-scope unit counts only when it holds a value (and then with full credit).
  if (!unit.applies && (state === 'left-out' || state === 'not-reported' || state === 'incomplete')) return 'not-applicable';
  if (!unit.applies && state === 'reported') return 'reported';
  return state;
}

/** A literal (not built from REPORTING_STATES): one of these is made per study × item. */
export function emptyCounts(): StateCounts {
  return { reported: 0, incomplete: 0, 'not-reported': 0, 'left-out': 0, 'not-applicable': 0 };
}

/** The units of an entry by state; an item reported once for the whole study is one unit. */
export function unitCounts(entry: LedgerEntry): StateCounts {
  const counts = emptyCounts();
  if (entry.units && entry.units.length > 0) {
    for (const unit of entry.units) counts[entry.applicable ? unitState(unit) : 'not-applicable']++;
  } else {
    counts[classifyEntry(entry)]++;
  }
  return counts;
}

/** The study-level state of one ledger entry. */
export function classifyEntry(entry: LedgerEntry): ReportingState {
  if (!entry.applicable) return 'not-applicable';
  if (entry.satisfied) return 'reported';
  const states = entry.units && entry.units.length > 0 ? entry.units.map(unitState) : [UNIT_STATE[entry.state]];
  return UNSATISFIED_ORDER.find((state) => states.includes(state)) ?? UNIT_STATE[entry.state];
}
