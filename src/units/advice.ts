/**
 * What to tell an author whose unit is not accepted. Only another spelling of the same unit is offered
 * as "did you mean" (mL for ML, μg for mcg); a unit of the same dimension on another scale comes with
 * the value converted (−112 °F is −80 °C), never as a bare symbol to swap; a unit of another dimension
 * (mg for a volume) gets no suggestion at all, only the list of units that fit.
 */
import { canonicalUnit } from './units.js';

/** Spellings of an accepted unit that the schema does not list, by their folded form (see fold). */
const SAME_UNIT: Readonly<Record<string, string>> = {
  mcg: 'μg',
  mcl: 'μL',
  cc: 'mL',
  c: '°C',
  oc: '°C',
  celsius: '°C',
  kelvin: 'K',
};

interface Conversion {
  /** Folded spellings of the unit given. */
  from: readonly string[];
  /** The accepted unit to convert to (canonical symbol). */
  to: string;
  convert: (value: number) => number;
  /** How to convert, for when there is no number to convert. */
  rule: string;
}

const CONVERSIONS: readonly Conversion[] = [
  { from: ['°f', '℉', 'degf', 'f', 'fahrenheit'], to: '°C', convert: (value) => ((value - 32) * 5) / 9, rule: '°C = (°F − 32) × 5/9' },
];

/** Case, micro signs, spaces and compatibility characters folded, so "ML", "µl" and "m L" meet "mL". */
function fold(spelling: string): string {
  return spelling.normalize('NFKC').toLowerCase().replace(/[\u00B5\u03BC]/g, 'u').replace(/\s+/g, '');
}

/** Whether every accepted value of an enum is a unit (so the enum is a unit list, not a vocabulary). */
export function isUnitList(allowed: readonly unknown[]): boolean {
  return allowed.length > 0 && allowed.every((value) => typeof value === 'string' && canonicalUnit(value) !== undefined);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * A sentence for a unit the schema refused, or undefined when nothing but the list of accepted units
 * helps. `quantity` is the object holding the unit (`{ value, unit }`), for the value to convert.
 */
export function unitAdvice(given: string, allowed: readonly string[], quantity?: unknown): string | undefined {
  const folded = fold(given);
  const canonicals = new Map(allowed.map((spelling) => [canonicalUnit(spelling), spelling]));
  const sameSpelling = allowed.find((spelling) => fold(spelling) === folded);
  const alias = SAME_UNIT[folded];
  const meant = sameSpelling !== undefined ? canonicalUnit(sameSpelling) : alias !== undefined ? canonicalUnit(alias) : undefined;
  if (meant !== undefined && canonicals.has(meant)) return `Did you mean "${meant}"?`;
  const conversion = CONVERSIONS.find((entry) => entry.from.includes(folded) && canonicals.has(entry.to));
  if (!conversion) return undefined;
  const value = (quantity as { value?: unknown } | undefined)?.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `Convert to ${conversion.to} (${conversion.rule}).`;
  const converted = round(conversion.convert(value));
  return `${value} ${given} is ${converted} ${conversion.to}: give { value: ${converted}, unit: "${conversion.to}" }.`;
}
