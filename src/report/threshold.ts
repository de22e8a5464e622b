/** Whether a report passes the thresholds the user set (exit code 1 when one does not), and why not. */
import type { Report } from './types.js';
import { formatScore } from '../reporters/shared/score.js';

export interface Thresholds {
  failOn: 'essential' | 'recommended' | 'none';
  minScore?: number;
}

export function failsThreshold(report: Report, { failOn, minScore }: Thresholds): boolean {
  if (minScore !== undefined && report.score.overall < minScore) return true;
  if (failOn === 'none') return false;
  if (!report.valid || !report.minimalSetComplete) return true;
  return failOn === 'recommended' && report.findings.some((finding) => finding.status !== 'not-applicable');
}

/**
 * Why a document fails, for the failures its report does not show as such: a complete minimal set is
 * shown with a tick, so a score below --min-score or recommended gaps under --fail-on recommended must be
 * named, or exit code 1 comes without a reason. Empty when the document passes or its report says why.
 */
export function hiddenFailures(report: Report, { failOn, minScore }: Thresholds): string[] {
  if (!report.valid || !report.minimalSetComplete) return [];
  const reasons: string[] = [];
  const { overall } = report.score;
  if (minScore !== undefined && overall < minScore) {
    // 98.25 shows as 98.3: below a minimum of 98.3 all the same, so say it exactly.
    const shown = Number(formatScore(overall)) >= minScore ? String(overall) : formatScore(overall);
    reasons.push(`its score ${shown} is below the minimum of ${minScore} (--min-score)`);
  }
  if (failOn === 'recommended') {
    const gaps = report.findings.filter((finding) => finding.status !== 'not-applicable').length;
    if (gaps > 0) reasons.push(`${gaps === 1 ? 'a recommended item is' : `${gaps} recommended items are`} not satisfied (--fail-on recommended)`);
  }
  return reasons;
}
