/**
 * Inline SVG for the HTML reporter: score bars and the study × section heatmap. No `xmlns` (inline SVG in
 * HTML does not need it, and the page must hold no URL); every text escaped.
 */
import { escapeHtml } from './escape.js';
import { SCORE_STEPS, formatScore, scoreStep } from './score.js';

const FONT = 'font-family="system-ui, -apple-system, \'Segoe UI\', Roboto, sans-serif"';
const NOT_APPLICABLE = { fill: '#f3f4f6', text: '#374151' };
const BAR_FILL = '#2166ac';
const BAR_TRACK = '#e5e7eb';
const OUTLINE = '#6b7280';

/** A horizontal bar for a 0–100 score, with an accessible label. */
export function scoreBarSvg(score: number, label: string, width = 120, height = 12): string {
  const clamped = Number.isFinite(score) ? Math.min(100, Math.max(0, score)) : 0;
  const filled = Math.round((clamped / 100) * width * 10) / 10;
  return (
    `<svg class="bar" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ` +
    `aria-label="${escapeHtml(label)}">` +
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="2" fill="${BAR_TRACK}" stroke="${OUTLINE}"/>` +
    (filled > 0 ? `<rect x="0" y="0" width="${filled}" height="${height}" rx="2" fill="${BAR_FILL}"/>` : '') +
    '</svg>'
  );
}

/** One cell: a score, or `null` when nothing in the section applies. */
export interface HeatmapCell {
  score: number | null;
  /** Tooltip text (`<title>`), e.g. `smith-2021.yaml · Storage: 62.5 (5 of 8)`. */
  tooltip: string;
}

export interface HeatmapInput {
  /** Accessible name of the figure. */
  title: string;
  /** Accessible description. */
  description: string;
  columns: readonly string[];
  rows: ReadonlyArray<{ label: string; cells: readonly HeatmapCell[] }>;
}

const CELL_WIDTH = 76;
const CELL_HEIGHT = 28;
const CHAR_WIDTH = 7;
const HEADER_ANGLE = 40;
const LEGEND_HEIGHT = 56;
const MAX_LABEL_CHARS = 40;

/** Long file names keep their end (the file name) and lose the start of their folder path. */
function shorten(label: string): string {
  return label.length <= MAX_LABEL_CHARS ? label : `…${label.slice(label.length - MAX_LABEL_CHARS + 1)}`;
}

function cell(x: number, y: number, data: HeatmapCell): string {
  const colours = data.score === null ? NOT_APPLICABLE : scoreStep(data.score);
  const text = data.score === null ? 'n/a' : formatScore(data.score);
  return (
    `<g><title>${escapeHtml(data.tooltip)}</title>` +
    `<rect x="${x}" y="${y}" width="${CELL_WIDTH}" height="${CELL_HEIGHT}" fill="${colours.fill}" stroke="#ffffff" stroke-width="2"/>` +
    `<text x="${x + CELL_WIDTH / 2}" y="${y + CELL_HEIGHT / 2}" fill="${colours.text}" text-anchor="middle" ` +
    `dominant-baseline="central">${text}</text></g>`
  );
}

function legend(x: number, y: number): string {
  const swatch = 18;
  const steps: Array<{ fill: string; label: string }> = [...SCORE_STEPS].reverse().map(({ fill, label }) => ({ fill, label }));
  steps.push({ fill: NOT_APPLICABLE.fill, label: 'nothing applies' });
  const parts = [`<text x="${x}" y="${y + 12}" fill="#1f2933">Section score</text>`];
  let cursor = x;
  const row = y + 22;
  for (const step of steps) {
    parts.push(
      `<rect x="${cursor}" y="${row}" width="${swatch}" height="${swatch}" fill="${step.fill}" stroke="${OUTLINE}"/>`,
      `<text x="${cursor + swatch + 4}" y="${row + swatch / 2}" fill="#1f2933" dominant-baseline="central">${escapeHtml(step.label)}</text>`,
    );
    cursor += swatch + 8 + step.label.length * CHAR_WIDTH + 12;
  }
  return parts.join('');
}

/** The heatmap: rows = studies, columns = sections, each cell coloured by score with the score as text. */
export function heatmapSvg(input: HeatmapInput): string {
  const labels = input.rows.map((row) => shorten(row.label));
  const labelWidth = Math.max(120, ...labels.map((label) => label.length * CHAR_WIDTH + 16));
  const radians = (HEADER_ANGLE * Math.PI) / 180;
  const longestColumn = Math.max(0, ...input.columns.map((column) => column.length));
  const headerHeight = Math.ceil(longestColumn * CHAR_WIDTH * Math.sin(radians)) + 24;
  const gridWidth = input.columns.length * CELL_WIDTH;
  // Rotated headers lean right past the last column.
  const overhang = Math.ceil(longestColumn * CHAR_WIDTH * Math.cos(radians));
  const legendWidth =
    [...SCORE_STEPS.map((step) => step.label), 'nothing applies'].reduce((w, label) => w + 42 + label.length * CHAR_WIDTH, 0);
  const width = Math.max(labelWidth + gridWidth + overhang, legendWidth) + 8;
  const gridBottom = headerHeight + input.rows.length * CELL_HEIGHT;
  const height = gridBottom + LEGEND_HEIGHT;

  const headers = input.columns.map((column, c) => {
    const x = labelWidth + c * CELL_WIDTH + CELL_WIDTH / 2;
    return `<text transform="translate(${x} ${headerHeight - 8}) rotate(-${HEADER_ANGLE})" fill="#1f2933">${escapeHtml(column)}</text>`;
  });
  const rows = input.rows.map((row, r) => {
    const y = headerHeight + r * CELL_HEIGHT;
    const label =
      `<text x="${labelWidth - 8}" y="${y + CELL_HEIGHT / 2}" fill="#1f2933" text-anchor="end" dominant-baseline="central">` +
      `<title>${escapeHtml(row.label)}</title>${escapeHtml(labels[r] ?? '')}</text>`;
    return label + row.cells.map((data, c) => cell(labelWidth + c * CELL_WIDTH, y, data)).join('');
  });

  return [
    `<svg class="heatmap" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ` +
      `aria-labelledby="heatmap-title heatmap-desc" ${FONT} font-size="12">`,
    `<title id="heatmap-title">${escapeHtml(input.title)}</title>`,
    `<desc id="heatmap-desc">${escapeHtml(input.description)}</desc>`,
    ...headers,
    ...rows,
    legend(0, gridBottom + 12),
    '</svg>',
  ].join('\n');
}
