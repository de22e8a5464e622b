/**
 * The fields of a form, read from the study-report JSON Schema: one field per schema property, its kind
 * chosen by the property's type (text, number, yes/no, pick list, multi-select, quantity with a unit pick
 * list, range, list of entries, nested group). Nothing is listed by hand, so a field the schema gains
 * appears in the form without a change here.
 */
import { unwrapDetail } from '../schema/facts.js';

type Json = Record<string, unknown>;

export interface FieldOption {
  value: string;
  /** How the option reads in a pick list: the word itself, with hyphens as spaces. */
  label: string;
}

interface FieldBase {
  /** The property name ('' for the entry of a list). */
  key: string;
  /** Path from the holder (a section or a preparation/arm entry); `*` stands for any entry of a list. */
  path: string[];
  label: string;
  /** The schema's description of the property, when it has one. */
  description?: string;
  /** The field may say "not reported" or "not applicable: reason" instead of a value (checklist 1.1). */
  detail: boolean;
  /** Schema 1.0 requires the field whenever its parent value is given (1.1 has no such requirement). */
  required?: boolean;
}

export interface TextField extends FieldBase {
  kind: 'text';
  maxLength?: number;
  /** Long free text (descriptions, methods) rather than a name or an identifier. */
  multiline: boolean;
  /** The pattern the text must match, as the schema gives it (DOIs, trial ids, dates). */
  pattern?: string;
  /** What the schema says when the pattern does not match, e.g. "A DOI looks like 10.3390/…". */
  patternMessage?: string;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  integer: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
}

export interface BooleanField extends FieldBase {
  kind: 'boolean';
}

export interface ChoiceField extends FieldBase {
  kind: 'choice';
  options: FieldOption[];
  /** The sibling text field that "other" reveals (its key, e.g. "description"), when the list has "other". */
  otherDescription?: string;
  /** Where the words come from (the schema's x-sources). */
  sources?: string[];
}

export interface MultiChoiceField extends FieldBase {
  kind: 'multi-choice';
  options: FieldOption[];
  otherDescription?: string;
  sources?: string[];
}

/** A number with its unit: `{ value, unit }`. */
export interface QuantityField extends FieldBase {
  kind: 'quantity';
  value: NumberField;
  unit: ChoiceField;
  /** A curator's note beside an item's quantity (e.g. storage.temperature), when the schema allows one. */
  note?: TextField;
}

/** A range as papers state it: `{ min, max }`. */
export interface RangeField extends FieldBase {
  kind: 'range';
  min: NumberField;
  max: NumberField;
}

/** A list: repeatable rows of `entry` (rows of sub-fields when the entry is a group). */
export interface ListField extends FieldBase {
  kind: 'list';
  entry: FormField;
  maxItems?: number;
}

/** A nested object: its fields in schema order. */
export interface GroupField extends FieldBase {
  kind: 'group';
  fields: FormField[];
}

export type FormField = TextField | NumberField | BooleanField | ChoiceField | MultiChoiceField | QuantityField | RangeField | ListField | GroupField;
export type FieldKind = FormField['kind'];

/** "cellsAtCollection" → "Cells at collection"; "mwco" stays "Mwco" (the description says more). */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function optionLabel(value: string): string {
  return value.replaceAll('-', ' ');
}

/** Properties of an item's value that the form shows in their own place ("where in the manuscript"), not as fields. */
export const ITEM_META_KEYS = new Set(['where']);

export interface SchemaWalker {
  /**
   * The field of a schema node at `path` (the node of a property, possibly wrapped in a detail state).
   * `itemValue`: the node is an item's value, whose `where` is the item's own field rather than a sub-field.
   */
  field(node: Json, key: string, path: string[], options?: { required?: boolean; itemValue?: boolean }): FormField;
  /** Follows `$ref`s to a node with its own shape. */
  resolve(node: Json): Json;
}

/** How deep a value may nest; the schemas nest five levels at most. */
const MAX_DEPTH = 12;

export function schemaWalker(schema: Json): SchemaWalker {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  const resolve = (start: Json): Json => {
    let node = start;
    for (let step = 0; step < 20; step++) {
      const ref = node.$ref;
      if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) break;
      // A $ref beside a description keeps the description: the caller reads it from the original node.
      node = defs[ref.slice('#/$defs/'.length)] ?? {};
    }
    return node;
  };

  const options = (values: unknown[]): FieldOption[] => values.filter((value): value is string => typeof value === 'string').map((value) => ({ value, label: optionLabel(value) }));

  const sourcesOf = (node: Json): { sources?: string[] } => {
    const sources = node['x-sources'];
    return Array.isArray(sources) ? { sources: sources.filter((source): source is string => typeof source === 'string') } : {};
  };

  const field = (original: Json, key: string, path: string[], required = false, depth = 0, itemValue = false): FormField => {
    if (depth > MAX_DEPTH) throw new Error(`schema nests deeper than ${MAX_DEPTH} levels at ${path.join('/')}`);
    const unwrapped = unwrapDetail(original) ?? original;
    const detail = unwrapped !== original;
    const description = [original.description, unwrapped.description, resolve(unwrapped).description].find((text): text is string => typeof text === 'string');
    const node = resolve(unwrapped);
    const base = { key, path, label: humanise(key), detail, ...(description !== undefined ? { description } : {}), ...(required ? { required } : {}) };

    if (Array.isArray(node.enum) || node.const !== undefined) {
      const values = Array.isArray(node.enum) ? node.enum : [node.const];
      return { ...base, kind: 'choice', options: options(values), ...sourcesOf(node) };
    }
    const type = node.type;
    if (type === 'string') {
      const maxLength = typeof node.maxLength === 'number' ? node.maxLength : undefined;
      return {
        ...base,
        kind: 'text',
        multiline: maxLength === undefined || maxLength > 300,
        ...(maxLength !== undefined ? { maxLength } : {}),
        ...(typeof node.pattern === 'string' ? { pattern: node.pattern } : {}),
        ...(typeof node['x-message'] === 'string' ? { patternMessage: node['x-message'] } : {}),
      };
    }
    if (type === 'number' || type === 'integer') {
      return {
        ...base,
        kind: 'number',
        integer: type === 'integer',
        ...(typeof node.minimum === 'number' ? { minimum: node.minimum } : {}),
        ...(typeof node.maximum === 'number' ? { maximum: node.maximum } : {}),
        ...(typeof node.exclusiveMinimum === 'number' ? { exclusiveMinimum: node.exclusiveMinimum } : {}),
      };
    }
    if (type === 'boolean') return { ...base, kind: 'boolean' };
    if (type === 'array') {
      const entryNode = resolve((node.items ?? {}) as Json);
      const maxItems = typeof node.maxItems === 'number' ? { maxItems: node.maxItems } : {};
      // A set of words is a multi-select; a list whose words may repeat (donor sexes, one per donor) is rows of pick lists.
      if (Array.isArray(entryNode.enum) && node.uniqueItems === true) return { ...base, kind: 'multi-choice', options: options(entryNode.enum), ...sourcesOf(entryNode), ...maxItems };
      return { ...base, kind: 'list', entry: field((node.items ?? {}) as Json, '', [...path, '*'], false, depth + 1), ...maxItems };
    }
    if (type === 'object' || node.properties !== undefined) {
      const properties = (node.properties ?? {}) as Record<string, Json>;
      const requiredKeys = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
      const keys = Object.keys(properties).filter((name) => !(itemValue && ITEM_META_KEYS.has(name)));
      const sub = (name: string): FormField => field(properties[name]!, name, [...path, name], requiredKeys.has(name), depth + 1);
      const onlyKeys = (allowed: string[]): boolean => keys.every((name) => allowed.includes(name));
      if (keys.includes('value') && keys.includes('unit') && onlyKeys(['value', 'unit', 'note'])) {
        const value = sub('value');
        const unit = sub('unit');
        const note = keys.includes('note') ? sub('note') : undefined;
        if (value.kind === 'number' && unit.kind === 'choice' && (note === undefined || note.kind === 'text')) return { ...base, kind: 'quantity', value, unit, ...(note ? { note } : {}) };
      }
      if (keys.length === 2 && onlyKeys(['min', 'max'])) {
        const min = sub('min');
        const max = sub('max');
        if (min.kind === 'number' && max.kind === 'number') return { ...base, kind: 'range', min, max };
      }
      const fields = keys.map(sub);
      // "other" in a pick list reveals the sibling free-text description the schema asks for with it.
      if (keys.includes('description')) {
        for (const child of fields) {
          if ((child.kind === 'choice' || child.kind === 'multi-choice') && child.options.some((option) => option.value === 'other')) child.otherDescription = 'description';
        }
      }
      return { ...base, kind: 'group', fields };
    }
    throw new Error(`the schema node at ${path.join('/')} has no type the form knows (${JSON.stringify(Object.keys(node))})`);
  };
  return { field: (node, key, path, options = {}) => field(node, key, path, options.required ?? false, 0, options.itemValue ?? false), resolve };
}
