/** Whether a report passes the thresholds the user set (exit code 1 when one does not), and why not. */
import type { Report } from './types.js';
import { formatScore } from '../reporters/shared/score.js';

export interface Thresholds {
  failOn: 'essential' | 'recommended' | 'none';
  minScore?: number;
}

/**
 * The overall score as satisfied and applicable weight (the report shows it rounded to one decimal):
 * the sum over the sections, which together hold every item.
 */
export function scoreWeights(report: Report): { satisfied: number; applicable: number } {
  let satisfied = 0;
  let applicable = 0;
  for (const section of Object.values(report.score.sections)) {
    satisfied += section.satisfied;
    applicable += section.applicable;
  }
  return { satisfied, applicable };
}

/** Whether the exact score is below `minScore`; 92.98 shows as 93.0 but is below 93. Nothing applicable scores 100. */
export function belowMinScore(report: Report, minScore: number): boolean {
  const { satisfied, applicable } = scoreWeights(report);
  if (applicable <= 0) return 100 < minScore;
  // Compared as weights, not as a rounded percentage.
  return satisfied * 100 < minScore * applicable;
}

export function failsThreshold(report: Report, { failOn, minScore }: Thresholds): boolean {
  if (minScore !== undefined && belowMinScore(report, minScore)) return true;
  if (failOn === 'none') return false;
  if (!report.valid || !report.minimalSetComplete) return true;
  return failOn === 'recommended' && report.findings.some((finding) => finding.status !== 'not-applicable');
}

/** The score as shown, or exactly (truncated, so it never rounds up to the threshold) when the rounding hides a failure. */
function shownScore(report: Report, minScore: number): string {
  const shown = formatScore(report.score.overall);
  if (Number(shown) < minScore) return shown;
  const { satisfied, applicable } = scoreWeights(report);
  const exact = Math.floor((satisfied * 100_000) / applicable) / 1000;
  return `${exact} (${satisfied} of ${applicable} points; shown rounded as ${shown})`;
}

/**
 * Why a document fails, for the failures its report does not show as such: a complete minimal set is
 * shown with a tick, and a score is shown rounded, so a score below --min-score or recommended gaps under
 * --fail-on recommended must be named, or exit code 1 comes without a reason. Empty when the document
 * passes or its report says why.
 */
export function hiddenFailures(report: Report, { failOn, minScore }: Thresholds): string[] {
  const reasons: string[] = [];
  const roundedHides = minScore !== undefined && belowMinScore(report, minScore) && report.score.overall >= minScore;
  const shownComplete = report.valid && report.minimalSetComplete;
  if (minScore !== undefined && belowMinScore(report, minScore) && (shownComplete || roundedHides)) {
    reasons.push(`its score ${shownScore(report, minScore)} is below the minimum of ${minScore} (--min-score)`);
  }
  if (shownComplete && failOn === 'recommended') {
    const gaps = report.findings.filter((finding) => finding.status !== 'not-applicable').length;
    if (gaps > 0) reasons.push(`${gaps === 1 ? 'a recommended item is' : `${gaps} recommended items are`} not satisfied (--fail-on recommended)`);
  }
  return reasons;
}

/** The stderr line naming a document's hidden failures, or undefined when there are none. */
export function hiddenFailureNote(report: Report, name: string, thresholds: Thresholds): string | undefined {
  const reasons = hiddenFailures(report, thresholds);
  return reasons.length > 0 ? `${name} fails: ${reasons.join('; ')}.` : undefined;
}
