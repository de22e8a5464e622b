/**
 * Composers: how a value of one kind (a vocabulary word, a quantity, a dose, a list of results …) is written
 * in a table cell, the way the review's Tables 2–5 write it. A composer knows kinds of values, never a study:
 * which field feeds which column is data (columns.ts). A composer returns the text, NA when the document
 * says the value was not reported, or undefined when the document gives nothing.
 */
import labelData from './labels.json' with { type: 'json' };
import { field, isNotReported, isPlainObject, preparationOf, type Doc, type Scope } from './fields.js';

export const NA = Symbol('not reported');
export type Composed = string | typeof NA | undefined;

type Vocabulary = Exclude<keyof typeof labelData, '$comment'>;
const LABELS = labelData as unknown as Record<Vocabulary, Record<string, string>>;

/** The table's word for a vocabulary word; an unlisted word as stored, hyphens as spaces. */
export function label(vocabulary: Vocabulary, word: string): string {
  return LABELS[vocabulary]?.[word] ?? word.replace(/-/g, ' ');
}

/** `a`, `a and b`, `a, b and c` (or with `or`). */
export function joinWords(words: readonly string[], last = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;
}

/** The first letter lower case, unless the word is an abbreviation (`MOR`, `IL-1β`). */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** 2000000 → `2×10^6` (as the tables print counts); other numbers as they are. */
export function formatNumber(value: number): string {
  if (Math.abs(value) >= 10000) {
    const exponent = Math.floor(Math.log10(Math.abs(value)));
    const mantissa = value / 10 ** exponent;
    if (Number.isInteger(Math.round(mantissa * 1000) / 1000)) return `${Math.round(mantissa)}×10^${exponent}`;
  }
  return String(value);
}

/** A quantity: `200 µL`, or a range `350–450 µL`. */
export function formatQuantity(value: unknown): Composed {
  if (isNotReported(value)) return NA;
  if (!isPlainObject(value)) return undefined;
  const range = isPlainObject(value['range']) && typeof value['range']['min'] === 'number' && typeof value['range']['max'] === 'number' ? `${formatNumber(value['range']['min'])}–${formatNumber(value['range']['max'])}` : undefined;
  const amount = typeof value['value'] === 'number' ? formatNumber(value['value']) : range;
  if (amount === undefined) return undefined;
  const unit = typeof value['unit'] === 'string' ? value['unit'] : '';
  return unit === '' ? amount : `${amount} ${unit}`;
}

function words(value: unknown): unknown {
  return isPlainObject(value) && 'value' in value ? value['value'] : value;
}

/** Week numbers as the tables print them: W2, or `W0 (day 3)` for an offset in days. */
function weeks(quantity: unknown): string | undefined {
  if (!isPlainObject(quantity) || typeof quantity['value'] !== 'number') return undefined;
  const value = quantity['value'];
  const unit = String(quantity['unit'] ?? '');
  if (/^w/.test(unit)) return `W${value}`;
  if (/^d/.test(unit)) return `W${Math.floor(value / 7)} (day ${value})`;
  if (/^mo/.test(unit)) return `${value} months`;
  return `${value} ${unit}`;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

const TIMEPOINT_UNITS: Record<string, string> = { weeks: 'W', w: 'W', wk: 'W' };

/** Results' timepoints: `W3 and W14`. */
function timepoints(value: unknown): string | undefined {
  const points = list(value).map((point) => (isPlainObject(point) && typeof point['value'] === 'number' ? `${TIMEPOINT_UNITS[String(point['unit'])] ?? ''}${point['value']}${TIMEPOINT_UNITS[String(point['unit'])] ? '' : ` ${String(point['unit'])}`}` : undefined));
  const found = points.filter((point): point is string => point !== undefined);
  return found.length > 0 ? joinWords(found) : undefined;
}

/** One part of a column: a composer applied to a field, with the text around it. */
export interface Part {
  compose: keyof typeof COMPOSERS;
  /** The document path it reads (arm overrides applied). */
  path: string;
  /** Read instead when `path` holds nothing. */
  fallback?: string;
  /** For word composers: the label vocabulary. */
  vocabulary?: Vocabulary;
  /** Written before the text (e.g. "Processing: "). */
  prefix?: string;
  /** Written after the text. */
  suffix?: string;
  /** Lower-case the first letter (Table 3's style). */
  lowerFirst?: boolean;
  /** A name followed by its abbreviation in parentheses is printed as the abbreviation (Tables 4 and 5). */
  abbreviate?: boolean;
  /** For clinical scales: prefer those read in this source (Table 5 speaks of the registry). */
  reportedIn?: string;
  /** Used only when the column's other parts give nothing (a product named instead of a cell source). */
  otherwise?: boolean;
}

type Composer = (value: unknown, part: Part, scope: Scope) => Composed;

function result(entry: unknown): Doc | undefined {
  return isPlainObject(entry) ? entry : undefined;
}

function arrow(direction: unknown): string {
  return typeof direction === 'string' ? label('direction', direction) : '';
}

/** The behavioural test of a result, as the study's test list names it, or measure + the test's name. */
function testedMeasure(entry: Doc, scope: Scope): string {
  const measure = String(entry['measure'] ?? '');
  const tests = list(field(scope, 'outcomes.tests.tests')).filter(isPlainObject);
  const named = tests.find((test) => test['test'] === entry['test'] && typeof test['measure'] === 'string' && String(test['measure']).includes('('));
  if (named) return String(named['measure']);
  return typeof entry['test'] === 'string' ? `${measure} (${label('test', entry['test'])})` : measure;
}

/** Results of behavioural tests: `↓ Mechanical allodynia (von Frey test)`; prevented ones after "Prevents the onset of:". */
function painEffects(value: unknown, _part: Part, scope: Scope): Composed {
  if (isNotReported(value)) return NA;
  const entries = list(value).map(result).filter((entry): entry is Doc => entry !== undefined && typeof entry['test'] === 'string');
  if (entries.length === 0) return undefined;
  const prevented = entries.filter((entry) => entry['direction'] === 'prevented').map((entry) => testedMeasure(entry, scope));
  const changed = entries.filter((entry) => entry['direction'] !== 'prevented').map((entry) => `${arrow(entry['direction'])} ${testedMeasure(entry, scope)}`);
  const description = entries.map((entry) => entry['description']).find((text): text is string => typeof text === 'string');
  return [description ? `${description}:` : '', prevented.length > 0 ? `Prevents the onset of: ${prevented.join(' ')}` : '', changed.join(' ')].filter(Boolean).join(' ');
}

/** Results without a behavioural test, grouped by when and where: `W3—PNS and CNS: ↓ Pro-inflammatory cytokines`. */
function readoutEffects(value: unknown, _part: Part, scope: Scope): Composed {
  const readouts = field(scope, 'outcomes.mechanisticReadouts');
  if (isNotReported(readouts)) return NA;
  const entries = list(value).map(result).filter((entry): entry is Doc => entry !== undefined && entry['test'] === undefined && Array.isArray(entry['tissues']));
  if (entries.length === 0) return undefined;
  const groups = new Map<string, string[]>();
  for (const entry of entries) {
    const when = timepoints(entry['timepoints']);
    const where = joinWords(list(entry['tissues']).map((tissue) => label('readoutTissue', String(tissue))));
    const key = when !== undefined ? `${when}—${where}` : where;
    groups.set(key, [...(groups.get(key) ?? []), `${arrow(entry['direction'])} ${String(entry['measure'] ?? '')}`]);
  }
  return [...groups.entries()].map(([key, effects]) => `${key}: ${effects.join(' ')}`).join(' ');
}

/** Every result as an arrow and what changed: `↓ apoptosis`. */
function allEffects(value: unknown, part: Part): Composed {
  if (isNotReported(value)) return NA;
  const entries = list(value).map(result).filter((entry): entry is Doc => entry !== undefined);
  if (entries.length === 0) return undefined;
  return entries.map((entry) => `${arrow(entry['direction'])} ${part.lowerFirst ? lowerFirst(String(entry['measure'] ?? '')) : String(entry['measure'] ?? '')}`).join(' ');
}

/** A dose: the amount per administration, then `(single dose)` or `(total dose …)`. */
function dose(value: unknown, _part: Part, scope: Scope): Composed {
  if (isNotReported(value)) return NA;
  if (!isPlainObject(value)) return undefined;
  const amounts = list(value['amounts']).filter(isPlainObject);
  const text = (amount: Doc): string | undefined => {
    const range = isPlainObject(amount['range']) ? amount['range'] : undefined;
    const number = typeof amount['value'] === 'number' ? formatNumber(amount['value']) : range ? `${String(range['min'])}–${String(range['max'])}` : undefined;
    if (number === undefined) return undefined;
    return typeof amount['unit'] === 'string' ? `${number} ${amount['unit']}` : number;
  };
  const each = amounts.filter((amount) => amount['per'] !== 'total').map(text).filter((entry): entry is string => entry !== undefined);
  const total = amounts.filter((amount) => amount['per'] === 'total').map(text).find((entry) => entry !== undefined);
  if (each.length === 0 && total === undefined) return undefined;
  const regimen = field(scope, 'doseAdministration.regimen');
  const single = isPlainObject(regimen) && regimen['administrations'] === 1;
  return `${each.join(' + ')}${total !== undefined ? ` (total dose ${total})` : single ? ' (single dose)' : ''}`;
}

/** Route and volume: `Intravenous, 200 µL`; a device named stands for the route (`Intrathecal catheter`). */
function routeVolume(value: unknown, _part: Part, scope: Scope): Composed {
  if (isNotReported(value)) return NA;
  if (!isPlainObject(value)) return undefined;
  const route = typeof value['device'] === 'string' ? value['device'] : typeof value['value'] === 'string' ? label('route', value['value']) : undefined;
  if (route === undefined) return undefined;
  const volume = field(scope, 'doseAdministration.volume');
  const amount = isNotReported(volume) ? 'N/A' : isPlainObject(volume) ? formatQuantity(volume['volume']) : undefined;
  return amount === undefined || amount === NA ? route : `${route}, ${amount}`;
}

/** When treatment started: `W2`, `W2 + W6`, with the approach when preventive. */
function timing(value: unknown): Composed {
  if (isNotReported(value)) return NA;
  if (!isPlainObject(value)) return undefined;
  const offsets = (isPlainObject(value['offset']) ? [value['offset']] : list(value['offsets'])).map(weeks).filter((entry): entry is string => entry !== undefined);
  if (offsets.length === 0) return undefined;
  return `${offsets.join(' + ')}${value['approach'] === 'preventive' ? ' (preventive treatment)' : ''}`;
}

/** Storage as printed: the temperature (or the form), and its alternatives (`-80 °C or freshly used`). */
function storage(value: unknown, _part: Part, scope: Scope): Composed {
  const temperature = field(scope, 'storage.temperature');
  if (isNotReported(value) && (temperature === undefined || isNotReported(temperature))) return NA;
  const main = formatQuantity(temperature) ?? (isPlainObject(value) && typeof value['value'] === 'string' ? label('storageForm', value['value']) : undefined);
  if (main === undefined || main === NA) return main;
  const alternatives = isPlainObject(value) ? list(value['alternatives']).map((word) => label('storageForm', String(word))) : [];
  return [main, ...alternatives].join(' or ');
}

/** Processing: `concentrated` when the method is not named, else the method. */
function processing(value: unknown): Composed {
  if (isNotReported(value)) return NA;
  if (!isPlainObject(value)) return undefined;
  if (typeof value['method'] === 'string') return label('concentrationMethod', value['method']);
  return value['concentrated'] === true ? 'concentrated' : undefined;
}

/** Every preparation the study used: `whole`, `whole, EVs or EV-free secretome`. */
function preparations(_value: unknown, _part: Part, scope: Scope): Composed {
  const single = field(scope, 'production.preparation');
  // In the scope of one preparation, that one; of some (the arms a table takes), those; else every one.
  const all = list(field(scope, 'production.preparations'));
  const others = preparationOf(scope) !== undefined ? [] : scope.preparationIds ? all.filter((entry) => isPlainObject(entry) && scope.preparationIds!.includes(String(entry['id']))) : all;
  const entries = [single, ...others.map((entry) => (isPlainObject(entry) ? entry['preparation'] : undefined))];
  // A product whose fraction the paper does not give (whole or EVs?) is N/A, whatever its name.
  const unknownFraction = (entry: unknown): boolean => isNotReported(entry) || (isPlainObject(entry) && isNotReported(entry['fractions']));
  if (entries.every((entry) => entry === undefined || unknownFraction(entry)) && entries.some(unknownFraction)) return NA;
  const found = [...new Set(entries.map(words).filter((word): word is string => typeof word === 'string').map((word) => label('preparation', word)))];
  return found.length > 0 ? joinWords(found, 'or') : undefined;
}

/** A pain model: `K-OA—MIA (mouse)`, `STZ (mouse)`; an in-vitro model by its description (`… (diabetic polyneuropathy)`). */
function model(value: unknown, part: Part, scope: Scope): Composed {
  if (isNotReported(value)) return NA;
  if (!isPlainObject(value)) return undefined;
  const word = typeof value['value'] === 'string' ? value['value'] : undefined;
  if (word === 'in-vitro-model' || word === 'clinical-condition' || word === 'other' || word === undefined) {
    const description = typeof value['description'] === 'string' ? value['description'] : typeof value['condition'] === 'string' && word !== 'in-vitro-model' ? value['condition'] : undefined;
    const condition = word === 'in-vitro-model' && typeof value['condition'] === 'string' ? value['condition'] : undefined;
    if (description === undefined) return undefined;
    return condition !== undefined ? `${description} (${part.lowerFirst ? lowerFirst(condition) : condition})` : description;
  }
  // A strain that is the model (db/db mice) is printed as the animal.
  if (LABELS.modelAnimal[word] !== undefined) return LABELS.modelAnimal[word];
  const joint = typeof value['joint'] === 'string' ? `${label('joint', value['joint'])}—` : '';
  const recipients = field(scope, 'doseAdministration.recipients');
  const species = isPlainObject(recipients) && typeof recipients['species'] === 'string' ? ` (${recipients['species']})` : '';
  return `${joint}${label('model', word)}${species}`;
}

/** Clinical scales and when they were read: `2, 4 and 6 months after injection: KOOS and WOMAC scores`. */
function scales(value: unknown, part: Part): Composed {
  if (isNotReported(value)) return NA;
  if (!isPlainObject(value)) return undefined;
  const all = list(value['scales']).filter(isPlainObject);
  const preferred = part.reportedIn === undefined ? [] : all.filter((entry) => entry['reportedIn'] === part.reportedIn);
  const entries = preferred.length > 0 ? preferred : all;
  if (entries.length === 0) return undefined;
  const names = [...new Set(entries.map((entry) => (entry['scale'] === 'other' && typeof entry['description'] === 'string' ? entry['description'] : label('scale', String(entry['scale'])))))];
  const first = list(entries[0]!['timepoints']).filter(isPlainObject);
  const unit = first.length > 0 ? String(first[0]!['unit']) : undefined;
  const baseline = entries[0]!['baseline'] === true ? 'pre-treatment, and ' : '';
  const when = first.length > 0 && first.every((point) => point['unit'] === unit) ? `${baseline}${joinWords(first.map((point) => String(point['value'])))} ${unit} after injection: ` : '';
  return `${when}${joinWords(names)} scores`;
}

/** A regimen: `Single administration`, `once weekly for 5 weeks`. */
function regimen(value: unknown, _part?: Part): Composed {
  if (isNotReported(value)) return NA;
  if (!isPlainObject(value)) return undefined;
  const count = value['administrations'];
  if (count === 1) return 'Single administration';
  const interval = isPlainObject(value['interval']) ? value['interval'] : undefined;
  if (typeof count === 'number' && interval && interval['value'] === 1 && /^w/.test(String(interval['unit']))) return `once weekly for ${count} weeks`;
  if (typeof count === 'number' && interval) return `${count} administrations, every ${String(interval['value'])} ${String(interval['unit'])}`;
  return typeof count === 'number' ? `${count} administrations` : undefined;
}

/** Repeated administrations only (`once weekly for 5 weeks`); a single one is not said. */
function repeatedRegimen(value: unknown, part: Part): Composed {
  if (isPlainObject(value) && value['administrations'] === 1) return undefined;
  return regimen(value, part);
}

/**
 * How a clinical study gave the secretome (Table 4): a single administration by its site
 * (`Single administration at the neuromuscular junction …`), repeated ones by route and schedule
 * (`Intra-articular administration (once weekly for 5 weeks)`).
 */
function administration(value: unknown, _part: Part, scope: Scope): Composed {
  if (isNotReported(value)) return NA;
  if (!isPlainObject(value)) return undefined;
  const schedule = field(scope, 'doseAdministration.regimen');
  const site = typeof value['site'] === 'string' ? value['site'] : undefined;
  if (isPlainObject(schedule) && schedule['administrations'] === 1 && site !== undefined) return `Single administration at the ${lowerFirst(site)}.`;
  const route = typeof value['value'] === 'string' ? label('route', value['value']) : undefined;
  if (route === undefined) return undefined;
  const repeated = regimen(schedule, _part);
  return repeated !== undefined && repeated !== NA && repeated !== 'Single administration' ? `${route} administration (${repeated}).` : `${route} administration.`;
}

/** The cells a secretome came from, with their priming: `hypoxic UC-MSCs`. */
function producingCells(value: unknown, _part: Part, scope: Scope): Composed {
  const tissue = words(value);
  if (typeof tissue !== 'string') return undefined;
  const conditions = field(scope, 'production.primingConditions');
  const stimuli = isPlainObject(conditions) ? list(conditions['stimuli']).filter(isPlainObject).map((stimulus) => LABELS.priming[String(stimulus['type'])]).filter((word): word is string => word !== undefined) : [];
  return `${[...stimuli, `${label('tissue', tissue)}s`].join(' ')}`;
}

/** A vocabulary word through its label vocabulary (an `other` word by its description). */
function word(value: unknown, part: Part): Composed {
  if (isNotReported(value)) return NA;
  const inner = words(value);
  if (inner === 'other' && isPlainObject(value) && typeof value['description'] === 'string') return value['description'];
  if (typeof inner !== 'string') return undefined;
  return part.vocabulary ? label(part.vocabulary, inner) : inner;
}

/** Text as written. */
function text(value: unknown, part: Part): Composed {
  if (isNotReported(value)) return NA;
  const inner = words(value);
  if (typeof inner !== 'string' || inner === '') return undefined;
  const abbreviation = part.abbreviate ? (LABELS.abbreviation[inner] ?? /\(([A-Z][A-Za-z0-9-]{1,11})\)$/.exec(inner)?.[1]) : undefined;
  if (abbreviation !== undefined) return abbreviation;
  return part.lowerFirst ? lowerFirst(inner) : inner;
}

/** `Purchased, GMP certified.` when a GMP grade is stated beside the origin. */
function origin(value: unknown, _part: Part, scope: Scope): Composed {
  if (isNotReported(value)) return NA;
  const inner = words(value);
  if (typeof inner !== 'string') return undefined;
  const gmp = field(scope, 'production.gmp');
  return isPlainObject(gmp) && gmp['grade'] === 'gmp' ? `${label('origin', inner)}, GMP certified.` : label('origin', inner);
}

/** A purchased product by its name and supplier: `Thera101 (purchased from Theratome Bio, Inc.)`. */
function product(value: unknown, _part: Part, scope: Scope): Composed {
  if (!isPlainObject(value) || typeof value['productName'] !== 'string') return undefined;
  const origin = field(scope, 'production.origin');
  const supplier = isPlainObject(origin) && typeof origin['supplier'] === 'string' ? origin['supplier'] : undefined;
  return supplier === undefined ? value['productName'] : `${value['productName']} (purchased from ${supplier})`;
}

/** A citation as `First author et al. year`. */
function citation(value: unknown): Composed {
  if (!isPlainObject(value)) return undefined;
  const authors = typeof value['authors'] === 'string' ? value['authors'].split(/[,;]/)[0]!.trim() : undefined;
  const year = typeof value['year'] === 'number' ? String(value['year']) : undefined;
  if (authors === undefined) return year;
  return `${authors} et al.${year ? ` ${year}` : ''}`;
}

export const COMPOSERS = {
  word, text, quantity: (value: unknown) => formatQuantity(value), dose, routeVolume, timing, storage, processing, preparations, model,
  painEffects, readoutEffects, allEffects, scales, regimen, repeatedRegimen, administration, producingCells, origin, product, citation,
} satisfies Record<string, Composer>;

/** The text of one part, with its prefix and suffix; NA and undefined pass through. */
export function composePart(part: Part, scope: Scope): Composed {
  const value = field(scope, part.path) ?? (part.fallback !== undefined ? field(scope, part.fallback) : undefined);
  const composed = (COMPOSERS[part.compose] as Composer)(value, part, scope);
  if (composed === undefined || composed === NA) return composed;
  // Blank text says nothing: the cell then reads N/A, never an empty cell.
  if (composed.trim() === '') return undefined;
  return `${part.prefix ?? ''}${composed}${part.suffix ?? ''}`;
}
