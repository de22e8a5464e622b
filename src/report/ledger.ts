/** The per-item ledger: every item, whether it counted and why, its state and weight. */
import type { ItemOutcome } from '../scoring/evaluate-item.js';
import { unitName } from '../scoring/units.js';
import type { ItemState, LedgerEntry } from './types.js';

function aggregateState(outcome: ItemOutcome): ItemState {
  const counting = outcome.units.filter((unit) => unit.counts);
  const unsatisfied = counting.find((unit) => !unit.satisfied);
  if (unsatisfied) return unsatisfied.state;
  if (counting.length > 0) return 'value';
  return outcome.units.find((unit) => unit.state === 'not-applicable')?.state ?? outcome.units[0]?.state ?? 'missing';
}

function reasonOf(outcome: ItemOutcome): string | undefined {
  const because = outcome.item.notApplicableBecause ?? 'its condition is not met';
  if (!outcome.applicable) {
    const declared = outcome.units.find((unit) => unit.state === 'not-applicable' && unit.applies);
    return declared ? `marked not applicable: ${declared.reason ?? ''}` : `not applicable: ${because}`;
  }
  if (outcome.units.some((unit) => unit.counts && !unit.applies)) return `counted because it is reported, although ${because}`;
  return undefined;
}

export function buildLedger(outcomes: ItemOutcome[]): LedgerEntry[] {
  return outcomes.map((outcome) => {
    const reason = reasonOf(outcome);
    const showUnits = outcome.units.length > 1 || outcome.units.some((unit) => unit.unit.index !== undefined);
    return {
      itemId: outcome.item.id,
      section: outcome.item.section,
      level: outcome.level,
      applicable: outcome.applicable,
      ...(reason !== undefined ? { reason } : {}),
      state: aggregateState(outcome),
      weight: outcome.item.weight,
      satisfied: outcome.satisfied,
      ...(showUnits
        ? { units: outcome.units.map((unit) => ({ unit: unitName(unit.unit), pointer: unit.pointer, applies: unit.applies, state: unit.state })) }
        : {}),
    };
  });
}
