/** The closing table of a bench script: each measure with its noise, its target and whether it was met. */
import { verdict, type Estimate, type Target } from './stats.js';
import { table, withNoise } from './table.js';

export interface Check {
  name: string;
  value: Estimate;
  target?: Target;
}

/** The table, and the names of the measures that missed their target by more than the measured noise. */
export function checkResults(checks: readonly Check[]): { text: string; missed: string[] } {
  const results = checks.map((check) => ({ check, outcome: check.target ? verdict(check.value, check.target) : undefined }));
  const text = table(
    ['measure', 'median ± noise', 'target', 'result'],
    results.map(({ check, outcome }) => [
      check.name,
      withNoise(check.value.median, check.value.noise),
      check.target ? `${check.target.kind === 'at-most' ? '≤' : '≥'} ${check.target.limit}` : '',
      outcome ?? '',
    ]),
  );
  return { text, missed: results.filter(({ outcome }) => outcome === 'missed').map(({ check }) => check.name) };
}
