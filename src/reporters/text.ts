/**
 * The terminal reporter (default format): a header per document, findings grouped under per-section
 * score bars, a summary line, and with `batch` a summary over all documents.
 */
import type { Finding, LedgerEntry, Report, SectionKey } from '../report/types.js';
import { createPaint, type Paint } from './shared/ansi.js';
import { oneLine } from './shared/escape.js';
import {
  FINDING_SECTION_ORDER,
  STATUS_LABELS,
  indexItems,
  isProblem,
  satisfiedEntries,
  sectionTitle,
  visibleFindings,
  type FindingSection,
} from './shared/findings.js';
import { formatLocation } from './shared/location.js';
import { formatPoints, formatScore, scoreBand, scoreBar } from './shared/score.js';
import { describeBatch, describeCounts, documentName, summarizeBatch, yesNo } from './shared/summary.js';
import type { Reporter, ReporterItemInfo, ReporterOptions } from './types.js';

const STATUS_WIDTH = Math.max(...Object.values(STATUS_LABELS).map((label) => label.length));
const LEVEL_WIDTH = 'recommended'.length;
const INDENT = '    ';
const DETAIL_INDENT = '        ';

function paintScore(paint: Paint, score: number, text: string): string {
  const band = scoreBand(score);
  return band === 'good' ? paint.green(text) : band === 'fair' ? paint.yellow(text) : paint.red(text);
}

function paintStatus(paint: Paint, finding: Finding): string {
  const label = STATUS_LABELS[finding.status].padEnd(STATUS_WIDTH);
  if (!isProblem(finding)) return paint.dim(label);
  // An incomplete value is there, short of details: yellow even for an essential item.
  return finding.level === 'essential' && finding.status !== 'incomplete' ? paint.red(label) : paint.yellow(label);
}

interface Layout {
  paint: Paint;
  options: ReporterOptions;
  items: Map<string, ReporterItemInfo>;
  titleWidth: number;
  locationWidth: number;
  file: string | undefined;
}

function findingLines(finding: Finding, layout: Layout): string[] {
  const { paint, options } = layout;
  // The file name is the user's text too (a name or --stdin-filename may hold ESC or a line break).
  const location = oneLine(formatLocation(layout.file, finding.location) || '-');
  const head = [
    location.padEnd(layout.locationWidth),
    paintStatus(paint, finding),
    finding.level.padEnd(LEVEL_WIDTH),
    paint.cyan(oneLine(finding.itemId)),
    oneLine(finding.message),
  ].join('  ');
  const lines = [`${INDENT}${head}`];
  if (finding.hint !== undefined && finding.hint !== '') lines.push(`${DETAIL_INDENT}${paint.dim(oneLine(finding.hint))}`);
  if (options.verbose || finding.location === undefined) {
    const sources = options.verbose && finding.sources.length > 0 ? ` · sources: ${finding.sources.join('; ')}` : '';
    lines.push(`${DETAIL_INDENT}${paint.dim(oneLine(`at ${finding.pointer}${sources}`))}`);
  }
  return lines;
}

function satisfiedLine(entry: LedgerEntry, layout: Layout): string {
  const title = layout.items.get(entry.itemId)?.title;
  const state = entry.state === 'not-applicable' ? `not applicable${entry.reason ? ` (${entry.reason})` : ''}` : 'reported';
  const head = [
    layout.paint.green('✔ satisfied'),
    entry.level.padEnd(LEVEL_WIDTH),
    layout.paint.cyan(oneLine(entry.itemId)),
    oneLine(title === undefined ? state : `${title}: ${state}`),
  ].join('  ');
  return `${INDENT}${head}`;
}

function sectionHeading(report: Report, section: FindingSection, layout: Layout): string {
  const name = sectionTitle(section, layout.options);
  if (section === 'document') return `  ${layout.paint.bold(name)}  ${layout.paint.dim('(fix these first)')}`;
  const title = layout.paint.bold(name.padEnd(layout.titleWidth));
  const score = report.score.sections[section];
  if (score === undefined || score.applicable === 0) return `  ${title}  ${layout.paint.dim('nothing applies')}`;
  const bar = paintScore(layout.paint, score.score, scoreBar(score.score));
  const weights = layout.paint.dim(`(${formatPoints(score)})`);
  return `  ${title}  ${bar} ${formatScore(score.score).padStart(5)}  ${weights}`;
}

function summaryLine(report: Report, paint: Paint): string {
  const verdict = report.minimalSetComplete
    ? paint.green('✔ minimal set complete')
    : paint.red('✖ minimal set incomplete');
  const validity = report.valid ? '' : ` · ${paint.red('document invalid')}`;
  return `  ${verdict}${validity} · score ${formatScore(report.score.overall)} · ${describeCounts(report)}`;
}

/** Structural problems (any invalid value, and problems outside items) come first, together: fix them first. */
function groupOf(finding: Finding): FindingSection {
  return finding.status === 'invalid' ? 'document' : finding.section;
}

export function renderReport(report: Report, index: number, options: ReporterOptions, paint: Paint): string[] {
  const file = report.source?.file;
  const findings = visibleFindings(report, options);
  const sections = FINDING_SECTION_ORDER.filter((section) => {
    const hasFindings = findings.some((f) => groupOf(f) === section);
    if (section === 'document' || options.quiet) return hasFindings;
    return true;
  });
  const layout: Layout = {
    paint,
    options,
    items: indexItems(options.items),
    file,
    titleWidth: Math.max(0, ...sections.map((s) => sectionTitle(s, options).length)),
    locationWidth: Math.max(0, ...findings.map((f) => oneLine(formatLocation(file, f.location) || '-').length)),
  };

  const { checklist } = report;
  const lines = [
    paint.bold(oneLine(documentName(report, index))),
    `  score ${paint.bold(formatScore(report.score.overall))} · minimal set complete: ${yesNo(report.minimalSetComplete)}` +
      ` · valid: ${yesNo(report.valid)} · checklist ${oneLine(`${checklist.id} ${checklist.version}, profile ${checklist.profile}`)}`,
    '',
  ];
  for (const section of sections) {
    lines.push(sectionHeading(report, section, layout));
    for (const finding of findings.filter((f) => groupOf(f) === section)) lines.push(...findingLines(finding, layout));
    if (options.verbose && section !== 'document') {
      for (const entry of satisfiedEntries(report, section as SectionKey)) lines.push(satisfiedLine(entry, layout));
    }
  }
  if (sections.length > 0) lines.push('');
  lines.push(summaryLine(report, paint));
  return lines;
}

/** Renders reports for a terminal; ANSI colours only with `options.color`. */
export const textReporter: Reporter = (reports, options) => {
  const paint = createPaint(options.color);
  const blocks = reports.map((report, index) => renderReport(report, index, options, paint).join('\n'));
  if (options.batch) blocks.push(paint.bold(`Summary: ${describeBatch(summarizeBatch(reports))}`));
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
};
