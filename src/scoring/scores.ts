/** Section and overall scores: Σ weight × credit over Σ weight of the applicable items, as a percentage. */
import { SECTION_KEYS, type SectionKey, type SectionScore } from '../report/types.js';
import type { ItemOutcome } from './evaluate-item.js';

/** One decimal, rounded half up; an empty denominator scores 100 (nothing was asked). */
export function percent(satisfied: number, applicable: number): number {
  if (applicable <= 0) return 100;
  return Math.round((satisfied * 1000) / applicable) / 10;
}

/** Weight points for display: two decimals (the score itself is computed from the exact sum). */
function points(value: number): number {
  return Math.round(value * 100) / 100;
}

export function computeScores(outcomes: ItemOutcome[]): { overall: number; sections: Record<SectionKey, SectionScore> } {
  const totals = {} as Record<SectionKey, { satisfied: number; applicable: number }>;
  // Indexed loops: this runs once per document, mostly in the interpreter, where for-of allocates per step.
  for (let index = 0; index < SECTION_KEYS.length; index++) totals[SECTION_KEYS[index]!] = { satisfied: 0, applicable: 0 };
  for (let index = 0; index < outcomes.length; index++) {
    const outcome = outcomes[index]!;
    if (!outcome.applicable) continue;
    const total = totals[outcome.item.section];
    total.applicable += outcome.weight;
    total.satisfied += outcome.weight * outcome.credit;
  }
  let satisfied = 0;
  let applicable = 0;
  const sections = {} as Record<SectionKey, SectionScore>;
  for (let index = 0; index < SECTION_KEYS.length; index++) {
    const key = SECTION_KEYS[index]!;
    const total = totals[key];
    satisfied += total.satisfied;
    applicable += total.applicable;
    sections[key] = { score: percent(total.satisfied, total.applicable), satisfied: points(total.satisfied), applicable: total.applicable };
  }
  return { overall: percent(satisfied, applicable), sections };
}
