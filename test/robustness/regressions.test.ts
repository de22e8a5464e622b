/** Bugs the hostile corpus and the property tests found, each pinned by the smallest input that showed it. */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/io/parse.js';
import { deepEqual, ucs2length } from '../../src/schema/runtime.js';
import { validate } from '../../src/validator.js';

function nestedLists(depth: number): unknown {
  let value: unknown = 'in-vivo';
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

function parse(text: string, format: 'json' | 'yaml') {
  return parseReportText(text, { format, filename: `x.${format}` });
}

describe('regressions', () => {
  it('deeply nested values where the schema compares list entries (uniqueItems) do not overflow the stack', () => {
    const report = validate({ checklistVersion: '1.0', study: { design: [nestedLists(100_000), nestedLists(100_000)] } });
    expect(report.valid).toBe(false);
    expect(deepEqual(nestedLists(50_000), nestedLists(50_000))).toBe(true);
    expect(deepEqual(nestedLists(50_000), nestedLists(50_001))).toBe(false);
  });

  it('text lengths count characters as JSON Schema does: a surrogate pair is one, a lone surrogate is one', () => {
    expect(ucs2length('')).toBe(0);
    expect(ucs2length('αMEM, 10 % FBS')).toBe(14);
    expect(ucs2length('😀')).toBe(1);
    expect(ucs2length('a😀b😀')).toBe(4);
    expect(ucs2length('\ud83d')).toBe(1);
    expect(ucs2length('\ud83dx')).toBe(2);
    expect(ucs2length('\ude00\ud83d')).toBe(2);
  });

  it('deepEqual keeps its meaning: NaN equals NaN, key order does not matter, lists and objects differ', () => {
    expect(deepEqual([1, { a: [Number.NaN] }], [1, { a: [Number.NaN] }])).toBe(true);
    expect(deepEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
    expect(deepEqual([1, 2], [1])).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    const other: unknown[] = [];
    other.push(other);
    expect(deepEqual(cyclic, other)).toBe(true);
  });

  it('JSON nested 10 000 levels deep is refused with a place, not a stack overflow', () => {
    const result = parse('['.repeat(10_000) + ']'.repeat(10_000), 'json');
    expect(result).toMatchObject({ ok: false, error: { code: 'too-deep', line: 1, column: 65 } });
  });

  it('YAML nested 2000 levels deep is refused as too deep, not as an alias bomb', () => {
    const text = `a:\n${Array.from({ length: 2000 }, (_, level) => `${' '.repeat(level + 1)}a:`).join('\n')} 1\n`;
    expect(parse(text, 'yaml')).toMatchObject({ ok: false, error: { code: 'too-deep', line: 65 } });
  });

  it('YAML 1.1 tags (!!binary, !!set, !!omap, !!timestamp) are refused instead of giving bytes, sets, maps and dates', () => {
    for (const tag of ['!!binary aGk=', '!!set { a }', '!!omap [ a: 1 ]', '!!timestamp 2001-01-01']) {
      expect(parse(`a: ${tag}\n`, 'yaml'), tag).toMatchObject({ ok: false, error: { code: 'yaml-syntax' } });
    }
  });

  it('a YAML key that is a list or mapping is refused, and the YAML library prints no warning', () => {
    expect(parse('? [a, b]\n: 1\n', 'yaml')).toMatchObject({ ok: false, error: { code: 'yaml-syntax', message: expect.stringContaining('a key is a list or mapping') } });
  });

  it('a YAML alias inside the node it refers to (a cycle) is refused', () => {
    expect(parse('a: &a [*a]\n', 'yaml')).toMatchObject({ ok: false, error: { code: 'yaml-syntax', message: expect.stringContaining('cycle') } });
  });

  it('many YAML keys are checked for duplicates in linear time', () => {
    const text = Array.from({ length: 40_000 }, (_, index) => `k${index}: 1`).join('\n');
    const started = performance.now();
    expect(parse(text, 'yaml').ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('many YAML aliases to different anchors are refused before resolving them takes quadratic time', () => {
    const text = `${Array.from({ length: 5000 }, (_, index) => `a${index}: &a${index} x`).join('\n')}\n${Array.from({ length: 5000 }, (_, index) => `b${index}: *a${index}`).join('\n')}\n`;
    const started = performance.now();
    expect(parse(text, 'yaml')).toMatchObject({ ok: false, error: { code: 'yaml-syntax', message: expect.stringContaining('more than 100 aliases') } });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('an unresolved YAML alias is named with its place, not reported as an alias bomb', () => {
    expect(parse('study:\n  title: *nothing\n', 'yaml')).toMatchObject({ ok: false, error: { line: 2, column: 10, message: expect.stringContaining('*nothing') } });
  });

  it('a huge double-quoted YAML text is refused before the YAML library decodes it', () => {
    expect(parse(`a: "${'x'.repeat(300_000)}"\n`, 'yaml')).toMatchObject({ ok: false, error: { code: 'too-long', line: 1, column: 4 } });
  });

  it('a carrier marked notReported does not bring the carrier item into scope (adding it never lowers a score)', () => {
    const base = { checklistVersion: '1.0', study: { design: ['in-vivo'] }, doseAdministration: { route: { value: 'intrathecal' } } };
    const before = validate(base);
    const after = validate({ ...base, doseAdministration: { ...base.doseAdministration, carrier: { notReported: true } } });
    expect(after.score.sections.doseAdministration.score).toBeGreaterThanOrEqual(before.score.sections.doseAdministration.score);
    expect(after.score.overall).toBeGreaterThanOrEqual(before.score.overall);
  });

  it('normalised units come in the same order whatever the order of the keys', () => {
    const a = { checklistVersion: '1.0', storage: { temperature: { value: -80, unit: 'ºC' }, duration: { value: 2, unit: 'days' } } };
    const b = { storage: { duration: { unit: 'days', value: 2 }, temperature: { unit: 'ºC', value: -80 } }, checklistVersion: '1.0' };
    expect(validate(a).normalisedUnits).toEqual(validate(b).normalisedUnits);
  });

  it('a document with a thousand arms and a thousand structural issues is scored in bounded time', () => {
    const document = {
      production: { preparations: [{ id: 'p' }] },
      storage: { preparations: Array.from({ length: 1000 }, () => ({ preparationId: 'p' })) },
      doseAdministration: { arms: Array.from({ length: 1000 }, (_, index) => ({ id: `a${index}`, preparationId: `q${index}` })) },
    };
    const started = performance.now();
    const report = validate(document);
    expect(report.valid).toBe(false);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
