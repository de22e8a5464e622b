/**
 * Writes bench/zod-model.ts: the study-report schema written the way a zod user would write it (one
 * constant per `$defs` entry, closed objects as `z.strictObject`, items as a union of their three states,
 * conditional rules as `refine`). The benchmark compares our validator against it; it also checks, before
 * timing anything, that the model accepts exactly the documents ajv accepts.
 *
 *   npx tsx bench/generate-zod-model.ts          rewrite the model after a schema change
 *   npx tsx bench/generate-zod-model.ts --check  exit 1 if the model is stale
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Json = Record<string, unknown>;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaFile = join(root, 'schemas/study-report-1.0.schema.json');
const outFile = join(root, 'bench/zod-model.ts');

const IGNORED = new Set(['title', 'description', '$schema', '$id', '$comment', 'x-message', 'examples', 'default']);

const refName = (ref: string): string => {
  if (!ref.startsWith('#/$defs/')) throw new Error(`unsupported $ref ${ref}`);
  return ref.slice('#/$defs/'.length);
};

const literal = (value: unknown): string => JSON.stringify(value);

function unsupported(node: Json, allowed: string[], where: string): void {
  for (const key of Object.keys(node)) {
    if (!IGNORED.has(key) && !allowed.includes(key)) throw new Error(`${where}: keyword "${key}" is not modelled`);
  }
}

/**
 * A constraint-only subschema (the `if`, `then` and `anyOf` parts of the schema) as a JavaScript predicate
 * over `value`: JSON Schema semantics, where keywords about objects ignore non-objects.
 */
function predicate(node: Json, value: string, where: string): string {
  unsupported(node, ['required', 'properties', 'anyOf', 'const', 'enum', 'minimum', 'pattern', 'type'], where);
  const parts: string[] = [];
  if ('const' in node) parts.push(`deepEqual(${value}, ${literal(node.const)})`);
  if (Array.isArray(node.enum)) parts.push(`${literal(node.enum)}.some((option) => deepEqual(${value}, option))`);
  if (typeof node.minimum === 'number') parts.push(`(typeof ${value} !== 'number' || ${value} >= ${node.minimum})`);
  if (typeof node.pattern === 'string') parts.push(`(typeof ${value} !== 'string' || new RegExp(${literal(node.pattern)}, 'u').test(${value}))`);
  if (node.type !== undefined) {
    if (node.type !== 'object') throw new Error(`${where}: type ${String(node.type)} in a constraint`);
    parts.push(`isObject(${value})`);
  }
  const objectParts: string[] = [];
  for (const key of (node.required as string[] | undefined) ?? []) objectParts.push(`has(${value}, ${literal(key)})`);
  for (const [key, sub] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
    const inner = `${value}[${literal(key)}]`;
    objectParts.push(`(!has(${value}, ${literal(key)}) || ${predicate(sub, inner, `${where}/properties/${key}`)})`);
  }
  if (Array.isArray(node.anyOf)) {
    objectParts.push(`(${(node.anyOf as Json[]).map((sub, index) => predicate(sub, value, `${where}/anyOf/${index}`)).join(' || ')})`);
  }
  if (objectParts.length > 0) parts.push(`(!isObject(${value}) || (${objectParts.join(' && ')}))`);
  return parts.length === 0 ? 'true' : parts.join(' && ');
}

/** Conditional rules (`if`/`then`, `allOf` of them, `anyOf` of constraints) as refinements. */
function refinements(node: Json, where: string): string {
  let out = '';
  const rules: Array<{ rule: Json; at: string }> = [];
  if (node.if !== undefined) rules.push({ rule: { if: node.if, then: node.then, 'x-message': node['x-message'] }, at: where });
  for (const [index, rule] of ((node.allOf as Json[] | undefined) ?? []).entries()) rules.push({ rule, at: `${where}/allOf/${index}` });
  for (const { rule, at } of rules) {
    const message = typeof rule['x-message'] === 'string' ? rule['x-message'] : 'rule not met';
    if (rule.if === undefined) {
      out += `.refine((value) => ${predicate(rule, 'value', at)}, ${literal(message)})`;
      continue;
    }
    unsupported(rule, ['if', 'then'], at);
    out += `.refine((value) => !(${predicate(rule.if as Json, 'value', `${at}/if`)}) || (${predicate(rule.then as Json, 'value', `${at}/then`)}), ${literal(message)})`;
  }
  if (Array.isArray(node.anyOf)) {
    const message = typeof node['x-message'] === 'string' ? node['x-message'] : 'no alternative matches';
    out += `.refine((value) => ${predicate({ anyOf: node.anyOf }, 'value', where)}, ${literal(message)})`;
  }
  if (typeof node.minProperties === 'number') out += `.refine((value) => Object.keys(value).length >= ${node.minProperties}, 'too few fields')`;
  return out;
}

function stringType(node: Json): string {
  let out = 'z.string()';
  if (typeof node.minLength === 'number') out += `.min(${node.minLength})`;
  if (typeof node.maxLength === 'number') out += `.max(${node.maxLength})`;
  if (typeof node.pattern === 'string') out += `.regex(new RegExp(${literal(node.pattern)}, 'u'))`;
  return out;
}

function numberType(node: Json, integer: boolean): string {
  let out = integer ? 'z.number().int()' : 'z.number()';
  if (typeof node.minimum === 'number') out += `.gte(${node.minimum})`;
  if (typeof node.exclusiveMinimum === 'number') out += `.gt(${node.exclusiveMinimum})`;
  if (typeof node.maximum === 'number') out += `.lte(${node.maximum})`;
  return out;
}

/** A schema node as a zod expression. */
function zod(node: Json | boolean, where: string): string {
  if (node === true) return 'z.unknown()';
  if (node === false) return 'z.never()';
  if (typeof node.$ref === 'string') {
    unsupported(node, ['$ref'], where);
    return refName(node.$ref);
  }
  if (Array.isArray(node.oneOf)) {
    unsupported(node, ['oneOf'], where);
    // Items: NotApplicable, NotReported and the value are closed objects with distinct required keys, so
    // at most one can match and a union is the same as oneOf.
    return `z.union([${(node.oneOf as Json[]).map((branch, index) => zod(branch, `${where}/oneOf/${index}`)).join(', ')}])`;
  }
  if ('const' in node) {
    unsupported(node, ['const'], where);
    return `z.literal(${literal(node.const)})`;
  }
  if (Array.isArray(node.enum)) {
    unsupported(node, ['enum', 'type'], where);
    const values = node.enum as unknown[];
    return values.every((value) => typeof value === 'string') ? `z.enum(${literal(values)})` : `z.union([${values.map((value) => `z.literal(${literal(value)})`).join(', ')}])`;
  }
  switch (node.type) {
    case 'string':
      unsupported(node, ['type', 'minLength', 'maxLength', 'pattern'], where);
      return stringType(node);
    case 'number':
    case 'integer':
      unsupported(node, ['type', 'minimum', 'exclusiveMinimum', 'maximum'], where);
      return numberType(node, node.type === 'integer');
    case 'boolean':
      unsupported(node, ['type'], where);
      return 'z.boolean()';
    case 'array': {
      unsupported(node, ['type', 'items', 'minItems', 'maxItems', 'uniqueItems'], where);
      let out = `z.array(${zod((node.items ?? true) as Json, `${where}/items`)})`;
      if (typeof node.minItems === 'number') out += `.min(${node.minItems})`;
      if (typeof node.maxItems === 'number') out += `.max(${node.maxItems})`;
      if (node.uniqueItems === true) out += `.refine(uniqueItems, 'entries must be unique')`;
      return out;
    }
    case 'object': {
      unsupported(node, ['type', 'properties', 'required', 'additionalProperties', 'if', 'then', 'allOf', 'anyOf', 'minProperties'], where);
      const required = new Set((node.required as string[] | undefined) ?? []);
      const properties = (node.properties ?? {}) as Record<string, Json>;
      for (const key of required) if (!(key in properties)) throw new Error(`${where}: required "${key}" has no property schema`);
      const fields = Object.entries(properties).map(
        ([key, sub]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key)}: ${zod(sub, `${where}/properties/${key}`)}${required.has(key) ? '' : '.optional()'}`,
      );
      if (node.additionalProperties !== undefined && node.additionalProperties !== false) throw new Error(`${where}: additionalProperties other than false`);
      const constructor = node.additionalProperties === false ? 'z.strictObject' : 'z.looseObject';
      return `${constructor}({ ${fields.join(', ')} })${refinements(node, where)}`;
    }
    default:
      throw new Error(`${where}: node without a modelled type`);
  }
}

/** `$defs` entries in an order where each comes after those it refers to. */
function ordered(defs: Record<string, Json>): string[] {
  const out: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`$defs/${name} is recursive; use z.lazy`);
    state.set(name, 'visiting');
    const refs = JSON.stringify(defs[name]).match(/"#\/\$defs\/[^"]+"/g) ?? [];
    for (const ref of refs) visit(refName(JSON.parse(ref) as string));
    state.set(name, 'done');
    out.push(name);
  };
  Object.keys(defs).forEach(visit);
  return out;
}

export function generateZodModel(schemaText: string): string {
  const schema = JSON.parse(schemaText) as Json;
  const defs = schema.$defs as Record<string, Json>;
  const hash = createHash('sha256').update(schemaText).digest('hex').slice(0, 16);
  const lines = [
    `// GENERATED by bench/generate-zod-model.ts from schemas/study-report-1.0.schema.json (sha256 ${hash}).`,
    '// The benchmark baseline "what a zod user would write"; regenerate after a schema change.',
    '// String lengths count UTF-16 units (zod) where JSON Schema counts code points: they differ only for',
    '// characters outside the Basic Multilingual Plane, which the benchmark documents do not contain.',
    "import * as z from 'zod';",
    '',
    'type Json = Record<string, unknown>;',
    'const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);',
    'const has = (value: unknown, key: string): boolean => isObject(value) && Object.prototype.hasOwnProperty.call(value, key);',
    'const deepEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);',
    'const uniqueItems = (list: unknown[]): boolean => new Set(list.map((entry) => JSON.stringify(entry))).size === list.length;',
    '',
  ];
  for (const name of ordered(defs)) lines.push(`export const ${name} = ${zod(defs[name]!, `#/$defs/${name}`)};`, '');
  const { $defs: _defs, ...top } = schema;
  lines.push(`/** The whole study report. */`, `export const StudyReport = ${zod(top, '#')};`, '', `export const SCHEMA_SHA256 = ${literal(hash)};`, '');
  return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const code = generateZodModel(readFileSync(schemaFile, 'utf8'));
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(outFile, 'utf8');
    } catch {
      current = '';
    }
    if (current !== code) {
      process.stderr.write('bench/zod-model.ts is stale: run "npx tsx bench/generate-zod-model.ts".\n');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(outFile, code);
  }
}
