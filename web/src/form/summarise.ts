/** A value in a few words, for "inherits …" lines: `−80 °C`, `frozen`, `3 entries`. */
import { detailState } from './controls.js';

const MAX = 80;

function clip(text: string): string {
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

export function summarise(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  const state = detailState(value);
  if (state === 'not-reported') return 'not reported in the manuscript';
  if (state !== undefined) return `not applicable (${clip(state.notApplicable)})`;
  if (typeof value === 'string') return clip(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 1 ? summarise(value[0]) : `${value.length} entries`;
  const record = value as Record<string, unknown>;
  if ('value' in record) {
    const unit = typeof record['unit'] === 'string' ? ` ${record['unit']}` : '';
    return clip(`${summarise(record['value'])}${unit}`);
  }
  const parts = Object.entries(record)
    .filter(([key]) => key !== 'where' && key !== 'note')
    .slice(0, 3)
    .map(([key, inner]) => `${key}: ${summarise(inner)}`);
  return clip(parts.join(', ') || 'an empty value');
}
