/** The summary as Markdown: per-item and per-section counts, the splits, and the evidence tables when asked for. */
import { escapeMarkdown, markdownCode } from '../../reporters/shared/escape.js';
import type { EvidenceTable } from '../evidence/types.js';
import { formatRate } from '../tally.js';
import { REPORTING_STATES, STATE_LABELS, type SplitKey, type Summary, type Tally } from '../types.js';

const SPLIT_TITLES: Record<SplitKey, string> = { design: 'By design', preparation: 'By preparation type', year: 'By year' };

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[], numeric = 0): string {
  const rule = head.map((_, i) => (i >= head.length - numeric ? '---:' : '---'));
  return [row(head), row(rule), ...rows.map(row)].join('\n');
}

const STATE_HEAD = REPORTING_STATES.map((state) => STATE_LABELS[state].replace(/^./, (c) => c.toUpperCase()));

function counts(tally: Tally): string[] {
  return [...REPORTING_STATES.map((state) => String(tally[state])), formatRate(tally.rate), formatRate(tally.meanCredit)];
}

/** `4/12` reported of applicable, or `n/a`. */
function share(tally: Tally | undefined): string {
  return tally === undefined || tally.applicable === 0 ? 'n/a' : `${tally.reported}/${tally.applicable}`;
}

function splitTable(summary: Summary, key: SplitKey): string {
  const groups = summary.splits[key];
  const head = ['Item', ...groups.map((group) => `${escapeMarkdown(group.group)} (${group.studies})`)];
  const lookup = groups.map((group) => new Map(group.items.map((item) => [item.itemId, item.tally])));
  const rows = [
    ['**All items**', ...groups.map((group) => `${share(group.overall)} (${formatRate(group.overall.rate)})`)],
    ...summary.items.map((item) => [markdownCode(item.itemId), ...lookup.map((map) => share(map.get(item.itemId)))]),
  ];
  return [`### ${SPLIT_TITLES[key]}`, '', table(head, rows, groups.length)].join('\n');
}

export function evidenceMarkdown(tables: readonly EvidenceTable[]): string {
  return tables
    .map((evidence) => {
      const head = ['Study', ...evidence.columns.map((column) => escapeMarkdown(column.title))];
      const rows = evidence.rows.map((entry) => [escapeMarkdown(entry.study), ...evidence.columns.map((column) => (entry.cells[column.key] ?? 'N/A').split('\n').map(escapeMarkdown).join('<br>'))]);
      return [`### ${escapeMarkdown(evidence.title)}`, '', rows.length === 0 ? '_No study of this kind._' : table(head, rows)].join('\n');
    })
    .join('\n\n');
}

export function summaryMarkdown(summary: Summary, tables?: readonly EvidenceTable[]): string {
  const { overall } = summary;
  const parts = [
    '# Reporting across studies',
    '',
    `${summary.studies.length} ${summary.studies.length === 1 ? 'study' : 'studies'} checked against ${summary.checklist.id} ${summary.checklist.version} (profile ${summary.checklist.profile}). ` +
      `Of ${overall.applicable} applicable study × item pairs, ${overall.reported} are reported (${formatRate(overall.rate)}), ${overall.incomplete} incomplete, ` +
      `${overall['not-reported']} declared not reported and ${overall['left-out']} left out.`,
    '',
    'Rate = reported ÷ studies the item applies to; credit = mean credit over those studies (an incomplete value counts in part).',
    '',
    '## By section',
    '',
    table(['Section', ...STATE_HEAD, 'Rate', 'Credit'], summary.sections.map((section) => [escapeMarkdown(section.title), ...counts(section.tally)]), 7),
    '',
    '## By item',
    '',
    table(['Item', 'Level', ...STATE_HEAD, 'Rate', 'Credit'], summary.items.map((item) => [`${markdownCode(item.itemId)} ${escapeMarkdown(item.title)}`, item.level, ...counts(item.tally)]), 7),
    '',
    '## Splits',
    '',
    'Reported ÷ applicable studies per group (a study with two designs or preparation types counts in both).',
    '',
    ...(['design', 'preparation', 'year'] as const).flatMap((key) => [splitTable(summary, key), '']),
    '## Studies',
    '',
    table(
      ['Study', 'Design', 'Preparation', 'Year', 'Score'],
      summary.studies.map((study) => [escapeMarkdown(study.study), escapeMarkdown(study.designs.join(', ')), escapeMarkdown(study.preparations.join(', ')), study.year === null ? 'not stated' : String(study.year), (Math.round(study.score * 10) / 10).toFixed(1)]),
      1,
    ),
  ];
  if (tables) parts.push('', '## Evidence tables', '', evidenceMarkdown(tables));
  return `${parts.join('\n')}\n`;
}
