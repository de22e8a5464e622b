/** Which findings a reporter shows, in which groups, under which names. */
import { SECTION_KEYS } from '../../report/types.js';
import type { Finding, FindingStatus, LedgerEntry, Report, SectionKey } from '../../report/types.js';
import type { ReporterItemInfo, ReporterOptions } from '../types.js';

/** A finding's section: a checklist section, or `document` for structural problems. */
export type FindingSection = SectionKey | 'document';

/** Group order: structural problems first, then the checklist sections in report order. */
export const FINDING_SECTION_ORDER: readonly FindingSection[] = ['document', ...SECTION_KEYS];

/** Title of the group for structural problems. */
export const DOCUMENT_SECTION_TITLE = 'Document structure';

/** Human words for each status. */
export const STATUS_LABELS: Record<FindingStatus, string> = {
  missing: 'missing',
  'not-reported': 'not reported',
  incomplete: 'incomplete',
  invalid: 'invalid',
  'not-applicable': 'not applicable',
};

/** A finding that asks for a change; `not-applicable` findings only record a declared exclusion. */
export function isProblem(finding: Finding): boolean {
  return finding.status !== 'not-applicable';
}

/** The findings a human-facing reporter shows: with `quiet`, essential problems only. */
export function visibleFindings(report: Report, options: Pick<ReporterOptions, 'quiet'>): Finding[] {
  return options.quiet ? report.findings.filter((f) => f.level === 'essential' && isProblem(f)) : report.findings;
}

export interface FindingGroup {
  section: FindingSection;
  findings: Finding[];
}

/** Findings grouped by section in report order; the order within a group is kept. Empty groups are left out. */
export function groupBySection(findings: readonly Finding[]): FindingGroup[] {
  return FINDING_SECTION_ORDER.map((section) => ({
    section,
    findings: findings.filter((f) => f.section === section),
  })).filter((group) => group.findings.length > 0);
}

/** The title of a section, falling back to its key. */
export function sectionTitle(section: FindingSection, options: Pick<ReporterOptions, 'sectionTitles'>): string {
  if (section === 'document') return DOCUMENT_SECTION_TITLE;
  return options.sectionTitles[section] ?? section;
}

/** Checklist items by id. */
export function indexItems(items: readonly ReporterItemInfo[]): Map<string, ReporterItemInfo> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Ledger entries of items that counted and were satisfied (empty without a ledger). */
export function satisfiedEntries(report: Report, section?: SectionKey): LedgerEntry[] {
  return (report.ledger ?? []).filter(
    (entry) => entry.applicable && entry.satisfied && (section === undefined || entry.section === section),
  );
}

/** Ids of the essential items of a section that are missing, not reported or invalid, each once. */
export function missingEssentials(report: Report, section: SectionKey): string[] {
  const ids = report.findings
    .filter((f) => f.section === section && f.level === 'essential' && isProblem(f))
    .map((f) => f.itemId);
  return [...new Set(ids)];
}
