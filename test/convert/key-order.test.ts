/** Documents written by `convert` list their keys in the order of the schema, whatever order they came in. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inSchemaOrder } from '../../src/convert/key-order.js';
import { parseReportText } from '../../src/io/parse.js';
import { ROOT } from '../helpers.js';

function document(file: string): Record<string, unknown> {
  const parsed = parseReportText(readFileSync(join(ROOT, file), 'utf8'), { filename: file });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.document;
}

/** Every key of every object, reversed (as a spreadsheet's column order or a careless tool might give them). */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, entry]) => [key, reversed(entry)]));
}

/** The key order of every object, depth first, as one list of paths. */
function keyPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => keyPaths(entry, `${path}/${index}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, entry]) => [`${path}/${key}`, ...keyPaths(entry, `${path}/${key}`)]);
}

describe('schema key order', () => {
  it.each(['examples/multi-arm-three-doses.yaml', 'examples/clinical-knee-oa.yaml', 'examples/review-2025/ref-107-snl-rat-uc-msc-ev.yaml', 'test/fixtures/documents-1.0/complete-in-vivo-ev.yaml'])(
    '%s: any key order comes out the same, and the document is unchanged',
    (file) => {
      const original = document(file);
      const ordered = inSchemaOrder(reversed(original) as Record<string, unknown>);
      expect(ordered).toEqual(original);
      expect(keyPaths(ordered)).toEqual(keyPaths(inSchemaOrder(original)));
      expect(Object.keys(ordered).slice(0, 3)).toEqual(['$schema', 'checklistVersion', 'study']);
    },
  );

  it('puts a value before its unit, where and note, and an item state before its where', () => {
    const ordered = inSchemaOrder({
      checklistVersion: '1.1',
      storage: { temperature: { note: 'n', where: 'Methods', unit: '°C', value: -80 }, duration: { where: 'Table 1', notReported: true } },
    });
    const storage = ordered['storage'] as Record<string, Record<string, unknown>>;
    expect(Object.keys(storage['temperature']!)).toEqual(['value', 'unit', 'where', 'note']);
    expect(Object.keys(storage['duration']!)).toEqual(['notReported', 'where']);
  });

  it('keeps keys the schema does not name, after the named ones, and a key named __proto__ as data', () => {
    const input = JSON.parse('{"zeta":1,"__proto__":{"polluted":true},"checklistVersion":"1.1"}') as Record<string, unknown>;
    const ordered = inSchemaOrder(input);
    expect(Object.keys(ordered)).toEqual(['checklistVersion', 'zeta', '__proto__']);
    expect(Object.getPrototypeOf(ordered)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
