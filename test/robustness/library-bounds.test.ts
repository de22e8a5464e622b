/**
 * The library on any value it is given (issue 11, points 3, 8, 15 and 18): `validate` returns a report in
 * bounded time for cyclic values, shared subtrees, sparse lists, throwing getters and Proxy traps; its call
 * options are checked; a user checklist nested 20 000 deep or naming a prototype key is refused as data.
 */
import { describe, expect, it } from 'vitest';
import { ChecklistConfigError } from '../../src/checklist/errors.js';
import { resolveChecklist } from '../../src/checklist/checklist.js';
import { createValidator, validate } from '../../src/validator.js';
import type { Report } from '../../src/report/types.js';

const BASE = { checklistVersion: '1.0', study: { design: ['in-vivo'] } };

function refused(report: Report, words: RegExp, pointer?: string): void {
  expect(report.valid).toBe(false);
  const finding = report.findings.find((candidate) => candidate.itemId === 'document' && candidate.message.startsWith('The document was not checked'));
  expect(finding?.message).toMatch(words);
  if (pointer !== undefined) expect(finding?.pointer).toBe(pointer);
}

describe('validate bounds its work on any value', () => {
  it('a cyclic object (o.a = o; o.b = o) is reported, not walked forever', () => {
    const o: Record<string, unknown> = {};
    o.a = o;
    o.b = o;
    refused(validate({ checklistVersion: '1.0', x: o }), /contains itself \(a cycle\)/, '/x/a');
  });

  it('a cycle through a list', () => {
    const list: unknown[] = [];
    list.push({ again: list });
    refused(validate({ ...BASE, doseAdministration: { arms: list } }), /a cycle/, '/doseAdministration/arms/0/again');
  });

  it('a 20-level object reusing one child per level (a million paths) is refused by the number of values', () => {
    let shared: unknown = { leaf: 1 };
    for (let level = 0; level < 20; level++) shared = { a: shared, b: shared };
    refused(validate({ ...BASE, x: shared }), /more than 50000 values/);
  });

  it('one value shared by two places is fine: sharing alone is not refused, only unbounded work', () => {
    const leaf = { value: -80, unit: '°C' };
    const report = validate({ ...BASE, storage: { temperature: leaf, duration: { value: 3, unit: 'month' } }, production: { x: leaf } });
    expect(report.findings.some((finding) => finding.message.startsWith('The document was not checked'))).toBe(false);
  });

  it('a sparse list claiming ten million entries is refused by its length without visiting them', () => {
    const arms: unknown[] = [];
    arms.length = 1e7;
    refused(validate({ ...BASE, doseAdministration: { arms } }), /a list has more than 1000 entries/, '/doseAdministration/arms');
  });

  it('holes in a short sparse list are read as missing entries', () => {
    const arms: unknown[] = [];
    arms.length = 3;
    const report = validate({ ...BASE, doseAdministration: { arms } });
    expect(report.findings.some((finding) => finding.message.startsWith('The document was not checked'))).toBe(false);
  });

  it('a getter that throws is reported with its place, not thrown', () => {
    const storage = Object.defineProperty({}, 'temperature', { enumerable: true, get: () => { throw new Error('boom'); } });
    refused(validate({ ...BASE, storage }), /cannot be read \(boom\)/, '/storage');
  });

  it.each([
    ['get', { get: () => { throw new Error('get trap'); } }],
    ['ownKeys', { ownKeys: () => { throw new Error('ownKeys trap'); } }],
    ['getOwnPropertyDescriptor', { getOwnPropertyDescriptor: () => { throw new Error('descriptor trap'); } }],
  ])('a Proxy whose %s trap throws is reported, not thrown', (_trap, handler) => {
    const proxy = new Proxy({ temperature: 1 }, handler as ProxyHandler<object>);
    refused(validate({ ...BASE, storage: proxy }), /cannot be read/);
  });

  it('a getter that answers differently each time is read once: the report is the same twice', () => {
    let calls = 0;
    const study = Object.defineProperty({ design: ['in-vivo'] }, 'title', { enumerable: true, get: () => (++calls % 2 === 0 ? 42 : 'A study') });
    const report = validate({ checklistVersion: '1.0', study });
    expect(calls).toBe(1);
    expect(report.valid).toBe(true);
  });

  it('a key "__proto__" stays data and never becomes the prototype of the copy', () => {
    const document = JSON.parse('{"checklistVersion": "1.0", "study": {"__proto__": {"design": ["in-vivo"]}}}') as unknown;
    const report = validate(document);
    expect(report.findings.find((finding) => finding.itemId === 'study.design')?.status).toBe('missing');
  });

  it('the limits raised for a validator apply to its documents', () => {
    const deep = (depth: number): unknown => (depth === 0 ? 'x' : { x: deep(depth - 1) });
    refused(validate({ ...BASE, x: deep(70) }), /nested more than 64 levels/);
    const raised = createValidator({ limits: { maxDepth: 100 } }).validate({ ...BASE, x: deep(70) });
    expect(raised.findings.some((finding) => finding.message.startsWith('The document was not checked'))).toBe(false);
  });
});

describe("validate's call options are checked", () => {
  it.each([
    [{ file: 5 }, /options\.file must be a string/],
    [{ line: 0 }, /options\.line must be a whole number from 1/],
    [{ line: 1.5 }, /options\.line/],
    [{ line: '3' }, /options\.line/],
    [{ sourceMap: {} }, /options\.sourceMap must have a locate/],
    [null, /call options must be an object/],
  ])('%j is a TypeError naming the option', (call, message) => {
    expect(() => createValidator().validate(BASE, call as never)).toThrow(TypeError);
    expect(() => createValidator().validate(BASE, call as never)).toThrow(message);
  });

  it('a source map that throws or answers nonsense gives no location instead of a broken report', () => {
    const report = createValidator().validate(BASE, { file: 'a.yaml', sourceMap: { locate: (pointer) => (pointer.includes('storage') ? { line: -1, column: 0 } : (() => { throw new Error('x'); })()) } });
    expect(report.findings.every((finding) => finding.location === undefined)).toBe(true);
  });
});

describe('user checklists that zod would recurse into or that name prototype keys', () => {
  function deepCondition(depth: number): unknown {
    let condition: unknown = { fact: 'design', includes: 'in-vivo' };
    for (let level = 0; level < depth; level++) condition = { not: condition };
    return condition;
  }

  it('appliesWhen nested 20 000 deep: resolveChecklist returns an error, createValidator throws ChecklistConfigError', () => {
    const data = { items: { 'storage.temperature': { appliesWhen: deepCondition(20_000) } } };
    const resolved = resolveChecklist('default', { data, file: 'lab.yaml' });
    expect(resolved).toMatchObject({ ok: false, errors: [{ code: 'checklist-invalid', file: 'lab.yaml', message: expect.stringContaining('nested more than 32 levels') }] });
    expect(() => createValidator({ checklist: data })).toThrow(ChecklistConfigError);
  });

  it('appliesWhen nested 10 deep is still a checklist', () => {
    expect(resolveChecklist('default', { data: { items: { 'storage.temperature': { appliesWhen: deepCondition(10) } } } }).ok).toBe(true);
  });

  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'temperature/constructor'])('an added item with path %s is refused as an unknown field', (path) => {
    const added = { id: 'storage.custom', section: 'storage', path, scope: 'study', level: 'essential', weight: 1, title: 'T', rationale: 'R', hint: 'H', sources: ['S'] };
    const resolved = resolveChecklist('default', { data: { add: [added] } });
    expect(resolved).toMatchObject({ ok: false, errors: [{ code: 'unknown-field' }] });
  });
});
