/**
 * One self-contained, printable HTML page: inline CSS and SVG, no script, no external resource. Per report
 * the overall score, section bars and the findings; for a batch also a study × section heatmap.
 */
import { SECTION_KEYS } from '../report/types.js';
import type { Finding, Report } from '../report/types.js';
import { escapeHtml } from './shared/escape.js';
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
import { formatPoints, formatScore } from './shared/score.js';
import { describeBatch, describeCounts, documentName, summarizeBatch, yesNo } from './shared/summary.js';
import { heatmapSvg, scoreBarSvg, type HeatmapCell } from './shared/svg.js';
import type { Reporter, ReporterItemInfo, ReporterOptions } from './types.js';

const TITLE = 'Secretome checklist report';

/** The report page's stylesheet; the summary page (src/summary/formats/html.ts) builds on it. */
export const STYLE = `
:root { color-scheme: light; --fg: #1f2933; --muted: #4b5563; --border: #d1d5db; --panel: #f3f4f6;
  --essential: #9b1c1c; --recommended: #8a4b00; --ok: #166534; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 64rem; padding: 1.5rem; color: var(--fg); background: #ffffff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid var(--fg);
  overflow-wrap: anywhere; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
p { margin: .25rem 0; }
a { color: #1d4ed8; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em;
  background: var(--panel); padding: 0 .25rem; border-radius: .2rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
caption { text-align: left; color: var(--muted); padding-bottom: .25rem; }
th, td { border-bottom: 1px solid var(--border); padding: .35rem .6rem; text-align: left; vertical-align: middle; }
thead th { border-bottom: 2px solid var(--fg); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.facts { display: flex; flex-wrap: wrap; gap: .5rem 2rem; margin: .5rem 0 1rem; }
.facts dt { color: var(--muted); font-size: .85rem; }
.facts dd { margin: 0; font-weight: 600; }
.score-big { font-size: 1.5rem; }
.bar { vertical-align: middle; margin-right: .4rem; }
.pass { color: var(--ok); }
.fail { color: var(--essential); }
.findings { list-style: none; padding: 0; margin: 0; }
.finding { border-left: 4px solid var(--border); padding: .4rem .8rem; margin: .6rem 0; background: #fafafa; }
.finding.essential { border-left-color: var(--essential); }
.finding.recommended { border-left-color: var(--recommended); }
.finding.not-applicable { border-left-color: var(--border); }
.finding.incomplete { border-left-style: dashed; }
.badge { display: inline-block; padding: 0 .4rem; border: 1px solid currentColor; border-radius: .25rem;
  font-size: .8rem; font-weight: 600; }
.badge.essential { color: var(--essential); }
.badge.recommended { color: var(--recommended); }
.badge.status { color: var(--muted); }
.message { font-weight: 600; }
.study-title { font-size: 1.1rem; font-weight: 600; }
.study-citation { color: var(--muted); }
.meta, .sources { color: var(--muted); font-size: .9rem; }
.heatmap-figure { margin: 1rem 0; overflow-x: auto; }
.heatmap-figure figcaption { color: var(--muted); }
/* The heatmap shrinks to the page's width (its viewBox keeps it sharp), so no column is cut off; on a
   phone it would be too small to read, so it keeps its size there and its figure scrolls. */
.heatmap { max-width: 100%; height: auto; }
.table-scroll { overflow-x: auto; }
@media (max-width: 40rem) {
  body { padding: .75rem; font-size: 15px; }
  .heatmap { max-width: none; }
  th, td { padding: .3rem .35rem; overflow-wrap: anywhere; }
}
.satisfied { columns: 2 20rem; padding-left: 1.2rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--border); padding-top: .5rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  .overview + .report, .report + .report { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  .finding, tr, figure { break-inside: avoid; }
  .heatmap-figure { overflow: visible; }
  .heatmap { max-width: 100%; height: auto; }
  details > summary { display: none; }
}
`;

function el(tag: string, attributes: string, content: string): string {
  return `<${tag}${attributes === '' ? '' : ` ${attributes}`}>${content}</${tag}>`;
}

function code(text: string): string {
  return el('code', '', escapeHtml(text));
}

function verdict(value: boolean): string {
  return el('span', `class="${value ? 'pass' : 'fail'}"`, yesNo(value));
}

function findingItem(finding: Finding, file: string | undefined, items: Map<string, ReporterItemInfo>): string {
  const title = items.get(finding.itemId)?.title;
  const head = [
    el('span', `class="badge ${finding.level}"`, finding.level),
    el('span', 'class="badge status"', STATUS_LABELS[finding.status]),
    code(finding.itemId),
    title === undefined ? '' : escapeHtml(title),
  ].filter((part) => part !== '');
  const location = formatLocation(file, finding.location);
  const where = [
    finding.where === undefined ? '' : `In the manuscript: <strong>${escapeHtml(finding.where)}</strong>`,
    location === '' ? '' : `Location ${code(location)}`,
    `pointer ${code(finding.pointer)}`,
  ].filter(Boolean);
  const parts = [
    el('p', 'class="finding-head"', head.join(' ')),
    el('p', 'class="message"', escapeHtml(finding.message)),
    finding.missingDetails && finding.missingDetails.length > 0
      ? el('p', 'class="details"', `<strong>Missing details:</strong> ${finding.missingDetails.map(escapeHtml).join(', ')}`)
      : '',
    finding.hint ? el('p', 'class="hint"', `<strong>How to fix:</strong> ${escapeHtml(finding.hint)}`) : '',
    el('p', 'class="meta"', where.join(' · ')),
    finding.sources.length > 0
      ? el('p', 'class="sources"', `Sources: ${finding.sources.map(escapeHtml).join('; ')}`)
      : '',
  ];
  return el('li', `class="finding ${finding.level} ${finding.status}"`, parts.filter(Boolean).join('\n'));
}

function sectionRows(report: Report, options: ReporterOptions): string {
  return SECTION_KEYS.map((section) => {
    const score = report.score.sections[section];
    const title = sectionTitle(section, options);
    const applies = score !== undefined && score.applicable > 0;
    const shown = applies ? formatScore(score.score) : 'n/a';
    const bar = applies ? scoreBarSvg(score.score, `${title}: ${shown} of 100`) : '';
    const weight = applies ? formatPoints(score) : 'nothing applies';
    const missing = missingEssentials(report, section).map(code).join(', ') || '—';
    return el(
      'tr',
      '',
      el('th', 'scope="row"', escapeHtml(title)) +
        el('td', '', `${bar}<span class="num">${shown}</span>`) +
        el('td', 'class="num"', weight) +
        el('td', '', missing),
    );
  }).join('\n');
}

function sectionTable(report: Report, options: ReporterOptions): string {
  const head = ['Section', 'Score', 'Points', 'Missing essentials']
    .map((label) => el('th', 'scope="col"', label))
    .join('');
  return el(
    'table',
    'class="sections"',
    el('caption', '', 'Completeness by section: satisfied weight of applicable weight') +
      el('thead', '', el('tr', '', head)) +
      el('tbody', '', `\n${sectionRows(report, options)}\n`),
  );
}

function findingsBlock(report: Report, options: ReporterOptions, id: string): string {
  const items = indexItems(options.items);
  const groups = groupBySection(visibleFindings(report, options));
  if (groups.length === 0) return el('p', '', options.quiet ? 'No essential findings.' : 'No findings.');
  return groups
    .map((group) => {
      const headingId = `${id}-${group.section}`;
      const list = group.findings.map((f) => findingItem(f, report.source?.file, items)).join('\n');
      return el(
        'section',
        // The document's title too: every document has a Storage section, and landmarks need unique names.
        `aria-labelledby="${id}-title ${headingId}"`,
        el('h4', `id="${headingId}"`, escapeHtml(sectionTitle(group.section, options))) +
          el('ul', 'class="findings"', `\n${list}\n`),
      );
    })
    .join('\n');
}

function satisfiedBlock(report: Report, options: ReporterOptions): string {
  const entries = satisfiedEntries(report);
  if (entries.length === 0) return '';
  const items = indexItems(options.items);
  const list = entries.map((entry) => {
    const title = items.get(entry.itemId)?.title;
    const how = entry.state === 'not-applicable' ? ` (not applicable${entry.reason ? `: ${escapeHtml(entry.reason)}` : ''})` : '';
    return el('li', '', `${code(entry.itemId)}${title ? ` ${escapeHtml(title)}` : ''}${how}`);
  });
  return el('h3', '', 'Satisfied items') + el('ul', 'class="satisfied"', list.join(''));
}

export function reportArticle(report: Report, index: number, options: ReporterOptions): string {
  const id = `doc-${index + 1}`;
  const name = documentName(report, index);
  const { checklist } = report;
  const overall = formatScore(report.score.overall);
  const facts = [
    ['Overall score', `${scoreBarSvg(report.score.overall, `Overall score ${overall} of 100`, 160, 14)}<span class="score-big">${overall}</span>`],
    ['Minimal set complete', verdict(report.minimalSetComplete)],
    ['Valid', verdict(report.valid)],
    ['Findings', escapeHtml(describeCounts(report))],
    ['Checklist', `${escapeHtml(`${checklist.id} ${checklist.version}`)}, profile ${escapeHtml(checklist.profile)}`],
  ]
    .map(([term, value]) => el('div', '', el('dt', '', term!) + el('dd', '', value!)))
    .join('');
  return el(
    'article',
    `class="report" id="${id}" aria-labelledby="${id}-title"`,
    `\n${[
      el('h2', `id="${id}-title"`, escapeHtml(name)),
      // Which study this is, in its own words: an author reading the report may not have the file at hand.
      report.study?.title === undefined ? '' : el('p', 'class="study-title"', escapeHtml(report.study.title)),
      report.study?.citation === undefined ? '' : el('p', 'class="study-citation"', escapeHtml(report.study.citation)),
      el('dl', 'class="facts"', facts),
      el('h3', '', 'Sections'),
      sectionTable(report, options),
      el('h3', '', 'Findings'),
      findingsBlock(report, options, id),
      options.verbose ? satisfiedBlock(report, options) : '',
    ]
      .filter((part) => part !== '')
      .join('\n')}\n`,
  );
}

function heatmapTable(reports: readonly Report[], options: ReporterOptions): string {
  const head =
    el('th', 'scope="col"', 'Document') +
    SECTION_KEYS.map((section) => el('th', 'scope="col"', escapeHtml(sectionTitle(section, options)))).join('');
  const rows = reports.map((report, index) => {
    const cells = SECTION_KEYS.map((section) => {
      const score = report.score.sections[section];
      return el('td', 'class="num"', score === undefined || score.applicable === 0 ? 'n/a' : formatScore(score.score));
    });
    return el('tr', '', el('th', 'scope="row"', escapeHtml(documentName(report, index))) + cells.join(''));
  });
  return el(
    'details',
    '',
    el('summary', '', 'The heatmap as a table') +
      el('table', '', el('thead', '', el('tr', '', head)) + el('tbody', '', rows.join('\n'))),
  );
}

function heatmap(reports: readonly Report[], options: ReporterOptions): string {
  const columns = SECTION_KEYS.map((section) => sectionTitle(section, options));
  const rows = reports.map((report, index) => {
    const name = documentName(report, index);
    const cells: HeatmapCell[] = SECTION_KEYS.map((section, c) => {
      const score = report.score.sections[section];
      const column = columns[c] ?? section;
      if (score === undefined || score.applicable === 0) {
        return { score: null, tooltip: `${name} · ${column}: nothing applies` };
      }
      return {
        score: score.score,
        tooltip: `${name} · ${column}: ${formatScore(score.score)} (${formatPoints(score)})`,
      };
    });
    return { label: name, cells };
  });
  const svg = heatmapSvg({
    title: 'Completeness by study and section',
    description:
      'Rows are studies, columns are checklist sections; each cell shows the section score from 0 to 100, ' +
      'coloured from red (little reported) to blue (complete).',
    columns,
    rows,
  });
  return el(
    'figure',
    // Focusable: where the figure scrolls (on a phone), a keyboard can scroll it too.
    'class="heatmap-figure" tabindex="0"',
    `\n${svg}\n` +
      el('figcaption', '', 'Completeness by study and section: which sections the studies leave out. Hover a cell for details.'),
  );
}

/**
 * Rows the heatmap (figure and table) shows at most: beyond that it is unreadable and its SVG alone would
 * be tens of megabytes. The overview table above it still lists every document.
 */
export const HEATMAP_MAX_ROWS = 500;

/** One row of the overview table. */
export function overviewRow(report: Report, index: number): string {
  return el(
    'tr',
    '',
    el('th', 'scope="row"', el('a', `href="#doc-${index + 1}"`, escapeHtml(documentName(report, index)))) +
      el('td', 'class="num"', formatScore(report.score.overall)) +
      el('td', '', verdict(report.minimalSetComplete)) +
      el('td', '', verdict(report.valid)) +
      el('td', 'class="num"', String(report.counts.essentialMissing)) +
      el('td', 'class="num"', String(report.counts.recommendedMissing)) +
      // Reports of version 1 read back from files have no incomplete count.
      el('td', 'class="num"', String(report.counts.incomplete ?? 0)),
  );
}

/** The overview of a batch, its table rows given as HTML (a batch written as it is checked writes them one by one). */
function overview(reports: readonly Report[], options: ReporterOptions, rows: string): string {
  const head = ['Document', 'Score', 'Minimal set complete', 'Valid', 'Essential missing', 'Recommended missing', 'Incomplete']
    .map((label) => el('th', 'scope="col"', label))
    .join('');
  return el(
    'section',
    'class="overview" aria-labelledby="overview-title"',
    [
      '',
      el('h2', 'id="overview-title"', 'Overview'),
      el('p', '', escapeHtml(describeBatch(summarizeBatch(reports)))),
      el(
        'table',
        'class="documents"',
        el('caption', '', 'Documents checked') + el('thead', '', el('tr', '', head)) + el('tbody', '', rows),
      ),
      ...(reports.length > HEATMAP_MAX_ROWS
        ? [el('p', 'class="meta"', `The heatmap shows the first ${HEATMAP_MAX_ROWS} of ${reports.length} documents; the table above lists all of them.`)]
        : []),
      heatmap(reports.slice(0, HEATMAP_MAX_ROWS), options),
      heatmapTable(reports.slice(0, HEATMAP_MAX_ROWS), options),
      '',
    ].join('\n'),
  );
}

/**
 * The page around the reports' articles: everything before the first (`head`, ending with the overview of
 * a batch) and after the last (`tail`). `reports` are read for the subtitle and the overview only, so a
 * batch written as it is checked passes digests (reports without findings) here and each article after,
 * and may give the overview's rows as a placeholder to write them one by one.
 */
export function htmlPage(reports: readonly Report[], options: ReporterOptions, overviewRows?: string): { head: string; tail: string } {
  const subtitle =
    reports.length === 1 && !options.batch
      ? documentName(reports[0]!, 0)
      : `${reports.length} ${reports.length === 1 ? 'document' : 'documents'}`;
  const head = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${TITLE}: ${subtitle}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    el('header', '', el('h1', '', TITLE) + el('p', '', escapeHtml(subtitle))),
    '<main>',
    ...(options.batch ? [overview(reports, options, overviewRows ?? reports.map(overviewRow).join('\n'))] : []),
  ].join('\n');
  const tail = ['</main>', el('footer', '', `Generated by secretome-checklist ${escapeHtml(options.toolVersion)}.`), '</body>', '</html>', ''].join('\n');
  return { head, tail };
}

/** Renders reports as one self-contained HTML page. */
export const htmlReporter: Reporter = (reports, options) => {
  const { head, tail } = htmlPage(reports, options);
  return [head, ...reports.map((report, index) => reportArticle(report, index, options)), tail].join('\n');
};
