/** Code generation from the study-report JSON Schema; used by scripts/generate.ts and the drift test. */
import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';

type Json = Record<string, unknown>;

/** The schema versions, oldest first; each has `schemas/study-report-<version>.schema.json` and `src/schema/generated/<version>/`. */
export const SCHEMA_VERSIONS = ['1.0', '1.1'] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];

export const schemaFileOf = (version: string): string => `schemas/study-report-${version}.schema.json`;

/** The banner every generated file of a version carries. */
export function bannerText(version: string): string {
  return `GENERATED from ${schemaFileOf(version)} by scripts/generate.ts. Do not edit: run "npm run generate".`;
}

/** The version a schema describes: the constant of its `checklistVersion`. */
export function versionOf(schema: Json): string {
  const version = ((schema.properties as Record<string, Json> | undefined)?.checklistVersion as Json | undefined)?.const;
  if (typeof version !== 'string') throw new Error('the schema has no checklistVersion constant');
  return version;
}

/** Ids under which the pieces of the schema are compiled. */
export const skeletonId = (version: string): string => `urn:secretome-checklist:skeleton:${version}`;
export const DETAIL_STATE_REF = '#/$defs/DetailState';

/** A property that may hold a detail state: `{ anyOf: [{ $ref: DetailState }, <original>] }` (schema 1.1 on). */
export function isDetailWrapper(node: unknown): node is Json & { anyOf: [Json, Json] } {
  const anyOf = (node as Json | null | undefined)?.anyOf;
  return Array.isArray(anyOf) && anyOf.length === 2 && (anyOf[0] as Json | undefined)?.$ref === DETAIL_STATE_REF;
}

/** Keys that only annotate a schema (messages are read from the committed schema): ajv would embed them in the code. */
const ANNOTATIONS = new Set(['description', 'title', 'x-sources', 'x-message', '$comment']);

/** What a detail-state wrapper compiles to: a state-shaped value is checked as its state, any other as the original. */
// True for any value that is not written as a state, without a failing subschema on that (common) path:
// ajv allocates a placeholder error for every failure inside an `if`, even where it reports none.
const NOT_A_STATE: Json = { properties: { notApplicable: false, notReported: false } };
const DETAIL_STATE_DEFS: Record<string, Json> = {
  DetailStateByShape: { if: { required: ['notApplicable'] }, then: { $ref: '#/$defs/NotApplicable' }, else: { $ref: '#/$defs/NotReported' } },
};

function compileNode(node: unknown, inProperties: boolean): unknown {
  if (Array.isArray(node)) return node.map((entry) => compileNode(entry, false));
  if (node === null || typeof node !== 'object') return node;
  if (!inProperties && isDetailWrapper(node)) {
    const { anyOf, ...rest } = node;
    return {
      ...(compileNode(rest, false) as Json),
      if: NOT_A_STATE,
      then: compileNode(anyOf[1], false),
      else: { $ref: '#/$defs/DetailStateByShape' },
    };
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (!inProperties && ANNOTATIONS.has(key)) continue;
    // Under properties and $defs the keys are names, not keywords.
    out[key] = key === 'properties' || key === '$defs' ? compileNode(value, true) : compileNode(value, false);
  }
  return out;
}

/**
 * The schema as it is compiled: annotations dropped, and each detail-state wrapper
 * `anyOf: [DetailState, original]` turned into "unless it is written as a state, check it as the original;
 * else as that state". That accepts exactly what the anyOf accepts (no original branch has a
 * notApplicable or notReported field), but a failing value gets only the errors of the branch its author
 * meant, as items do. In error paths a wrapper's `then` stands for its `anyOf/1`.
 */
export function compilableSchema(schema: Json): Json {
  const compiled = compileNode(schema, false) as Json;
  if (!(schema.$defs as Json | undefined)?.DetailState) return compiled;
  return { ...compiled, $defs: { ...(compiled.$defs as Json), ...DETAIL_STATE_DEFS } };
}

/** Names of `$defs` that are checklist items: oneOf [NotApplicable, NotReported, value]. */
export function itemDefNames(schema: Json): string[] {
  const defs = schema.$defs as Record<string, Json>;
  return Object.keys(defs).filter((name) => {
    const oneOf = defs[name]?.oneOf as Json[] | undefined;
    return oneOf?.[0]?.$ref === '#/$defs/NotApplicable' && oneOf?.[1]?.$ref === '#/$defs/NotReported';
  });
}

function absolutiseRefs(node: unknown, rootId: string): unknown {
  if (Array.isArray(node)) return node.map((entry) => absolutiseRefs(entry, rootId));
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#') ? rootId + value : absolutiseRefs(value, rootId);
  }
  return out;
}

/**
 * The document schema with every item replaced by `true`: items are validated one by one with their own
 * state-specific validator, so an error speaks about the branch the author meant (value, notApplicable or
 * notReported) instead of all three branches of a oneOf.
 */
export function skeletonSchema(schema: Json): Json {
  const version = versionOf(schema);
  const items = new Set(itemDefNames(schema).map((name) => `#/$defs/${name}`));
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    const record = node as Json;
    if (typeof record.$ref === 'string' && items.has(record.$ref)) return true;
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, key === '$defs' ? value : strip(value)]));
  };
  const rootId = schema.$id as string;
  const stripped = strip({ ...schema, $defs: undefined }) as Json;
  delete stripped.$defs;
  return absolutiseRefs({ ...stripped, $id: skeletonId(version) }, rootId) as Json;
}

/**
 * Ajv's draft-07 class, not Ajv2020: the schema uses no keyword whose meaning differs between the two
 * ($defs, if/then, const and single-schema items read alike), and Ajv2020 adds to every generated function
 * the bookkeeping for unevaluatedProperties and $dynamicRef, which the schema does not use. Without it the
 * validators are about an eighth smaller and faster; the drift and message tests hold the output steady.
 */
export function createCompiler(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    // Our messages come from src/schema/messages.ts, never from ajv's: leaving ajv's out shrinks the code.
    messages: false,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    inlineRefs: false,
    code: { source: true, esm: true, lines: false, optimize: true },
  });
  ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
  // Where a vocabulary's words come from (schema 1.1 on): documentation, no validation.
  ajv.addKeyword({ keyword: 'x-sources', schemaType: 'array' });
  return ajv;
}

/** The draft-07 compiler validates 2020-12 keywords we use alike; it only needs the meta-schema link gone. */
function withoutMetaSchema(schema: Json): Json {
  const { $schema: _metaSchema, ...rest } = schema;
  return rest;
}

export function generateValidators(committed: Json): { code: string; declarations: string } {
  const version = versionOf(committed);
  const schema = compilableSchema(committed);
  const ajv = createCompiler();
  ajv.addSchema(withoutMetaSchema(schema));
  ajv.addSchema(withoutMetaSchema(skeletonSchema(schema)));
  // Each item's value branch is compiled where it stands in the schema, so the definitions it uses are
  // compiled once for all items (a separate root per item compiled its own copy of each, e.g. DoseAmount).
  const values = itemDefNames(schema);
  const exportsMap: Record<string, string> = {
    validateSkeleton: skeletonId(version),
    validateNotApplicable: `${schema.$id as string}#/$defs/NotApplicable`,
    validateNotReported: `${schema.$id as string}#/$defs/NotReported`,
  };
  for (const name of values) exportsMap[`value_${name}`] = `${schema.$id as string}#/$defs/${name}/oneOf/2`;
  // The module is CommonJS with a default export; under NodeNext it arrives wrapped.
  const standaloneCode = (standaloneModule as unknown as { default: typeof standaloneModule }).default ?? standaloneModule;
  let code = (standaloneCode as unknown as (ajv: Ajv, refs: Record<string, string>) => string)(ajv, exportsMap);
  // The two runtime helpers ajv refers to are replaced by our own, so the output imports nothing from ajv.
  code = code
    .replaceAll('require("ajv/dist/runtime/ucs2length").default', 'ucs2length')
    .replaceAll('require("ajv/dist/runtime/equal").default', 'deepEqual');
  if (/require\(/.test(code)) throw new Error('standalone code still requires a module; extend the runtime');
  const header = `// ${bannerText(version)}\n/* eslint-disable */\nimport { ucs2length, deepEqual } from '../../runtime.js';\n`;
  const declarations = [
    `// ${bannerText(version)}`,
    "import type { GeneratedValidator } from '../../runtime.js';",
    ...Object.keys(exportsMap).map((name) => `export declare const ${name}: GeneratedValidator;`),
    '',
  ].join('\n');
  return { code: header + code.replace(/^"use strict";/, '') + '\n', declarations };
}

/** Keywords that only constrain values (at least one of, conditional requirements) and do not change the shape. */
const CONSTRAINT_ONLY = new Set(['if', 'then', 'else']);
function isConstraintOnly(branch: unknown): boolean {
  if (branch === null || typeof branch !== 'object') return false;
  return Object.keys(branch).every((key) => ['required', 'x-message', 'if', 'then', 'anyOf', 'properties'].includes(key)) &&
    !('type' in branch) && !('$ref' in branch) &&
    Object.values((branch as Json).properties ?? {}).every((p) => p !== null && typeof p === 'object' && !('type' in (p as Json)) && !('$ref' in (p as Json)));
}

/** The schema as json-schema-to-typescript should see it: shape only, constraints left to the validator. */
export function shapeOnly(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shapeOnly);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (CONSTRAINT_ONLY.has(key) || key === 'x-message') continue;
    if ((key === 'anyOf' || key === 'allOf') && Array.isArray(value) && value.every(isConstraintOnly)) continue;
    out[key] = shapeOnly(value);
  }
  return out;
}

export async function generateTypes(schema: Json): Promise<string> {
  const ts = await compile(shapeOnly(schema) as never, 'StudyReport', {
    bannerComment: `/* ${bannerText(versionOf(schema))} */`,
    // Lists are arrays: minItems/maxItems would make tuple types, and a list built with .map() would need a cast.
    ignoreMinAndMaxItems: true,
    additionalProperties: false,
    unreachableDefinitions: false,
    strictIndexSignatures: true,
    format: false,
    style: { singleQuote: true },
  });
  return ts.endsWith('\n') ? ts : `${ts}\n`;
}
