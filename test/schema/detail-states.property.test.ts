/**
 * Properties of schema 1.1 over real documents (the examples and the review corpus): any detail of any
 * value can be declared not reported or not applicable and the document stays valid; any detail can be
 * removed and the document stays valid (partial is never invalid); and no JSON value anywhere makes the
 * structural check throw or point outside the document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/io/parse.js';
import { isWithin, parsePointer, toPointer } from '../../src/schema/pointer.js';
import { SCHEMAS } from '../../src/schema/versions.js';
import { ROOT } from '../helpers.js';

type Json = Record<string, unknown>;
const v11 = SCHEMAS['1.1'];

function documents11(): Json[] {
  const out: Json[] = [];
  for (const dir of ['examples', 'examples/review-2025']) {
    for (const name of readdirSync(join(ROOT, dir)).filter((file) => file.endsWith('.yaml')).sort()) {
      const parsed = parseReportText(readFileSync(join(ROOT, dir, name), 'utf8'), { filename: name });
      if (parsed.ok && (parsed.document as Json).checklistVersion === '1.1') out.push(parsed.document as Json);
    }
  }
  return out;
}

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Paths of every detail inside every item value (any depth, list entries included), except where/note/description. */
function detailPaths(document: Json): string[][] {
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (Array.isArray(value)) value.forEach((entry, index) => walk(entry, [...path, String(index)]));
    else if (isObject(value) && !('notReported' in value) && !('notApplicable' in value)) {
      for (const [key, child] of Object.entries(value)) {
        if (['where', 'note', 'description'].includes(key)) continue;
        paths.push([...path, key]);
        walk(child, [...path, key]);
      }
    }
  };
  for (const location of v11.itemLocations(document)) walk(location.value, parsePointer(location.pointer));
  return paths;
}

function withDetail(document: Json, path: string[], replace: (parent: Json | unknown[], key: string) => void): Json {
  const copy = structuredClone(document);
  let node: unknown = copy;
  for (const part of path.slice(0, -1)) node = (node as Record<string, unknown>)[part];
  replace(node as Json, path[path.length - 1]!);
  return copy;
}

describe('schema 1.1 properties over the examples and the review corpus', () => {
  const documents = documents11();
  const cases = documents.flatMap((document) => detailPaths(document).map((path) => ({ document, path })));

  it('there are documents and details to vary', () => {
    expect(documents.length).toBeGreaterThanOrEqual(30);
    expect(cases.length).toBeGreaterThan(1000);
  });

  it('each document is valid as written', () => {
    for (const document of documents) expect(v11.validateStructure(document)).toEqual([]);
  });

  it('any detail may be declared not reported or not applicable instead of its value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.boolean(), ({ document, path }, reported) => {
        const state = reported ? { notApplicable: 'does not apply here', where: 'Methods' } : { notReported: true, note: 'checked' };
        const varied = withDetail(document, path, (parent, key) => {
          (parent as Json)[key] = state;
        });
        expect(v11.validateStructure(varied), toPointer(path)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('any detail may be left out: partial is never invalid', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), ({ document, path }) => {
        const varied = withDetail(document, path, (parent, key) => {
          delete (parent as Json)[key];
        });
        expect(v11.validateStructure(varied), toPointer(path)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('any JSON value in place of a detail gives issues inside the object that holds it, and never a throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.jsonValue({ maxDepth: 3 }), ({ document, path }, value) => {
        const varied = withDetail(document, path, (parent, key) => {
          (parent as Json)[key] = value;
        });
        // The holder, not the detail: a rule may tie two fields (a unit must fit the basis beside it).
        const holder = toPointer(path.slice(0, -1));
        for (const issue of v11.validateStructure(varied)) {
          expect(isWithin(issue.pointer, holder), `${issue.pointer} for ${toPointer(path)}`).toBe(true);
          expect(issue.message.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 400 },
    );
  });
});
