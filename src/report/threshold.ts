/** Whether a report passes the thresholds the user set (exit code 1 when one does not). */
import type { Report } from './types.js';

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
