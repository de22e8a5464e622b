/**
 * The summary as one self-contained, printable HTML page (inline CSS and SVG, no script, no URL): reporting
 * per item as bars, the study × item grid, tables by section, item, split and study, and the evidence
 * tables when asked for. Built on the report page's stylesheet and conventions (src/reporters/html.ts).
 */
import { STYLE } from '../../reporters/html.js';
import { escapeHtml } from '../../reporters/shared/escape.js';
import { formatScore } from '../../reporters/shared/score.js';
import { scoreBarSvg } from '../../reporters/shared/svg.js';
import type { EvidenceTable } from '../evidence/types.js';
import { formatRate } from '../tally.js';
import { REPORTING_STATES, STATE_LABELS, type SplitKey, type Summary, type Tally } from '../types.js';
import { STATE_COLOURS, itemBarsSvg, stateGridSvg } from './charts.js';

/** Studies the grid shows at most (beyond that it is unreadable and tens of megabytes); the tables list all. */
export const GRID_MAX_STUDIES = 500;

const SUMMARY_STYLE = `
.chart-figure { margin: 1rem 0; overflow-x: auto; }
.chart-figure figcaption { color: var(--muted); }
.chart { max-width: 100%; height: auto; }
.key { display: inline-block; width: .8rem; height: .8rem; border: 1px solid #6b7280; vertical-align: middle; margin-right: .25rem; }
.evidence { font-size: .875rem; }
.evidence td, .evidence tbody th { vertical-align: top; min-width: 7rem; }
.evidence td.cell { white-space: pre-line; }
.num { white-space: nowrap; }
@media (max-width: 40rem) { .chart { max-width: none; } }
/* On paper nothing scrolls: charts shrink to the page, tables wrap their cells to its width. */
@media print {
  .chart-figure, .table-scroll { overflow: visible; }
  .chart { max-width: 100%; }
  .table-scroll table { width: 100%; table-layout: fixed; }
  .table-scroll th, .table-scroll td { min-width: 0; overflow-wrap: anywhere; white-space: normal; padding: .2rem .25rem; }
  .evidence { font-size: 7.5pt; }
}
`;

const SPLIT_TITLES: Record<SplitKey, string> = { design: 'By design', preparation: 'By preparation type', year: 'By year' };

function el(tag: string, attributes: string, content: string): string {
  return `<${tag}${attributes === '' ? '' : ` ${attributes}`}>${content}</${tag}>`;
}

function th(text: string, scope: 'col' | 'row' = 'col', className = ''): string {
  return el('th', `scope="${scope}"${className ? ` class="${className}"` : ''}`, text);
}

function num(text: string): string {
  return el('td', 'class="num"', text);
}

function table(caption: string, head: readonly string[], rows: readonly string[], className = ''): string {
  return el(
    'div',
    'class="table-scroll" tabindex="0" role="region" aria-label="' + escapeHtml(caption) + '"',
    el('table', className ? `class="${className}"` : '', el('caption', '', escapeHtml(caption)) + el('thead', '', el('tr', '', head.join(''))) + el('tbody', '', rows.join('\n'))),
  );
}

const STATE_HEADS = REPORTING_STATES.map((state) => th(`${el('span', `class="key" style="background:${STATE_COLOURS[state]}" aria-hidden="true"`, '')}${escapeHtml(STATE_LABELS[state])}`));

function tallyCells(tally: Tally): string {
  return [...REPORTING_STATES.map((state) => num(String(tally[state]))), num(formatRate(tally.rate)), num(formatRate(tally.meanCredit))].join('');
}

function sectionTable(summary: Summary): string {
  const rows = summary.sections.map((section) => {
    const rate = section.tally.rate === null ? 'n/a' : formatRate(section.tally.rate);
    const bar = section.tally.rate === null ? '' : scoreBarSvg(section.tally.rate * 100, `${section.title}: ${rate} reported`);
    return el('tr', '', th(escapeHtml(section.title), 'row') + el('td', '', bar) + tallyCells(section.tally));
  });
  return table('Reporting by section: study × item pairs of each section', [th('Section'), th('Share reported'), ...STATE_HEADS, th('Rate'), th('Mean credit')], rows);
}

function itemTable(summary: Summary): string {
  const rows = summary.items.map((item) =>
    el('tr', '', th(`${el('code', '', escapeHtml(item.itemId))} ${escapeHtml(item.title)}`, 'row') + el('td', '', item.level) + tallyCells(item.tally)),
  );
  return table('Reporting by item: studies in each state', [th('Item'), th('Level'), ...STATE_HEADS, th('Rate'), th('Mean credit')], rows);
}

function share(tally: Tally | undefined): string {
  return tally === undefined || tally.applicable === 0 ? 'n/a' : `${tally.reported}/${tally.applicable} (${formatRate(tally.rate)})`;
}

function splitTable(summary: Summary, key: SplitKey): string {
  const groups = summary.splits[key];
  const head = [th('Section'), ...groups.map((group) => th(`${escapeHtml(group.group)} (${group.studies})`))];
  const lookup = groups.map((group) => new Map(group.sections.map((entry) => [entry.section, entry.tally])));
  const rows = [
    el('tr', '', th('All items', 'row') + groups.map((group) => num(share(group.overall))).join('')),
    ...summary.sections.map((section) => el('tr', '', th(escapeHtml(section.title), 'row') + lookup.map((map) => num(share(map.get(section.section)))).join(''))),
  ];
  return el('h3', `id="split-${key}"`, SPLIT_TITLES[key]) + table(`${SPLIT_TITLES[key]}: reported of applicable study × item pairs`, head, rows);
}

function studyTable(summary: Summary): string {
  const rows = summary.studies.map((study) =>
    el(
      'tr',
      '',
      th(escapeHtml(study.study), 'row') +
        el('td', '', escapeHtml(study.designs.join(', '))) +
        el('td', '', escapeHtml(study.preparations.join(', '))) +
        num(study.year === null ? 'not stated' : String(study.year)) +
        num(formatScore(study.score)),
    ),
  );
  return table('Studies: design, preparation type, year and score', [th('Study'), th('Design'), th('Preparation'), th('Year'), th('Score')], rows);
}

/** A number and what follows it stay on one line (`-80 °C`, `200 µL`): a no-break space, in the page only. */
function keepQuantities(html: string): string {
  return html.replace(/(\d) (?=[^\s\d])/g, '$1\u00a0');
}

export function evidenceHtml(tables: readonly EvidenceTable[]): string {
  return tables
    .map((evidence, index) => {
      const head = [th('Study'), ...evidence.columns.map((column) => th(escapeHtml(column.title)))];
      const rows = evidence.rows.map((row) => el('tr', '', th(escapeHtml(row.study), 'row') + evidence.columns.map((column) => el('td', 'class="cell"', keepQuantities(escapeHtml(row.cells[column.key] ?? 'N/A')))).join('')));
      const caption = `${evidence.title}: one row per study, N/A where the study does not report it`;
      return el('h3', `id="evidence-${index + 1}"`, escapeHtml(evidence.title)) + (rows.length === 0 ? el('p', '', 'No study of this kind.') : table(caption, head, rows, 'evidence'));
    })
    .join('\n');
}

function section(id: string, title: string, content: string): string {
  return el('section', `aria-labelledby="${id}"`, `\n${el('h2', `id="${id}"`, escapeHtml(title))}\n${content}\n`);
}

export function summaryHtml(summary: Summary, options: { toolVersion: string; tables?: readonly EvidenceTable[] }): string {
  const { overall } = summary;
  const studies = summary.studies.map((study) => study.study);
  const shown = studies.slice(0, GRID_MAX_STUDIES);
  const facts = [
    ['Studies', String(summary.studies.length)],
    ['Applicable study × item pairs', String(overall.applicable)],
    ['Reported', `${overall.reported} (${formatRate(overall.rate)})`],
    ['Mean credit', formatRate(overall.meanCredit)],
    ['Checklist', `${summary.checklist.id} ${summary.checklist.version}, profile ${summary.checklist.profile}`],
  ]
    .map(([term, value]) => el('div', '', el('dt', '', escapeHtml(term!)) + el('dd', '', escapeHtml(value!))))
    .join('');
  const parts = [
    section('overview-title', 'Overview', [
      el('dl', 'class="facts"', facts),
      el('p', '', 'An item is <strong>reported</strong> by a study when it applies and every arm or preparation it applies to is satisfied; otherwise it takes the least-reported state among them (left out, then declared not reported, then incomplete). Rates are over the studies an item applies to.'),
    ].join('\n')),
    section('items-chart-title', 'Reporting per item', [
      el('figure', 'class="chart-figure" tabindex="0"', `\n${itemBarsSvg(summary.items)}\n${el('figcaption', '', 'Reporting per item, over the studies each item applies to. Hover a bar for its counts; the table below holds them all.')}`),
      itemTable(summary),
    ].join('\n')),
    section('grid-title-heading', 'Study × item', [
      studies.length > GRID_MAX_STUDIES ? el('p', 'class="meta"', `The grid shows the first ${GRID_MAX_STUDIES} of ${studies.length} studies.`) : '',
      el('figure', 'class="chart-figure" tabindex="0"', `\n${stateGridSvg(shown, summary.items, summary.rows)}\n${el('figcaption', '', 'Each row a study, each column an item: which items each study leaves out. Hover a cell for the study, the item and its state.')}`),
    ].join('\n')),
    section('sections-title', 'By section', sectionTable(summary)),
    section('splits-title', 'Splits', [el('p', '', 'Reported of applicable study × item pairs in each group; a study with two designs or preparation types counts in both.'), ...(['design', 'preparation', 'year'] as const).map((key) => splitTable(summary, key))].join('\n')),
    section('studies-title', 'Studies', studyTable(summary)),
    ...(options.tables ? [section('evidence-title', 'Evidence tables', evidenceHtml(options.tables))] : []),
  ];
  const subtitle = `${summary.studies.length} ${summary.studies.length === 1 ? 'study' : 'studies'}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Reporting across studies: ${escapeHtml(subtitle)}</title>`,
    `<style>${STYLE}${SUMMARY_STYLE}</style>`,
    '</head>',
    '<body>',
    el('header', '', el('h1', '', 'Reporting across studies') + el('p', '', escapeHtml(subtitle))),
    '<main>',
    ...parts,
    '</main>',
    el('footer', '', `Generated by secretome-checklist ${escapeHtml(options.toolVersion)}.`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
