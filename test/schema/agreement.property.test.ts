/**
 * The generated validators accept exactly what the committed schemas accept. The generator compiles each
 * detail-state wrapper `anyOf: [DetailState, original]` as "unless written as a state, the original; else
 * the state", and drops annotations; ajv compiling the committed schema as it stands must agree on every
 * document, valid or damaged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/io/parse.js';
import { SCHEMAS, SCHEMA_VERSIONS, type SchemaVersion } from '../../src/schema/versions.js';
import { ROOT } from '../helpers.js';

type Json = Record<string, unknown>;

function compileCommitted(version: SchemaVersion): (document: unknown) => boolean {
  const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allErrors: false });
  ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-sources', schemaType: 'array' });
  const validate = ajv.compile(SCHEMAS[version].schema as Json);
  return (document) => validate(document) as boolean;
}

function documentsOf(version: SchemaVersion): Json[] {
  const out: Json[] = [];
  for (const dir of ['examples', 'examples/review-2025', 'test/fixtures/documents-1.0']) {
    for (const name of readdirSync(join(ROOT, dir)).filter((file) => file.endsWith('.yaml')).sort()) {
      const parsed = parseReportText(readFileSync(join(ROOT, dir, name), 'utf8'), { filename: name });
      if (parsed.ok && (parsed.document as Json).checklistVersion === version) out.push(parsed.document as Json);
    }
  }
  return out;
}

/** Every path in a document (objects and lists), for a damage to land on. */
function pathsOf(node: unknown, base: string[] = [], out: string[][] = []): string[][] {
  if (base.length > 0) out.push(base);
  if (node !== null && typeof node === 'object') for (const key of Object.keys(node)) pathsOf((node as Json)[key], [...base, key], out);
  return out;
}

const REPLACEMENTS: unknown[] = [
  null, 'text', -5, 0, 2.5, 1e12, true, [], {}, [1], ['female'], ['x', 'x'],
  { notApplicable: 'does not apply' }, { notApplicable: 'no' }, { notReported: true }, { notReported: false },
  { notReported: true, where: 'Table 2' }, { notReported: true, value: 1 }, { notApplicable: 'x', notReported: true },
  { value: 'other' }, { value: 1, unit: 'mL' }, { value: 1, unit: { notReported: true } }, { unknownKey: 1 }, 'µL', 'rpm', '',
];

describe.each(SCHEMA_VERSIONS)('schema %s: generated validators and the committed schema agree', (version) => {
  const committed = compileCommitted(version);
  const ours = (document: unknown): boolean => SCHEMAS[version].validateStructure(document).length === 0;
  const documents = documentsOf(version);

  it('on every document the project keeps', () => {
    expect(documents.length).toBeGreaterThanOrEqual(5);
    for (const document of documents) expect(ours(document)).toBe(committed(document));
  });

  it('on damaged copies: one to three values replaced, removed or given a stray key', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...documents),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: REPLACEMENTS.length + 1 })), { minLength: 1, maxLength: 3 }),
        (document, damages) => {
          const copy = structuredClone(document);
          for (const [where, what] of damages) {
            const paths = pathsOf(copy);
            const path = paths[where % paths.length]!;
            let parent: unknown = copy;
            for (const part of path.slice(0, -1)) parent = (parent as Json)[part];
            const key = path[path.length - 1]!;
            if (what === REPLACEMENTS.length) delete (parent as Json)[key];
            else if (what === REPLACEMENTS.length + 1 && (parent as Json)[key] !== null && typeof (parent as Json)[key] === 'object') ((parent as Json)[key] as Json).stray = 1;
            else (parent as Json)[key] = structuredClone(REPLACEMENTS[what % REPLACEMENTS.length]);
          }
          expect(ours(copy)).toBe(committed(copy));
        },
      ),
      { numRuns: 600 },
    );
  });
});
