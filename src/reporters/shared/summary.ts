/** Sentences and numbers that summarise one report or a batch. */
import type { Report } from '../../report/types.js';
import { PLACE_SEPARATOR } from './location.js';
import { formatScore } from './score.js';

/**
 * The name of a report: its file (with the line, for one of several documents in a file; with the study's
 * id for a study of a spreadsheet, `studies.xlsx › ref-107`), or `document N` (1-based) when it came
 * without one.
 */
export function documentName(report: Report, index: number): string {
  const source = report.source;
  const file = source?.file;
  if (file === undefined || file === '') return source?.studyId ? source.studyId : `document ${index + 1}`;
  if (source?.studyId !== undefined && source.studyId !== '') return `${file}${PLACE_SEPARATOR}${source.studyId}`;
  return source?.line !== undefined ? `${file}:${source.line}` : file;
}

/** What a batch amounts to. */
export interface BatchSummary {
  documents: number;
  passingMinimalSet: number;
  /** Mean of the overall scores, exact; 0 for an empty batch. */
  meanScore: number;
}

export function summarizeBatch(reports: readonly Report[]): BatchSummary {
  const total = reports.reduce((sum, r) => sum + r.score.overall, 0);
  return {
    documents: reports.length,
    passingMinimalSet: reports.filter((r) => r.minimalSetComplete).length,
    meanScore: reports.length === 0 ? 0 : total / reports.length,
  };
}

/** `3 documents · 1 passing the minimal set · mean score 71.2`. */
export function describeBatch(summary: BatchSummary): string {
  const documents = `${summary.documents} ${summary.documents === 1 ? 'document' : 'documents'}`;
  return `${documents} · ${summary.passingMinimalSet} passing the minimal set · mean score ${formatScore(summary.meanScore)}`;
}

/** `2 essential missing, 1 recommended missing, 1 invalid` (zero counts left out; `nothing missing` if all are zero). */
export function describeCounts(report: Report): string {
  const { essentialMissing, recommendedMissing, invalid, notApplicable } = report.counts;
  // Reports of version 1 (read back from files) have no incomplete count.
  const incomplete = report.counts.incomplete ?? 0;
  const parts: string[] = [];
  if (essentialMissing > 0) parts.push(`${essentialMissing} essential missing`);
  if (recommendedMissing > 0) parts.push(`${recommendedMissing} recommended missing`);
  if (incomplete > 0) parts.push(`${incomplete} incomplete`);
  if (invalid > 0) parts.push(`${invalid} invalid`);
  if (parts.length === 0) parts.push('nothing missing');
  if (notApplicable > 0) parts.push(`${notApplicable} not applicable`);
  return parts.join(', ');
}

/** `yes` / `no`. */
export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}
