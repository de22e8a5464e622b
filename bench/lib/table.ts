/** Plain-text tables for the benchmark output (Markdown-compatible, so the README can take them as they are). */

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : '—');

export const withNoise = (value: number, noise: number, digits = 2): string => `${fixed(value, digits)} ± ${fixed(noise * 100, 0)} %`;

export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
