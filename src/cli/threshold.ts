/** Whether a report passes the thresholds the user set (exit code 1 when one does not). */
import type { Report } from '../report/types.js';

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

/**
 * A line for stderr when --min-score fails a document whose shown (rounded) score does not reveal it:
 * the exact score, truncated so that it never rounds up to the threshold.
 */
export function minScoreNote(report: Report, file: string, minScore: number | undefined): string | undefined {
  if (minScore === undefined || !belowMinScore(report, minScore) || report.score.overall < minScore) return undefined;
  const { satisfied, applicable } = scoreWeights(report);
  const exact = Math.floor((satisfied * 100_000) / applicable) / 1000;
  return `${file}: the score ${exact} (${satisfied} of ${applicable} weight), shown rounded as ${report.score.overall.toFixed(1)}, is below --min-score ${minScore}.`;
}
