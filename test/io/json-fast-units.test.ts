/**
 * The fast JSON path's walk for limits also finds the units a report normalises (so the validator need not
 * walk the document again for them). What it finds must be exactly what normalisedUnits finds in the parsed
 * value, in the same order, and the validator must take it only for the very document it was found in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseJsonFast } from '../../src/io/json-fast.js';
import { DEFAULT_LIMITS, resolveLimits } from '../../src/io/limits.js';
import { normalisedUnits } from '../../src/units/normalise.js';
import { createValidator, validateParsed } from '../../src/validator.js';
import { ROOT } from '../helpers.js';

/** The units the fast path's walk found in a JSON text (it must accept the text). */
function unitsWalked(text: string, limits = DEFAULT_LIMITS): ReturnType<typeof normalisedUnits> {
  const fast = parseJsonFast(text, limits);
  expect(fast, text.slice(0, 200)).toBeDefined();
  expect(fast!.sourceMap.walked.value).toBe(fast!.value);
  return fast!.sourceMap.walked.units;
}

function expectSameUnits(text: string, limits = DEFAULT_LIMITS): void {
  expect(unitsWalked(text, limits), text.slice(0, 200)).toEqual(normalisedUnits(JSON.parse(text)));
}

const yamlFiles = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => join(ROOT, folder, file));

const documents = [...yamlFiles('examples'), ...yamlFiles('test/fixtures/documents-1.0')].map((file) => parseYaml(readFileSync(file, 'utf8')) as unknown);

describe('units found by the fast JSON path', () => {
  it('are the units normalisedUnits finds in every example and fixture document, in the same order', () => {
    expect(documents.length).toBeGreaterThan(10);
    let found = 0;
    for (const document of documents) {
      const text = JSON.stringify(document, null, 2);
      expectSameUnits(text);
      found += unitsWalked(text)?.length ?? 0;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('come in the order a walk in document order meets them where the report order ranks two the same (keys 1 and 01)', () => {
    // "1" and "01" sort as the same number, so the report keeps them in the order they were found.
    const text = JSON.stringify({ a: { '01': { unit: 'weeks' }, 1: { unit: 'µg' }, x: [{ unit: 'uL' }, { unit: 'weeks' }] }, unit: 'ºC' });
    expect(unitsWalked(text)?.map((unit) => unit.pointer)).toEqual(['/a/1/unit', '/a/01/unit', '/a/x/0/unit', '/a/x/1/unit', '/unit']);
    expectSameUnits(text);
  });

  it('are the same as normalisedUnits finds in generated documents with digit keys, lists and every kind of spelling', () => {
    let state = 5;
    const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    // Keys that sort as equal numbers, that sort as numbers against text, and plain ones; spellings canonical, not, and unknown.
    const keys = ['1', '01', '001', '10', '9', '1e', 'unit', 'value', 'a', 'storage', 'study', 'x/y', 'k~1'];
    const spellings = ['weeks', 'wk', 'µg', 'μg', 'ºC', '°C', 'uL', 'mL', 'no such unit', ''];
    const value = (depth: number): unknown => {
      const roll = next();
      if (depth > 5 || roll < 0.25) return roll < 0.12 ? pick(spellings) : Math.floor(next() * 100);
      if (roll < 0.45) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
      const entries: Array<[string, unknown]> = Array.from({ length: 1 + Math.floor(next() * 5) }, () => [pick(keys), value(depth + 1)]);
      if (next() < 0.5) entries.push(['unit', next() < 0.8 ? pick(spellings) : value(depth + 1)]);
      return Object.fromEntries(entries);
    };
    let found = 0;
    for (let round = 0; round < 500; round++) {
      const text = JSON.stringify(value(0));
      if (!text.startsWith('{')) continue;
      expectSameUnits(text);
      found += unitsWalked(text)?.length ?? 0;
    }
    expect(found).toBeGreaterThan(200);
  });

  it('are searched for no deeper than normalisedUnits searches, with the depth limit raised', () => {
    const nested = (levels: number): string => `${'{"a":'.repeat(levels - 1)}{"unit":"weeks"}${'}'.repeat(levels - 1)}`;
    const limits = resolveLimits({ maxDepth: 100 });
    expect(unitsWalked(nested(65), limits)).toHaveLength(1);
    expect(unitsWalked(nested(66), limits)).toBeUndefined();
    for (const levels of [64, 65, 66, 67]) expectSameUnits(nested(levels), limits);
  });

  it('reach a report only for the very document they were found in', () => {
    const validator = createValidator();
    const parsed = parseJsonFast(JSON.stringify({ checklistVersion: '1.1', storage: { temperature: { value: -80, unit: 'ºC' } } }), DEFAULT_LIMITS)!;
    const own = validateParsed(validator, parsed.value as Record<string, unknown>, { sourceMap: parsed.sourceMap }, {});
    expect(own.normalisedUnits).toEqual([{ pointer: '/storage/temperature/unit', given: 'ºC', unit: '°C' }]);
    const other = { checklistVersion: '1.1', storage: { temperature: { value: -80, unit: 'uL' } } };
    const report = validateParsed(validator, other, { sourceMap: parsed.sourceMap }, {});
    expect(report.normalisedUnits).toEqual(normalisedUnits(other));
    expect(report.normalisedUnits?.[0]?.given).toBe('uL');
  });
});
