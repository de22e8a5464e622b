/**
 * Turns ajv's error objects into sentences for the person who wrote the document. Messages that need
 * domain words live in the schema itself (`x-message`), beside the rule they explain.
 */
import type { GeneratedError } from './runtime.js';
import { isUnitList, unitAdvice } from '../units/advice.js';
import { nearest } from './suggest.js';

type Json = Record<string, unknown>;

export interface ExplainContext {
  /** The schema object that holds the failing keyword, when it could be found. */
  container: Json | undefined;
  /** The offending value. */
  value: unknown;
  /** The key the value is written under, when it has one (for fixes such as "design: [in-vivo]"). */
  key?: string;
  /** The object holding it (e.g. the `{ value, unit }` of a refused unit). */
  parent?: unknown;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a set of fields (an object)',
  array: 'a list',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text ("${truncate(value)}")`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return 'a set of fields';
}

function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function list(values: unknown): string {
  const items = Array.isArray(values) ? [...new Set(values.map(String))] : [];
  return items.length > 12 ? `${items.slice(0, 12).join(', ')}, …` : items.join(', ');
}

type Explainer = (error: GeneratedError, context: ExplainContext) => string;

/** One explainer per JSON Schema keyword, as ajv keeps one file per keyword. */
const EXPLAINERS: Record<string, Explainer> = {
  required: (error) => `"${String(error.params.missingProperty)}" is missing here.`,
  additionalProperties: (error, { container }) => {
    const key = String(error.params.additionalProperty);
    const allowed = Object.keys((container?.properties ?? {}) as Json);
    const guess = nearest(key, allowed);
    return guess ? `Unknown field "${truncate(key)}". Did you mean "${guess}"?` : `Unknown field "${truncate(key)}". Allowed here: ${list(allowed)}.`;
  },
  enum: (error, { value, container, parent }) => {
    const allowed = (error.params.allowedValues ?? []) as unknown[];
    // A unit is never guessed by spelling alone: °C for °F or mL for mg would change what the number means.
    const units = typeof value === 'string' && isUnitList(allowed);
    const advice = units ? unitAdvice(value, allowed as string[], parent) : undefined;
    const guess = typeof value === 'string' && !units ? nearest(value, allowed.map(String)) : undefined;
    const shown = typeof value === 'string' ? `"${truncate(value)}"` : describeValue(value);
    // A domain message (e.g. which units fit) replaces the raw list of accepted values.
    const options = typeof container?.['x-message'] === 'string' ? '' : ` Use one of: ${list(allowed)}.`;
    return `${shown} is not accepted here.${guess ? ` Did you mean "${guess}"?` : ''}${advice ? ` ${advice}` : ''}${options}`;
  },
  const: (error, { value }) => `Expected ${JSON.stringify(error.params.allowedValue)}, found ${describeValue(value)}.`,
  type: (error, { value, key }) => {
    const types = String(error.params.type).split(',');
    const expected = types.map((type) => TYPE_WORDS[type] ?? type).join(' or ');
    const numberHint =
      typeof value === 'string' && /^[\s\d.,\u00D7x*^eE+-]{1,40}$/.test(value) && expected.includes('number')
        ? ' Write numbers as numbers, without quotes: 2×10^6 is 2000000.'
        : '';
    // One word where a list is expected (design: in-vivo) is the commonest slip; show the list form.
    const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    const listHint = types.includes('array') && scalar && key !== undefined && !/^\d+$/.test(key) ? ` Write it as a list: ${truncate(key)}: [${truncate(String(value))}].` : '';
    return `Expected ${expected}, found ${describeValue(value)}.${numberHint}${listHint}`;
  },
  minimum: (error, { value }) => `${String(value)} is below the smallest allowed value, ${String(error.params.limit)}.`,
  exclusiveMinimum: (error, { value }) => `${String(value)} must be greater than ${String(error.params.limit)}.`,
  maximum: (error, { value }) => `${String(value)} is above the largest allowed value, ${String(error.params.limit)}.`,
  exclusiveMaximum: (error, { value }) => `${String(value)} must be less than ${String(error.params.limit)}.`,
  minItems: (error) => `The list needs at least ${String(error.params.limit)} entr${error.params.limit === 1 ? 'y' : 'ies'}.`,
  maxItems: (error) => `The list has more than ${String(error.params.limit)} entries.`,
  minLength: (error) => (error.params.limit === 1 ? 'The text is empty.' : `The text must be at least ${String(error.params.limit)} characters long.`),
  maxLength: (error) => `The text is longer than ${String(error.params.limit)} characters.`,
  minProperties: (error) => `Give at least ${String(error.params.limit)} field${error.params.limit === 1 ? '' : 's'} here.`,
  pattern: (_error, { value }) => `"${truncate(String(value))}" is not in the expected form.`,
  uniqueItems: (error) => `The list repeats an entry (positions ${String(error.params.j)} and ${String(error.params.i)}).`,
  anyOf: () => 'The value does not match any accepted form.',
  if: () => 'A field that this value requires is missing or wrong.',
  multipleOf: (error) => `Must be a multiple of ${String(error.params.multipleOf)}.`,
};

/** The plain-language message for one ajv error; the schema's `x-message` is added where it exists. */
export function explainError(error: GeneratedError, context: ExplainContext): string {
  const base = (EXPLAINERS[error.keyword] ?? (() => `Not valid here (${error.keyword}).`))(error, context);
  const container = context.container;
  const domain = container?.['x-message'];
  // A message beside a conditional or alternative rule explains that rule only, not the object's other keywords.
  const ruleKeyword = container && ('if' in container || 'anyOf' in container);
  if (typeof domain !== 'string' || (ruleKeyword && error.keyword !== 'if' && error.keyword !== 'anyOf')) return base;
  // For conditional and alternative rules the domain sentence says it all; elsewhere it adds to the base.
  return error.keyword === 'if' || error.keyword === 'anyOf' ? domain : `${base} ${domain}`;
}
