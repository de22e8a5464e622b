/**
 * The expected-details rules on their own, with small inline details (no checklist data): what is given,
 * not applicable, not reported or missing, which details count, and the credit they make.
 */
import { describe, expect, it } from 'vitest';
import type { ExpectedDetail } from '../../src/checklist/model.js';
import { assessDetails } from '../../src/scoring/details.js';

const detail = (id: string, rest: Partial<ExpectedDetail> = {}): ExpectedDetail => ({ id, label: `the ${id}`, path: id, ...rest });
const labels = (details: ExpectedDetail[]): string[] => details.map((d) => d.label);

describe('each expected detail is given, not applicable, not reported or missing', () => {
  const expects = [detail('method'), detail('result'), detail('limit')];

  it('credit = given / counted; nothing counted is full credit', () => {
    expect(assessDetails(expects, { method: 'PCR', result: 'negative', limit: 'none' }).credit).toBe(1);
    expect(assessDetails(expects, { method: 'PCR' })).toMatchObject({ given: 1, counted: 3 });
    expect(assessDetails([], {}).credit).toBe(1);
  });

  it('not applicable leaves the count; not reported and missing stay in it, named apart', () => {
    const outcome = assessDetails(expects, { method: 'PCR', result: { notReported: true }, limit: { notApplicable: 'no limit set' } });
    expect(outcome).toMatchObject({ given: 1, counted: 2, credit: 0.5 });
    expect(labels(outcome.notReported)).toEqual(['the result']);
    expect(outcome.missing).toEqual([]);
    expect(assessDetails([detail('a', { path: 'a/b' })], { a: { notReported: true } }).notReported).toHaveLength(1);
  });
});

describe('"one of" and lists', () => {
  it('anyOf is given by any alternative, not applicable when one is declared so, not reported when one is', () => {
    const cells = [detail('cells', { path: undefined, anyOf: ['cellCount', 'confluencePercent'] })];
    expect(assessDetails(cells, { confluencePercent: 80 }).credit).toBe(1);
    expect(assessDetails(cells, { cellCount: { notApplicable: 'confluence given instead' } })).toMatchObject({ counted: 0, credit: 1 });
    expect(labels(assessDetails(cells, { cellCount: { notReported: true } }).notReported)).toEqual(['the cells']);
    expect(labels(assessDetails(cells, {}).missing)).toEqual(['the cells']);
  });

  it('`*`: every entry must have it; an absent or empty list is missing', () => {
    const names = [detail('name', { path: 'substances/*/name' })];
    expect(assessDetails(names, { substances: [{ name: 'trehalose' }, { name: 'sucrose' }] }).credit).toBe(1);
    expect(assessDetails(names, { substances: [{ name: 'trehalose' }, {}] }).credit).toBe(0);
    expect(assessDetails(names, { substances: [] }).credit).toBe(0);
    expect(assessDetails(names, {}).credit).toBe(0);
  });

  it('alternatives under a shared `*` are decided per entry', () => {
    const amount = [detail('amount', { path: undefined, anyOf: ['amounts/*/value', 'amounts/*/range'] })];
    expect(assessDetails(amount, { amounts: [{ value: 1 }, { range: { min: 1, max: 2 } }] }).credit).toBe(1);
    expect(assessDetails(amount, { amounts: [{ value: 1 }, {}] }).credit).toBe(0);
  });
});

describe('conditions on the value', () => {
  it('equals, in and min hold only when the value says so; an absent path asks for nothing', () => {
    const description = [detail('value'), detail('description', { when: { path: 'value', equals: 'other' } })];
    expect(assessDetails(description, { value: 'frozen' }).counted).toBe(1);
    expect(assessDetails(description, { value: 'other' })).toMatchObject({ counted: 2, given: 1 });
    expect(assessDetails(description, {})).toMatchObject({ counted: 1, given: 0 });
    const device = [detail('device', { when: { path: 'method', in: ['tff', 'ultrafiltration'] } })];
    expect(assessDetails(device, { method: 'tff' }).counted).toBe(1);
    expect(assessDetails(device, { method: 'ultracentrifugation' }).counted).toBe(0);
    const interval = [detail('interval', { when: { path: 'administrations', min: 2 } })];
    expect(assessDetails(interval, { administrations: 1 }).counted).toBe(0);
    expect(assessDetails(interval, { administrations: 2 }).counted).toBe(1);
    expect(assessDetails(interval, { administrations: { notReported: true } }).counted).toBe(0);
  });

  it('present: a unit is asked for only where its quantity is given', () => {
    const unit = [detail('unit', { path: 'volume/unit', when: { path: 'volume/value', present: true } })];
    expect(assessDetails(unit, {}).counted).toBe(0);
    expect(assessDetails(unit, { volume: { value: 2 } })).toMatchObject({ counted: 1, given: 0 });
  });

  it('a condition that shares the `*` is decided per entry: only the entries it holds for count', () => {
    const oxygen = [detail('oxygen', { path: 'stimuli/*/oxygenPercent', when: { path: 'stimuli/*/type', equals: 'hypoxia' } })];
    expect(assessDetails(oxygen, { stimuli: [{ type: 'cytokine' }] }).counted).toBe(0);
    expect(assessDetails(oxygen, { stimuli: [{ type: 'cytokine' }, { type: 'hypoxia' }] })).toMatchObject({ counted: 1, given: 0 });
    expect(assessDetails(oxygen, { stimuli: [{ type: 'hypoxia', oxygenPercent: 1 }, { type: 'cytokine' }] }).credit).toBe(1);
    expect(assessDetails(oxygen, {}).counted).toBe(0);
  });

  it('a detail that is given always counts, so stating the field a condition reads never lowers credit', () => {
    const description = [detail('value'), detail('description', { when: { path: 'value', equals: 'other' } })];
    expect(assessDetails(description, { description: 'kept at 4 °C overnight' })).toMatchObject({ counted: 2, given: 1 });
    expect(assessDetails(description, { value: 'frozen', description: 'kept at 4 °C overnight' })).toMatchObject({ counted: 2, given: 2 });
  });
});
