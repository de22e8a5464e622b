/**
 * Study documents of checklist 1.1 generated from the JSON Schema itself, for the round-trip property:
 * any subset of fields, each value drawn from its schema (a value, `{ notReported }`, `{ notApplicable }`
 * with `where` and `note`, at item level and at any detail, dose amounts, lists of results), preparations
 * and arms with per-unit overrides in and out of row order, and text chosen to trip a cell grammar
 * ("not reported" as text, "[sic]", a leading quote, "2×10^6", surrounding spaces). Not every generated
 * document is valid (patterns, minimum lengths and cross-field rules are not followed): a lossless
 * conversion must keep invalid documents too.
 */
import fc from 'fast-check';
import { SCHEMAS } from '../../src/schema/versions.js';

type Json = Record<string, unknown>;

const schema = SCHEMAS['1.1'].schema as Json;
const defs = schema.$defs as Record<string, Json>;

/** Text that looks like something else in a cell. */
const TRICKY_TEXT = [
  'not reported',
  'NR',
  'not applicable: used fresh',
  'N/A',
  '[sic] as printed',
  '{ curly }',
  '"quoted"',
  ' leading space',
  'trailing space ',
  '2×10^6',
  '-80 °C',
  'a; b',
  'x | y',
  'true',
  '12',
  '=SUM(A1)',
  'line one\nline two',
  'µL',
  'null',
];

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
);

const number: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1000, max: 1_000_000_000 }),
  fc.double({ min: -1e9, max: 1e12, noNaN: true, noDefaultInfinity: true }).filter((value) => !Object.is(value, -0)),
  fc.constantFrom(0.12, 2e6, 1.5e-3, -80),
);

const reason = fc.oneof(fc.constantFrom('used fresh, without storage', 'in-vitro study'), fc.string({ minLength: 3, maxLength: 20 }).filter((value) => value.trim() === value && value.trim().length >= 3));

/** `{ notReported }` or `{ notApplicable }`, sometimes with `where` / `note` beside it. */
function state(withNote: boolean): fc.Arbitrary<Json> {
  const extras = fc.record({ where: text, note: text }, { requiredKeys: [] });
  return fc.tuple(fc.boolean(), reason, extras).map(([reported, why, more]) => {
    const out: Json = reported ? { notReported: true } : { notApplicable: why };
    if (more.where !== undefined) out.where = more.where;
    if (more.note !== undefined && (withNote || reported)) out.note = more.note;
    return out;
  });
}

function refName(node: Json): string | undefined {
  const ref = node.$ref;
  return typeof ref === 'string' ? ref.slice('#/$defs/'.length) : undefined;
}

const cache = new Map<Json, fc.Arbitrary<unknown>>();

/** A value of a schema node, `depth` levels of objects and lists deep at most. */
export function valueOf(node: Json, depth = 0): fc.Arbitrary<unknown> {
  const name = refName(node);
  if (name === 'NotApplicable' || name === 'NotReported' || name === 'DetailState') return state(name !== 'NotApplicable');
  if (name) return valueOf(defs[name]!, depth);
  const cached = depth === 0 ? cache.get(node) : undefined;
  if (cached) return cached;
  const made = make(node, depth);
  if (depth === 0) cache.set(node, made);
  return made;
}

function make(node: Json, depth: number): fc.Arbitrary<unknown> {
  const branches = (node.oneOf ?? node.anyOf) as Json[] | undefined;
  if (branches) {
    // Values far more often than states, so that documents have content.
    return fc.oneof(...branches.map((branch) => ({ weight: refName(branch) === 'DetailState' || refName(branch) === 'NotReported' || refName(branch) === 'NotApplicable' ? 1 : 4, arbitrary: valueOf(branch, depth) })));
  }
  if (node.const !== undefined) return fc.constant(node.const);
  if (Array.isArray(node.enum)) return fc.constantFrom(...(node.enum as unknown[]));
  if (node.type === 'string') return text;
  if (node.type === 'integer') return fc.integer({ min: 0, max: 100_000 });
  if (node.type === 'number') return number;
  if (node.type === 'boolean') return fc.boolean();
  if (node.type === 'array') {
    if (depth > 4) return fc.constant([]);
    return fc.array(valueOf(node.items as Json, depth + 1), { minLength: 1, maxLength: 3 });
  }
  if (node.properties) {
    if (depth > 4) return fc.constant({});
    const properties = node.properties as Record<string, Json>;
    const record = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, valueOf(child, depth + 1)]));
    return fc.record(record, { requiredKeys: [] });
  }
  return fc.constant('free text');
}

const sectionNames = Object.keys(schema.properties as Json).filter((key) => !['$schema', 'checklistVersion'].includes(key));

function sectionValue(section: string): fc.Arbitrary<Json> {
  const sectionSchema = (schema.properties as Record<string, Json>)[section]!;
  const properties = { ...(sectionSchema.properties as Record<string, Json>) };
  delete properties.preparations;
  delete properties.arms;
  const record = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, valueOf(child, 1)]));
  return fc.record(record, { requiredKeys: [] }) as fc.Arbitrary<Json>;
}

function entryValue(section: string, container: string, idField: string): fc.Arbitrary<Json> {
  const list = ((schema.properties as Record<string, Json>)[section]!.properties as Record<string, Json>)[container]!;
  const properties = { ...((list.items as Json).properties as Record<string, Json>) };
  delete properties[idField];
  const record = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, valueOf(child, 1)]));
  return fc.record(record, { requiredKeys: [] }) as fc.Arbitrary<Json>;
}

const OVERRIDES = {
  preparations: ['storage', 'qualityControl', 'characterization'],
  arms: ['outcomes'],
} as const;

/** A whole 1.1 document: sections, preparations and arms, per-unit overrides (sometimes out of order or naming no unit). */
export const document11: fc.Arbitrary<Json> = fc
  .record({
    sections: fc.subarray(sectionNames).chain((names) => fc.tuple(...names.map((name) => sectionValue(name).map((value) => [name, value] as const)))),
    preparations: fc.array(entryValue('production', 'preparations', 'id'), { maxLength: 3 }),
    arms: fc.array(entryValue('doseAdministration', 'arms', 'id'), { maxLength: 3 }),
    overrides: fc.array(
      fc.tuple(fc.constantFrom(...OVERRIDES.preparations, ...OVERRIDES.arms), fc.nat(3), fc.constantFrom('storage', 'qualityControl', 'characterization', 'outcomes')).chain(([section, unit]) =>
        entryValue(section, section === 'outcomes' ? 'arms' : 'preparations', section === 'outcomes' ? 'armId' : 'preparationId').map((entry) => ({ section, unit, entry })),
      ),
      { maxLength: 5 },
    ),
    version: fc.constantFrom<Array<string | undefined>>('1.1', '1.1', undefined),
    schemaLink: fc.option(fc.constant('../schemas/study-report-1.1.schema.json'), { nil: undefined }),
  })
  .map(({ sections, preparations, arms, overrides, version, schemaLink }) => {
    const document: Json = {};
    if (schemaLink !== undefined) document.$schema = schemaLink;
    if (version !== undefined) document.checklistVersion = version;
    for (const [name, value] of sections) document[name] = value;
    if (preparations.length > 0) ((document.production ??= {}) as Json).preparations = preparations.map((entry, index) => ({ id: `p${index + 1}`, ...entry }));
    if (arms.length > 0) ((document.doseAdministration ??= {}) as Json).arms = arms.map((entry, index) => ({ id: `arm-${index + 1}`, ...entry }));
    for (const { section, unit, entry } of overrides) {
      const container = section === 'outcomes' ? 'arms' : 'preparations';
      const idField = section === 'outcomes' ? 'armId' : 'preparationId';
      const id = section === 'outcomes' ? `arm-${unit + 1}` : `p${unit + 1}`;
      const list = (((document[section] ??= {}) as Json)[container] ??= []) as Json[];
      list.push({ [idField]: id, ...entry });
    }
    return document;
  });
