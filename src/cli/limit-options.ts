/** The input-limit flags of `check` (--max-file-size, --max-depth, …): one per limit in src/io/limits.ts. */
import type { InputLimits } from '../io/limits.js';
import { LIMIT_FLAGS } from '../io/limits.js';
import { UsageError } from './io.js';

export const LIMIT_OPTIONS = {
  'max-file-size': { type: 'string' },
  'max-depth': { type: 'string' },
  'max-array-length': { type: 'string' },
  'max-string-length': { type: 'string' },
  'max-values': { type: 'string' },
  'max-unzipped-size': { type: 'string' },
  'max-sheets': { type: 'string' },
  'max-rows': { type: 'string' },
  'max-columns': { type: 'string' },
  'max-cells': { type: 'string' },
} as const;

/** The limits given in bytes (with k, M, G); the others are counts. */
const SIZE_LIMITS: ReadonlySet<keyof InputLimits> = new Set(['maxBytes', 'maxUnzippedBytes']);

const SIZE_FACTORS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `20M`, `512k`, `1G` (binary multiples, an optional trailing B or iB) or a number of bytes. */
function parseSize(flag: string, text: string): number {
  const match = /^(\d{1,15})\s?([kmg]?)(?:i?b)?$/i.exec(text.trim());
  const bytes = match ? Number(match[1]) * SIZE_FACTORS[match[2]!.toLowerCase()]! : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new UsageError(`${flag} must be a size such as 20M, 512k or 1048576 (bytes).`);
  return bytes;
}

function parseCount(flag: string, text: string): number {
  const count = /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!(count >= 1)) throw new UsageError(`${flag} must be a whole number from 1 to 999999999.`);
  return count;
}

/** The limits given on the command line; the rest keep their defaults. */
export function parseLimitFlags(values: Partial<Record<keyof typeof LIMIT_OPTIONS, string>>): Partial<InputLimits> {
  const limits: Partial<InputLimits> = {};
  for (const [key, flag] of Object.entries(LIMIT_FLAGS) as Array<[keyof InputLimits, string]>) {
    const text = values[flag.slice(2) as keyof typeof LIMIT_OPTIONS];
    if (text === undefined) continue;
    limits[key] = SIZE_LIMITS.has(key) ? parseSize(flag, text) : parseCount(flag, text);
  }
  return limits;
}
