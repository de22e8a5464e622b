/**
 * The fast check (src/schema/fast-check.ts) decides alone whether a document is structurally valid: a
 * document it accepts is never walked by the validators that explain. So it must accept exactly the
 * documents in which the explaining walk finds no issue, on every document we keep and on damaged copies,
 * including the edges where it answers differently from ajv's code (string lengths counted in code points,
 * numbers that are not finite, a key written as `__proto__`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/io/parse.js';
import { compileFastCheck, fastCheckOf } from '../../src/schema/fast-check.js';
import * as generated10 from '../../src/schema/generated/1.0/validators.js';
import * as generated11 from '../../src/schema/generated/1.1/validators.js';
import type { GeneratedValidator } from '../../src/schema/runtime.js';
import { createStructureValidator } from '../../src/schema/validate-structure.js';
import { documentVersion, SCHEMAS, SCHEMA_VERSIONS, type SchemaVersion } from '../../src/schema/versions.js';
import { ROOT } from '../helpers.js';

type Json = Record<string, unknown>;

const GENERATED: Record<SchemaVersion, unknown> = { '1.0': generated10, '1.1': generated11 };

/** The structural validator without the fast check: every document is walked and explained. */
function explainingValidator(version: SchemaVersion): (document: unknown) => boolean {
  const structure = createStructureValidator(SCHEMAS[version], GENERATED[version] as Record<string, GeneratedValidator>);
  return (document) => structure.validateStructure(document).length === 0;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(json|ya?ml)$/.test(name) ? [path] : [];
  });
}

/** Every study document the project keeps (examples, review corpus, fixtures, valid or not) that parses. */
const KEPT: Json[] = [...filesUnder(join(ROOT, 'examples')), ...filesUnder(join(ROOT, 'test/fixtures'))].flatMap((file) => {
  const parsed = parseReportText(readFileSync(file, 'utf8'), { filename: file });
  return parsed.ok && parsed.document !== null && typeof parsed.document === 'object' && !Array.isArray(parsed.document) ? [parsed.document as Json] : [];
});

/** Every value of `keyword` in a schema, to put strings and numbers right at its limits. */
function limitsOf(node: unknown, keyword: string, out = new Set<number>()): Set<number> {
  if (Array.isArray(node)) node.forEach((entry) => limitsOf(entry, keyword, out));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === keyword && typeof value === 'number') out.add(value);
      else limitsOf(value, keyword, out);
    }
  }
  return out;
}

/** Text at each length limit of a schema and one either side, in plain letters and in characters outside the BMP (two UTF-16 units each). */
function textsAtLimits(version: SchemaVersion): string[] {
  const schema = SCHEMAS[version].schema;
  const lengths = [...limitsOf(schema, 'minLength'), ...limitsOf(schema, 'maxLength')];
  return lengths.flatMap((n) => [n - 1, n, n + 1].filter((length) => length >= 0).flatMap((length) => ['x'.repeat(length), '\u{1F600}'.repeat(length)]));
}

/**
 * Every text the schema names in an `enum` or a `const`, by the property it is named under (`''` when none):
 * each one is right in some place and wrong in others, such as a dose unit of another basis.
 */
function textsNamed(version: SchemaVersion): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  const add = (key: string, text: unknown): void => {
    if (typeof text === 'string') out.set(key, (out.get(key) ?? new Set()).add(text));
  };
  const visit = (node: unknown, key: string): void => {
    if (Array.isArray(node)) node.forEach((entry) => visit(entry, key));
    else if (node !== null && typeof node === 'object') {
      for (const [keyword, value] of Object.entries(node)) {
        if (keyword === 'const') add(key, value);
        else if (keyword === 'enum' && Array.isArray(value)) value.forEach((entry) => add(key, entry));
        else if (keyword === 'properties' && value !== null && typeof value === 'object') Object.entries(value).forEach(([property, sub]) => visit(sub, property));
        else visit(value, key);
      }
    }
  };
  visit(SCHEMAS[version].schema, '');
  return new Map([...out].map(([key, texts]) => [key, [...texts]]));
}

/** Numbers at each numeric limit of a schema and either side of it. */
function numbersAtLimits(version: SchemaVersion): number[] {
  const schema = SCHEMAS[version].schema;
  const limits = [...limitsOf(schema, 'minimum'), ...limitsOf(schema, 'maximum'), ...limitsOf(schema, 'exclusiveMinimum')];
  return limits.flatMap((n) => [n, n - 0.5, n + 0.5, Math.floor(n) - 1, Math.ceil(n) + 1]);
}

function replacementsFor(version: SchemaVersion): unknown[] {
  return [
    null, 'text', '', -5, 0, -0, 2.5, 1e21, true, [], {}, [1], ['female'], ['x', 'x'], NaN, Infinity, -Infinity,
    { notApplicable: 'does not apply' }, { notApplicable: 'no' }, { notApplicable: '\u{1F600}\u{1F600}' }, { notReported: true }, { notReported: false },
    { notReported: true, where: 'Table 2' }, { notReported: true, value: 1 }, { notApplicable: 'x', notReported: true },
    { value: 'other' }, { value: 1, unit: 'mL' }, { value: 1, unit: { notReported: true } }, { unknownKey: 1 }, 'µL', 'rpm',
    JSON.parse('{"__proto__": {"notApplicable": "inherited?"}}') as unknown,
    ...textsAtLimits(version),
    ...numbersAtLimits(version),
  ];
}

/** The paths of a document's leaves of one type (texts, or numbers). */
function leavesOf(node: unknown, type: 'string' | 'number', base: string[] = [], out: string[][] = []): string[][] {
  if (typeof node === type && base.length > 0) out.push(base);
  if (node !== null && typeof node === 'object') for (const key of Object.keys(node)) leavesOf((node as Json)[key], type, [...base, key], out);
  return out;
}

function replaced(document: Json, path: string[], value: unknown): Json {
  const copy = structuredClone(document);
  let parent: unknown = copy;
  for (const part of path.slice(0, -1)) parent = (parent as Json)[part];
  (parent as Json)[path[path.length - 1]!] = value;
  return copy;
}

function pathsOf(node: unknown, base: string[] = [], out: string[][] = []): string[][] {
  if (base.length > 0) out.push(base);
  if (node !== null && typeof node === 'object') for (const key of Object.keys(node)) pathsOf((node as Json)[key], [...base, key], out);
  return out;
}

describe.each(SCHEMA_VERSIONS)('schema %s: the fast check accepts exactly what the explaining walk finds no issue in', (version) => {
  const fast = fastCheckOf(SCHEMAS[version]);
  const explained = explainingValidator(version);
  const documents = KEPT.filter((document) => documentVersion(document) === version);
  const replacements = replacementsFor(version);

  it('on every document the project keeps, structurally valid or not', () => {
    expect(documents.length).toBeGreaterThanOrEqual(5);
    expect(documents.some((document) => !explained(document)), 'the kept documents include structurally invalid ones').toBe(true);
    for (const document of documents) expect(fast(document)).toBe(explained(document));
  });

  it('on any JSON value in place of the document', () => {
    for (const value of [...replacements, [{}], { checklistVersion: version }, { checklistVersion: version, study: null }]) expect(fast(value)).toBe(explained(value));
  });

  it('on damaged copies: one to three values replaced, removed or given a stray key', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...documents),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: replacements.length + 1 })), { minLength: 1, maxLength: 3 }),
        (document, damages) => {
          const copy = structuredClone(document);
          for (const [where, what] of damages) {
            const paths = pathsOf(copy);
            if (paths.length === 0) continue;
            const path = paths[where % paths.length]!;
            let parent: unknown = copy;
            for (const part of path.slice(0, -1)) parent = (parent as Json)[part];
            const key = path[path.length - 1]!;
            if (what === replacements.length) delete (parent as Json)[key];
            else if (what === replacements.length + 1 && (parent as Json)[key] !== null && typeof (parent as Json)[key] === 'object') ((parent as Json)[key] as Json).stray = 1;
            else (parent as Json)[key] = structuredClone(replacements[what % replacements.length]);
          }
          expect(fast(copy)).toBe(explained(copy));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('on text at a length limit, and numbers at a numeric limit, wherever a document holds text or a number', () => {
    const texts = textsAtLimits(version);
    const numbers = numbersAtLimits(version);
    const leaves = documents.flatMap((document) => [
      ...leavesOf(document, 'string').map((path) => ({ document, path, values: texts })),
      ...leavesOf(document, 'number').map((path) => ({ document, path, values: numbers })),
    ]);
    fc.assert(
      fc.property(fc.constantFrom(...leaves), fc.nat(), ({ document, path, values }, pick) => {
        const copy = replaced(document, path, values[pick % values.length]);
        expect(fast(copy)).toBe(explained(copy));
      }),
      { numRuns: 4000 },
    );
  });

  it('on a text replaced by another text the schema names under the same key, such as a dose unit of another basis, or another basis', () => {
    const named = textsNamed(version);
    expect(named.get('basis')).toEqual(expect.arrayContaining(['cell-equivalents', 'particles']));
    const leaves = documents.flatMap((document) =>
      leavesOf(document, 'string').flatMap((path) => {
        const texts = named.get(path[path.length - 1]!);
        return texts ? [{ document, path, texts }] : [];
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...leaves), fc.nat(), ({ document, path, texts }, pick) => {
        const copy = replaced(document, path, texts[pick % texts.length]);
        expect(fast(copy)).toBe(explained(copy));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('compiling the fast check', () => {
  const places = { itemDefs: { section: { item: 'Item' } }, containers: {} };
  const schemaWith = (itemValue: Json): Json => ({
    $id: 'urn:test',
    type: 'object',
    properties: { section: { type: 'object', properties: { item: { $ref: '#/$defs/Item' } } } },
    $defs: {
      NotApplicable: { type: 'object', required: ['notApplicable'] },
      NotReported: { type: 'object', required: ['notReported'] },
      Item: { oneOf: [{ $ref: '#/$defs/NotApplicable' }, { $ref: '#/$defs/NotReported' }, itemValue] },
    },
  });

  it('stops at a keyword it does not know rather than skipping it', () => {
    expect(compileFastCheck(schemaWith({ type: 'string' }), places)({ section: { item: 'text' } })).toBe(true);
    expect(() => compileFastCheck(schemaWith({ type: 'string', format: 'date' }), places)).toThrow(/keyword "format" is not supported/);
    expect(() => compileFastCheck(schemaWith({ not: { type: 'string' } }), places)).toThrow(/keyword "not" is not supported/);
  });

  it('a definition written as true accepts anything, one written as false nothing', () => {
    const schema = schemaWith({ type: 'object', properties: { open: { $ref: '#/$defs/Open' }, closed: { $ref: '#/$defs/Closed' } } });
    Object.assign(schema.$defs as Json, { Open: true, Closed: false });
    const check = compileFastCheck(schema, places);
    expect(check({ section: { item: { open: [1, 'x', null] } } })).toBe(true);
    expect(check({ section: { item: { closed: 1 } } })).toBe(false);
    expect(check({ section: { item: {} } })).toBe(true);
  });

  it('rules chosen by the text of one key apply the rule of that text only, and every rule to a value that is not an object', () => {
    const when = (basis: string): Json => ({ if: { properties: { basis: { const: basis } }, required: ['basis'] }, then: { type: 'object', required: [`${basis}Unit`] } });
    const check = compileFastCheck(schemaWith({ allOf: [when('cells'), when('mass')] }), places);
    expect(check({ section: { item: { basis: 'cells', cellsUnit: 'cells' } } })).toBe(true);
    expect(check({ section: { item: { basis: 'cells', massUnit: 'mg' } } })).toBe(false);
    expect(check({ section: { item: { basis: 'mass' } } })).toBe(false);
    expect(check({ section: { item: { basis: 'volume' } } })).toBe(true);
    expect(check({ section: { item: { basis: 1 } } })).toBe(true);
    expect(check({ section: { item: {} } })).toBe(true);
    expect(check({ section: { item: 'text' } })).toBe(false);
  });

  it('a detail that may be written as a state keeps the keywords written beside it', () => {
    const size = { anyOf: [{ $ref: '#/$defs/DetailState' }, { type: 'number' }], minimum: 0 };
    const check = compileFastCheck(schemaWith({ type: 'object', properties: { size } }), places);
    expect(check({ section: { item: { size: 5 } } })).toBe(true);
    expect(check({ section: { item: { size: -1 } } })).toBe(false);
    expect(check({ section: { item: { size: 'five' } } })).toBe(false);
    expect(check({ section: { item: { size: { notReported: true } } } })).toBe(true);
  });

  it('stops when a unit entry holds an item under the same key that is not the section\'s item', () => {
    const schema = schemaWith({ type: 'string' });
    const section = (schema.properties as Record<string, Json>).section!;
    section.properties = { ...(section.properties as Json), entries: { type: 'array', items: { type: 'object', properties: { item: { type: 'string' } } } } };
    expect(() => compileFastCheck(schema, { ...places, containers: { section: 'entries' } })).toThrow(/section\.entries\[\]\.item is not the item Item/);
  });
});
