/** The per-item ledger: every item, whether it counted and why, its state, weight and credit. */
import { FACT_WORDS } from '../checklist/describe.js';
import type { ItemOutcome } from '../scoring/evaluate-item.js';
import { unitName } from '../scoring/units.js';
import type { ItemState, LedgerEntry } from './types.js';

function aggregateState(outcome: ItemOutcome): ItemState {
  const counting = outcome.units.filter((unit) => unit.counts);
  const unsatisfied = counting.find((unit) => !unit.satisfied);
  if (unsatisfied) return unsatisfied.state;
  if (counting.length > 0) return 'value';
  return outcome.units.find((unit) => unit.deferred)?.state ?? outcome.units.find((unit) => unit.state === 'not-applicable')?.state ?? outcome.units[0]?.state ?? 'missing';
}

function reasonOf(outcome: ItemOutcome): string | undefined {
  const because = outcome.item.notApplicableBecause ?? 'its condition is not met';
  if (!outcome.applicable) {
    const declared = outcome.units.find((unit) => unit.state === 'not-applicable' && unit.applies);
    if (declared) return `marked not applicable: ${declared.reason ?? ''}`;
    const waiting = outcome.units.find((unit) => unit.deferred);
    if (waiting) return `waits until the document states ${(waiting.waitsFor ?? []).map((fact) => FACT_WORDS[fact]).join(' and ')}`;
    return `not applicable: ${because}`;
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
      weight: outcome.weight,
      credit: outcome.credit,
      satisfied: outcome.satisfied,
      deferred: outcome.units.some((unit) => unit.deferred),
      ...(showUnits
        ? {
            units: outcome.units.map((unit) => ({
              unit: unitName(unit.unit),
              pointer: unit.pointer,
              applies: unit.applies,
              state: unit.state,
              credit: unit.credit,
              deferred: unit.deferred,
            })),
          }
        : {}),
    };
  });
}
