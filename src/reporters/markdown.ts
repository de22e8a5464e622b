/**
 * Markdown for a pull request or editor comment: a section table (score, missing essentials) and the
 * findings as a list with their location and pointer; a batch adds an overall table.
 */
import { SECTION_KEYS } from '../report/types.js';
import type { Finding, Report } from '../report/types.js';
import { escapeMarkdown, markdownCode } from './shared/escape.js';
import {
  STATUS_LABELS,
  groupBySection,
  indexItems,
  missingEssentials,
  satisfiedEntries,
  sectionTitle,
  visibleFindings,
} from './shared/findings.js';
import { formatLocation } from './shared/location.js';
import { formatScore } from './shared/score.js';
import { describeBatch, describeCounts, documentName, summarizeBatch, yesNo } from './shared/summary.js';
import type { Reporter, ReporterOptions } from './types.js';

export const TITLE = 'Secretome checklist';

export function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(level, 6))} ${text}`;
}

function sectionTable(report: Report, options: ReporterOptions): string[] {
  const rows = SECTION_KEYS.map((section) => {
    const score = report.score.sections[section];
    const shown = score === undefined || score.applicable === 0 ? 'n/a' : formatScore(score.score);
    const missing = missingEssentials(report, section).map(markdownCode).join(', ') || '—';
    return `| ${escapeMarkdown(sectionTitle(section, options))} | ${shown} | ${missing} |`;
  });
  return ['| Section | Score | Missing essentials |', '| --- | ---: | --- |', ...rows];
}

function findingItem(finding: Finding, file: string | undefined): string[] {
  const label = `${finding.level} · ${STATUS_LABELS[finding.status]}`;
  const lines = [`- **${escapeMarkdown(finding.message)}** ${markdownCode(finding.itemId)} · ${label}`];
  const location = formatLocation(file, finding.location);
  const where = location === '' ? '' : `${markdownCode(location)}, `;
  lines.push(`  - Where: ${finding.where === undefined ? '' : `${escapeMarkdown(finding.where)} (manuscript), `}${where}pointer ${markdownCode(finding.pointer)}`);
  if (finding.missingDetails && finding.missingDetails.length > 0) lines.push(`  - Missing details: ${finding.missingDetails.map(escapeMarkdown).join(', ')}`);
  if (finding.hint !== undefined && finding.hint !== '') lines.push(`  - Hint: ${escapeMarkdown(finding.hint)}`);
  if (finding.sources.length > 0) lines.push(`  - Sources: ${finding.sources.map(escapeMarkdown).join('; ')}`);
  return lines;
}

function satisfiedList(report: Report, options: ReporterOptions, level: number): string[] {
  const entries = satisfiedEntries(report);
  if (entries.length === 0) return [];
  const items = indexItems(options.items);
  const lines = ['', heading(level, 'Satisfied items'), ''];
  for (const entry of entries) {
    const title = items.get(entry.itemId)?.title;
    const how = entry.state === 'not-applicable' ? `not applicable${entry.reason ? `: ${entry.reason}` : ''}` : 'reported';
    lines.push(`- ${markdownCode(entry.itemId)}${title ? ` ${escapeMarkdown(title)}` : ''} · ${escapeMarkdown(how)}`);
  }
  return lines;
}

export function reportBlock(report: Report, options: ReporterOptions, level: number, title: string): string[] {
  const { checklist } = report;
  const verdict = report.minimalSetComplete ? 'Minimal set complete' : 'Minimal set incomplete';
  const lines = [
    heading(level, title),
    '',
    ...(report.study ? [[report.study.title && `*${escapeMarkdown(report.study.title)}*`, report.study.citation && escapeMarkdown(report.study.citation)].filter(Boolean).join(', '), ''] : []),
    `**Score ${formatScore(report.score.overall)}** · minimal set complete: **${yesNo(report.minimalSetComplete)}** · ` +
      `valid: **${yesNo(report.valid)}** · checklist ${markdownCode(checklist.id)} ${escapeMarkdown(checklist.version)}, ` +
      `profile ${markdownCode(checklist.profile)}`,
    '',
    ...sectionTable(report, options),
    '',
    heading(level + 1, 'Findings'),
    '',
  ];
  const groups = groupBySection(visibleFindings(report, options));
  if (groups.length === 0) lines.push(options.quiet ? 'No essential findings.' : 'No findings.');
  for (const [i, group] of groups.entries()) {
    if (i > 0) lines.push('');
    lines.push(heading(level + 2, escapeMarkdown(sectionTitle(group.section, options))), '');
    for (const finding of group.findings) lines.push(...findingItem(finding, report.source?.file));
  }
  if (options.verbose) lines.push(...satisfiedList(report, options, level + 1));
  lines.push('', `_${verdict}: ${escapeMarkdown(describeCounts(report))}._`);
  return lines;
}

/** One row of the batch's overall table. */
export function overallRow(report: Report, index: number): string {
  return (
    `| ${markdownCode(documentName(report, index))} | ${formatScore(report.score.overall)} | ` +
    `${yesNo(report.minimalSetComplete)} | ${yesNo(report.valid)} | ${report.counts.essentialMissing} | ` +
    `${report.counts.recommendedMissing} | ${report.counts.incomplete ?? 0} |`
  );
}

export function overallTable(reports: readonly Report[]): string[] {
  const rows = reports.map(overallRow);
  return [
    '| Document | Score | Minimal set complete | Valid | Essential missing | Recommended missing | Incomplete |',
    '| --- | ---: | --- | --- | ---: | ---: | ---: |',
    ...rows,
  ];
}

/** Renders reports as GitHub-flavoured Markdown; all user text escaped. */
export const markdownReporter: Reporter = (reports, options) => {
  if (!options.batch) {
    const blocks = reports.map((report, index) =>
      reportBlock(report, options, 2, `${TITLE}: ${escapeMarkdown(documentName(report, index))}`).join('\n'),
    );
    return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
  }
  const lines = [
    heading(2, `${TITLE}: ${reports.length} ${reports.length === 1 ? 'document' : 'documents'}`),
    '',
    escapeMarkdown(describeBatch(summarizeBatch(reports))),
    '',
    ...overallTable(reports),
  ];
  for (const [index, report] of reports.entries()) {
    lines.push('', ...reportBlock(report, options, 3, escapeMarkdown(documentName(report, index))));
  }
  return `${lines.join('\n')}\n`;
};
