/**
 * A document with its keys in the order its JSON Schema lists them (checklistVersion, study, cellSource,
 * …; inside storage.temperature: value, unit, where), so a study written by `convert` reads like one
 * written from the template. Only the order changes: the result is deep-equal to the input. Keys the
 * schema does not name keep their order, after the named ones.
 */
import { isPlainObject } from '../schema/pointer.js';
import { documentVersion, schemaVersion } from '../schema/versions.js';

type Json = Record<string, unknown>;

/** The properties one alternative of a schema allows, in its order, each with the schema nodes describing it. */
type Shape = Map<string, unknown[]>;

function merge(into: Shape, from: Shape): Shape {
  const out: Shape = new Map(into);
  for (const [key, schemas] of from) out.set(key, [...(out.get(key) ?? []), ...schemas]);
  return out;
}

/**
 * The object shapes a schema node allows: its own properties, merged with each alternative of its
 * `oneOf`/`anyOf` (one shape per alternative) and every part of its `allOf`; references followed.
 */
function shapesOf(node: unknown, defs: Json, depth = 0): Shape[] {
  if (!isPlainObject(node) || depth > 32) return [];
  const known = SHAPES.get(node);
  if (known) return known;
  const shapes = computeShapes(node, defs, depth);
  SHAPES.set(node, shapes);
  return shapes;
}

/** Shapes by schema node: a schema is walked once, however many documents are written. */
const SHAPES = new WeakMap<object, Shape[]>();

function computeShapes(node: Json, defs: Json, depth: number): Shape[] {
  const ref = node['$ref'];
  let shapes: Shape[] = [new Map()];
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) shapes = shapesOf(defs[ref.slice('#/$defs/'.length)], defs, depth + 1);
  if (shapes.length === 0) shapes = [new Map()];
  if (isPlainObject(node['properties'])) {
    const own: Shape = new Map(Object.entries(node['properties']).map(([key, schema]) => [key, [schema]]));
    shapes = shapes.map((shape) => merge(shape, own));
  }
  for (const part of Array.isArray(node['allOf']) ? node['allOf'] : []) {
    const [first] = shapesOf(part, defs, depth + 1);
    if (first) shapes = shapes.map((shape) => merge(shape, first));
  }
  for (const combinator of ['oneOf', 'anyOf'] as const) {
    const alternatives = node[combinator];
    if (!Array.isArray(alternatives)) continue;
    const options = alternatives.flatMap((alternative) => shapesOf(alternative, defs, depth + 1));
    if (options.length > 0) shapes = shapes.flatMap((shape) => options.map((option) => merge(shape, option)));
  }
  return shapes;
}

/** The shape that names the most of an object's keys (the first of equals: the schema's own order). */
function bestShape(value: Json, shapes: readonly Shape[]): Shape {
  let best: Shape = new Map();
  let score = -1;
  for (const shape of shapes) {
    let named = 0;
    for (const key of Object.keys(value)) if (shape.has(key)) named++;
    if (named > score) [best, score] = [shape, named];
  }
  return best;
}

/** The schema nodes an array's entries follow. */
function itemsOf(node: unknown, defs: Json, seen: Set<unknown> = new Set()): unknown[] {
  if (!isPlainObject(node) || seen.has(node)) return [];
  seen.add(node);
  const found: unknown[] = [];
  if (node['items'] !== undefined) found.push(node['items']);
  const ref = node['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) found.push(...itemsOf(defs[ref.slice('#/$defs/'.length)], defs, seen));
  for (const combinator of ['allOf', 'oneOf', 'anyOf'] as const) {
    const alternatives = node[combinator];
    if (Array.isArray(alternatives)) for (const alternative of alternatives) found.push(...itemsOf(alternative, defs, seen));
  }
  return found;
}

function ordered(value: unknown, schemas: readonly unknown[], defs: Json): unknown {
  if (Array.isArray(value)) {
    const entries = schemas.flatMap((schema) => itemsOf(schema, defs));
    return value.map((entry) => ordered(entry, entries, defs));
  }
  if (!isPlainObject(value)) return value;
  const properties = bestShape(value, schemas.flatMap((schema) => shapesOf(schema, defs)));
  const out: Json = {};
  // defineProperty: a key named __proto__ is data like any other, never the object's prototype.
  const set = (key: string, entry: unknown): void => void Object.defineProperty(out, key, { value: entry, enumerable: true, writable: true, configurable: true });
  for (const [key, list] of properties) if (Object.prototype.hasOwnProperty.call(value, key)) set(key, ordered(value[key], list, defs));
  for (const [key, entry] of Object.entries(value)) if (!properties.has(key)) set(key, ordered(entry, [], defs));
  return out;
}

/** The document with its keys in schema order (of the checklist version it declares). */
export function inSchemaOrder(document: Record<string, unknown>): Record<string, unknown> {
  const { schema } = schemaVersion(documentVersion(document));
  return ordered(document, [schema], (schema['$defs'] ?? {}) as Json) as Record<string, unknown>;
}
