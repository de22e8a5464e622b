/**
 * Inline SVG charts of the summary page: reporting per item as stacked bars, and the study × item grid.
 * Same conventions as src/reporters/shared/svg.ts: no xmlns, no URL, every text escaped, role="img" with a
 * title and description, and the data beside each chart as a table for screen readers and print.
 */
import { escapeHtml } from '../../reporters/shared/escape.js';
import { SCORE_STEPS } from '../../reporters/shared/score.js';
import { formatRate } from '../tally.js';
import { REPORTING_STATES, STATE_LABELS, type ItemSummary, type ReportingState, type StudyItem } from '../types.js';

const FONT = 'font-family="system-ui, -apple-system, \'Segoe UI\', Roboto, sans-serif"';
const INK = '#1f2933';
const CHAR_WIDTH = 7;

/** One colour per state, from the score palette (ColorBrewer RdBu: readable for colour-blind readers). */
export const STATE_COLOURS: Record<ReportingState, string> = {
  reported: SCORE_STEPS[0].fill,
  incomplete: SCORE_STEPS[1].fill,
  'not-reported': SCORE_STEPS[4].fill,
  'left-out': SCORE_STEPS[5].fill,
  'not-applicable': '#f3f4f6',
};

/** States drawn in the bars: the item's applicable studies. */
const APPLICABLE_STATES = REPORTING_STATES.filter((state) => state !== 'not-applicable');

function legend(x: number, y: number, states: readonly ReportingState[]): { svg: string; width: number } {
  const swatch = 14;
  let cursor = x;
  const parts = states.map((state) => {
    const text = STATE_LABELS[state];
    const part =
      `<rect x="${cursor}" y="${y}" width="${swatch}" height="${swatch}" fill="${STATE_COLOURS[state]}" stroke="#6b7280"/>` +
      `<text x="${cursor + swatch + 4}" y="${y + swatch / 2}" fill="${INK}" dominant-baseline="central">${escapeHtml(text)}</text>`;
    cursor += swatch + 10 + text.length * CHAR_WIDTH;
    return part;
  });
  return { svg: parts.join(''), width: cursor - x };
}

const BAR_ROW = 18;
const BAR_WIDTH = 320;

/** Horizontal stacked bars: per item, its applicable studies split by state; the rate written beside. */
export function itemBarsSvg(items: readonly ItemSummary[]): string {
  const labelWidth = Math.max(120, ...items.map((item) => item.itemId.length * CHAR_WIDTH + 12));
  const textWidth = 150;
  const top = 34;
  const { svg: key, width: keyWidth } = legend(0, 4, APPLICABLE_STATES);
  const width = Math.max(labelWidth + BAR_WIDTH + textWidth, keyWidth + 8);
  const height = top + items.length * BAR_ROW + 8;
  const rows = items.map((item, index) => {
    const y = top + index * BAR_ROW;
    const { tally } = item;
    let x = labelWidth;
    const segments = APPLICABLE_STATES.map((state) => {
      if (tally.applicable === 0 || tally[state] === 0) return '';
      const w = Math.round((tally[state] / tally.applicable) * BAR_WIDTH * 10) / 10;
      const segment = `<rect x="${x}" y="${y + 2}" width="${w}" height="${BAR_ROW - 4}" fill="${STATE_COLOURS[state]}"/>`;
      x += w;
      return segment;
    });
    const shown = tally.applicable === 0 ? 'not applicable' : `${tally.reported}/${tally.applicable} · ${formatRate(tally.rate)}`;
    return (
      `<g><title>${escapeHtml(`${item.itemId}: ${REPORTING_STATES.map((state) => `${tally[state]} ${STATE_LABELS[state]}`).join(', ')}`)}</title>` +
      `<text x="${labelWidth - 6}" y="${y + BAR_ROW / 2}" fill="${INK}" text-anchor="end" dominant-baseline="central">${escapeHtml(item.itemId)}</text>` +
      `<rect x="${labelWidth}" y="${y + 2}" width="${BAR_WIDTH}" height="${BAR_ROW - 4}" fill="${STATE_COLOURS['not-applicable']}"/>` +
      segments.join('') +
      `<text x="${labelWidth + BAR_WIDTH + 6}" y="${y + BAR_ROW / 2}" fill="${INK}" dominant-baseline="central">${escapeHtml(shown)}</text></g>`
    );
  });
  return [
    `<svg class="chart item-bars" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="bars-title bars-desc" ${FONT} font-size="12">`,
    '<title id="bars-title">Reporting per item</title>',
    '<desc id="bars-desc">One bar per checklist item: of the studies the item applies to, the share that report it, report it incompletely, declare it not reported, or leave it out. The table after the chart gives the numbers.</desc>',
    key,
    ...rows,
    '</svg>',
  ].join('\n');
}

const CELL = 12;

/** Item ids shortened to their last part for column heads (`storage.temperature` → `temperature`). */
function shortId(itemId: string): string {
  return itemId.slice(itemId.indexOf('.') + 1);
}

/** The study × item grid: one cell per study and item, coloured by state (the state's name in its tooltip). */
export function stateGridSvg(studies: readonly string[], items: readonly ItemSummary[], rows: readonly StudyItem[]): string {
  const states = new Map(rows.map((row) => [`${row.study}\u0000${row.itemId}`, row.state]));
  const labels = studies.map((study) => (study.length > 36 ? `…${study.slice(-35)}` : study));
  const labelWidth = Math.max(100, ...labels.map((label) => label.length * CHAR_WIDTH + 10));
  const headHeight = Math.max(...items.map((item) => shortId(item.itemId).length)) * 6 + 14;
  const { svg: key, width: keyWidth } = legend(0, 4, REPORTING_STATES);
  const top = 28 + headHeight;
  const width = Math.max(labelWidth + items.length * CELL + 8, keyWidth + 8);
  const height = top + studies.length * CELL + 6;
  const heads = items.map((item, c) => {
    const x = labelWidth + c * CELL + CELL / 2;
    return `<text transform="translate(${x + 3} ${top - 4}) rotate(-90)" fill="${INK}" font-size="10">${escapeHtml(shortId(item.itemId))}</text>`;
  });
  const body = studies.map((study, r) => {
    const y = top + r * CELL;
    const cells = items.map((item, c) => {
      const state = states.get(`${study}\u0000${item.itemId}`);
      if (state === undefined) return '';
      return `<rect x="${labelWidth + c * CELL}" y="${y}" width="${CELL - 1}" height="${CELL - 1}" fill="${STATE_COLOURS[state]}"><title>${escapeHtml(`${study} · ${item.itemId}: ${STATE_LABELS[state]}`)}</title></rect>`;
    });
    return `<text x="${labelWidth - 6}" y="${y + CELL / 2}" fill="${INK}" text-anchor="end" dominant-baseline="central" font-size="11">${escapeHtml(labels[r] ?? '')}</text>${cells.join('')}`;
  });
  return [
    `<svg class="chart state-grid" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="grid-title grid-desc" ${FONT} font-size="12">`,
    '<title id="grid-title">Study × item reporting</title>',
    '<desc id="grid-desc">Rows are studies, columns are checklist items in checklist order; each cell is coloured by how the study reports the item. The CSV output (--format csv) holds every cell as data.</desc>',
    key,
    ...heads,
    ...body,
    '</svg>',
  ].join('\n');
}
