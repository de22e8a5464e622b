/** Counting states into a Tally: the one place rates are computed. */
import { emptyCounts } from './classify.js';
import type { ReportingState, Tally } from './types.js';

/** A running count: add study × item states (with their credit), then read the tally. */
export class TallyCounter {
  private readonly counts = emptyCounts();
  private credit = 0;

  add(state: ReportingState, credit: number | null): void {
    this.counts[state]++;
    if (state !== 'not-applicable') this.credit += credit ?? 0;
  }

  tally(): Tally {
    const applicable = this.counts.reported + this.counts.incomplete + this.counts['not-reported'] + this.counts['left-out'];
    return {
      ...this.counts,
      applicable,
      rate: applicable === 0 ? null : this.counts.reported / applicable,
      meanCredit: applicable === 0 ? null : this.credit / applicable,
    };
  }
}

/** A rate as a percentage with one decimal (`62.5 %`), or `n/a` when nothing applies. */
export function formatRate(rate: number | null): string {
  return rate === null ? 'n/a' : `${(Math.round(rate * 1000) / 10).toFixed(1)} %`;
}
