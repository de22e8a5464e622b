/** The scoring engine's parts, one at a time: units, values, facts, the evaluation of one item. */
import { describe, expect, it } from 'vitest';
import { builtinChecklist } from '../../src/checklist/checklist.js';
import type { ChecklistItem } from '../../src/checklist/model.js';
import type { StructuralIssue } from '../../src/schema/validate-structure.js';
import { evaluateItem, issuesWithin } from '../../src/scoring/evaluate-item.js';
import { factLookup } from '../../src/scoring/facts.js';
import { pathPointers, resolveValue, vocabularyValue } from '../../src/scoring/resolve.js';
import { armsOf, describeUnit, preparationsOf, unitEntry, unitName, type Unit } from '../../src/scoring/units.js';
import { validate } from '../../src/validator.js';

type Json = Record<string, unknown>;
const item = (id: string): ChecklistItem => builtinChecklist('1.0').items.find((candidate) => candidate.id === id)!;

function context(document: Json, issues: StructuralIssue[] = []) {
  const preparations = preparationsOf(document);
  return { document, preparations, arms: armsOf(document, preparations), issues };
}

describe('units', () => {
  it('a document without lists has one implicit preparation and one implicit arm that received it', () => {
    expect(preparationsOf({})).toEqual([{ kind: 'preparation' }]);
    expect(preparationsOf({ production: { preparations: [] } })).toEqual([{ kind: 'preparation' }]);
    expect(preparationsOf({ production: { preparations: 'x' } })).toEqual([{ kind: 'preparation' }]);
    expect(armsOf({}, [{ kind: 'preparation' }])).toEqual([{ kind: 'arm', preparation: { kind: 'preparation' } }]);
    expect(armsOf({ doseAdministration: { arms: [] } }, [{ kind: 'preparation' }])).toEqual([{ kind: 'arm', preparation: { kind: 'preparation' } }]);
    const two: Unit[] = [{ kind: 'preparation', index: 0, id: 'a' }, { kind: 'preparation', index: 1, id: 'b' }];
    expect(armsOf({}, two)).toEqual([{ kind: 'arm' }]);
  });

  it('declared preparations and arms carry their position, id and label; entries that are not objects count, without names', () => {
    const document = { production: { preparations: [{ id: 'ev', label: 'EVs' }, 'junk', { id: 7 }] }, doseAdministration: { arms: [{ id: 'low', label: 'Low dose', preparationId: 'ev' }, { id: 'x', preparationId: 'missing' }, {}] } };
    const preparations = preparationsOf(document);
    expect(preparations).toEqual([
      { kind: 'preparation', index: 0, id: 'ev', label: 'EVs' },
      { kind: 'preparation', index: 1, id: undefined, label: undefined },
      { kind: 'preparation', index: 2, id: undefined, label: undefined },
    ]);
    expect(armsOf(document, preparations)).toEqual([
      { kind: 'arm', index: 0, id: 'low', label: 'Low dose', preparation: preparations[0] },
      { kind: 'arm', index: 1, id: 'x', label: undefined },
      { kind: 'arm', index: 2, id: undefined, label: undefined },
    ]);
    const single = preparationsOf({ production: { preparations: [{ id: 'only' }] } });
    expect(armsOf({ doseAdministration: { arms: [{ id: 'a' }, { id: 'b', preparationId: 'other' }] } }, single)).toEqual([
      { kind: 'arm', index: 0, id: 'a', label: undefined, preparation: single[0] },
      { kind: 'arm', index: 1, id: 'b', label: undefined },
    ]);
  });

  it('a unit finds its own entry: by position in the declaring list, by preparationId in override lists', () => {
    const document = {
      production: { preparations: [{ id: 'p' }, { id: 'q' }] },
      storage: { preparations: ['junk', { preparationId: 'q', form: 1 }, { preparationId: 'p' }] },
      doseAdministration: { arms: [{ id: 'a' }, 'junk'] },
    };
    const [p, q] = preparationsOf(document) as [Unit, Unit];
    expect(unitEntry(document, 'production', p)).toEqual({ entry: { id: 'p' }, pointer: '/production/preparations/0' });
    expect(unitEntry(document, 'storage', q)).toEqual({ entry: { preparationId: 'q', form: 1 }, pointer: '/storage/preparations/1' });
    expect(unitEntry(document, 'storage', p)).toEqual({ entry: { preparationId: 'p' }, pointer: '/storage/preparations/2' });
    expect(unitEntry(document, 'qualityControl', p)).toBeUndefined();
    expect(unitEntry(document, 'storage', { kind: 'preparation', index: 5 })).toBeUndefined();
    expect(unitEntry(document, 'storage', { kind: 'preparation' })).toBeUndefined();
    expect(unitEntry(document, 'study', p)).toBeUndefined();
    const arms = armsOf(document, [p, q]);
    expect(unitEntry(document, 'doseAdministration', arms[0]!)).toEqual({ entry: { id: 'a' }, pointer: '/doseAdministration/arms/0' });
    expect(unitEntry(document, 'doseAdministration', arms[1]!)).toBeUndefined();
    // A preparation is not looked up by position in the arms list, nor an arm in the preparations list.
    expect(unitEntry(document, 'doseAdministration', p)).toBeUndefined();
    expect(unitEntry(document, 'production', arms[0]!)).toBeUndefined();
    expect(unitEntry({ storage: { preparations: 'x' } }, 'storage', p)).toBeUndefined();
  });

  it('units are named for findings and ledgers', () => {
    expect(describeUnit({ kind: 'preparation' })).toBe('');
    expect(describeUnit({ kind: 'preparation', index: 0, id: 'ev', label: 'EVs' })).toBe(' for preparation 1 ("EVs")');
    expect(describeUnit({ kind: 'preparation', index: 1, id: 'ev' })).toBe(' for preparation 2 ("ev")');
    expect(describeUnit({ kind: 'preparation', index: 2 })).toBe(' for preparation 3');
    expect(describeUnit({ kind: 'arm', index: 2, label: 'High' })).toBe(' in arm 3 ("High")');
    expect(describeUnit({ kind: 'arm', index: 0 })).toBe(' in arm 1');
    expect(describeUnit({ kind: 'study', index: 0 })).toBe('');
    expect(unitName({ kind: 'study' })).toBe('study');
    expect(unitName({ kind: 'preparation' })).toBe('preparation (all)');
    expect(unitName({ kind: 'arm' })).toBe('arm (all)');
    expect(unitName({ kind: 'arm', index: 1, id: 'high' })).toBe('arm 2 (high)');
    expect(unitName({ kind: 'preparation', index: 0 })).toBe('preparation 1');
  });
});

describe('values', () => {
  const study: Unit = { kind: 'study' };
  it('a value, a declared state, or missing, with the pointer of where it is or belongs', () => {
    expect(resolveValue({ storage: { temperature: { value: -80, unit: '°C' } } }, 'storage', ['temperature'], study)).toEqual({ state: 'value', value: { value: -80, unit: '°C' }, pointer: '/storage/temperature' });
    expect(resolveValue({ storage: { temperature: { notApplicable: 'fresh' } } }, 'storage', ['temperature'], study)).toEqual({ state: 'not-applicable', reason: 'fresh', pointer: '/storage/temperature' });
    expect(resolveValue({ storage: { temperature: { notApplicable: 3 } } }, 'storage', ['temperature'], study)).toEqual({ state: 'not-applicable', reason: '3', pointer: '/storage/temperature' });
    expect(resolveValue({ storage: { temperature: { notReported: true } } }, 'storage', ['temperature'], study)).toEqual({ state: 'not-reported', pointer: '/storage/temperature' });
    expect(resolveValue({ storage: {} }, 'storage', ['temperature'], study)).toEqual({ state: 'missing', pointer: '/storage/temperature' });
    expect(resolveValue({}, 'storage', ['temperature'], study)).toEqual({ state: 'missing', pointer: '/storage/temperature' });
    expect(resolveValue({ storage: { temperature: null } }, 'storage', ['temperature'], study)).toEqual({ state: 'value', value: null, pointer: '/storage/temperature' });
    expect(resolveValue({ storage: { temperature: [{ notReported: true }] } }, 'storage', ['temperature'], study)).toEqual({ state: 'value', value: [{ notReported: true }], pointer: '/storage/temperature' });
  });

  it('a path below the item: the state sits on its first segment, the value at its end', () => {
    expect(resolveValue({ storage: { temperature: { value: -80 } } }, 'storage', ['temperature', 'value'], study)).toEqual({ state: 'value', value: -80, pointer: '/storage/temperature/value' });
    expect(resolveValue({ storage: { temperature: { unit: '°C' } } }, 'storage', ['temperature', 'value'], study)).toEqual({ state: 'missing', pointer: '/storage/temperature/value' });
    expect(resolveValue({ storage: { temperature: { notReported: true } } }, 'storage', ['temperature', 'value'], study)).toEqual({ state: 'not-reported', pointer: '/storage/temperature' });
    expect(pathPointers(['a/b', 'c~d'])).toEqual({ whole: '/a~1b/c~0d', first: '/a~1b' });
  });

  it("a unit's own entry comes first, then the section's shared value; missing points into the unit's entry", () => {
    const document = { production: { preparations: [{ id: 'p' }, { id: 'q' }] }, storage: { form: { value: 'frozen' }, preparations: [{ preparationId: 'q', form: { value: 'fresh' } }] } };
    const [p, q] = preparationsOf(document) as [Unit, Unit];
    expect(resolveValue(document, 'storage', ['form'], q)).toEqual({ state: 'value', value: { value: 'fresh' }, pointer: '/storage/preparations/0/form' });
    expect(resolveValue(document, 'storage', ['form'], p)).toEqual({ state: 'value', value: { value: 'frozen' }, pointer: '/storage/form' });
    expect(resolveValue(document, 'storage', ['temperature'], q)).toEqual({ state: 'missing', pointer: '/storage/preparations/0/temperature' });
    expect(resolveValue(document, 'storage', ['temperature'], p)).toEqual({ state: 'missing', pointer: '/storage/temperature' });
    expect(resolveValue(document, 'production', ['preparation'], p)).toEqual({ state: 'missing', pointer: '/production/preparations/0/preparation' });
  });

  it('the vocabulary value of an item', () => {
    expect(vocabularyValue({ state: 'value', value: { value: 'frozen' }, pointer: '' })).toBe('frozen');
    expect(vocabularyValue({ state: 'value', value: { value: 3 }, pointer: '' })).toBeUndefined();
    expect(vocabularyValue({ state: 'value', value: 'frozen', pointer: '' })).toBeUndefined();
    expect(vocabularyValue({ state: 'not-reported', pointer: '' })).toBeUndefined();
  });
});

describe('facts', () => {
  const facts = (document: Json, unit?: Unit) => {
    const preparations = preparationsOf(document);
    const arms = armsOf(document, preparations);
    return factLookup({ document, preparations, ...(unit?.kind === 'preparation' ? { preparation: unit } : {}), ...(unit?.kind === 'arm' ? { arm: unit ?? arms[0] } : {}) }).value;
  };

  it('design: a non-empty list of texts, or unknown', () => {
    expect(facts({ study: { design: ['in-vivo', 'clinical'] } })('design')).toEqual(['in-vivo', 'clinical']);
    expect(facts({ study: { design: [] } })('design')).toBeUndefined();
    expect(facts({ study: { design: ['in-vivo', 3] } })('design')).toBeUndefined();
    expect(facts({ study: { design: 'in-vivo' } })('design')).toBeUndefined();
    expect(facts({})('design')).toBeUndefined();
  });

  it('species and preparation type from their vocabulary values', () => {
    expect(facts({ cellSource: { species: { value: 'human' } } })('species')).toBe('human');
    expect(facts({ production: { preparation: { value: 'small-ev' } } })('preparation.type')).toBe('small-ev');
  });

  it('EV fraction and conditioned medium: by type, by declared fractions for products and "other", unknown without a type', () => {
    const of = (preparation: Json) => facts({ production: { preparation } });
    expect(of({ value: 'small-ev' })('preparation.isEvFraction')).toBe(true);
    expect(of({ value: 'large-ev' })('preparation.isEvFraction')).toBe(true);
    expect(of({ value: 'ev' })('preparation.isEvFraction')).toBe(true);
    expect(of({ value: 'conditioned-medium' })('preparation.isEvFraction')).toBe(false);
    expect(of({ value: 'conditioned-medium' })('preparation.isConditionedMedium')).toBe(true);
    expect(of({ value: 'concentrated-conditioned-medium' })('preparation.isConditionedMedium')).toBe(true);
    expect(of({ value: 'ev-depleted-conditioned-medium' })('preparation.isConditionedMedium')).toBe(true);
    expect(of({ value: 'lyophilised-secretome' })('preparation.isConditionedMedium')).toBe(true);
    expect(of({ value: 'small-ev' })('preparation.isConditionedMedium')).toBe(false);
    expect(of({ value: 'commercial-product', fractions: ['ev'] })('preparation.isEvFraction')).toBe(true);
    expect(of({ value: 'commercial-product', fractions: ['ev'] })('preparation.isConditionedMedium')).toBe(false);
    expect(of({ value: 'other', fractions: ['soluble'] })('preparation.isConditionedMedium')).toBe(true);
    expect(of({ value: 'other', fractions: ['soluble'] })('preparation.isEvFraction')).toBe(false);
    expect(of({ value: 'commercial-product' })('preparation.isEvFraction')).toBeUndefined();
    expect(of({ value: 'other', fractions: 'ev' })('preparation.isEvFraction')).toBeUndefined();
    expect(facts({})('preparation.isEvFraction')).toBeUndefined();
    expect(of({ notReported: true })('preparation.isEvFraction')).toBeUndefined();
  });

  it('priming, storage form and lyophilisation', () => {
    expect(facts({ production: { priming: { applied: true } } })('preparation.primed')).toBe(true);
    expect(facts({ production: { priming: { applied: false } } })('preparation.primed')).toBe(false);
    expect(facts({ production: { priming: { applied: 'yes' } } })('preparation.primed')).toBeUndefined();
    expect(facts({ production: { priming: { notReported: true } } })('preparation.primed')).toBeUndefined();
    expect(facts({ storage: { form: { value: 'frozen' } } })('preparation.storageForm')).toBe('frozen');
    expect(facts({ storage: { form: { value: 'lyophilised' } } })('preparation.lyophilised')).toBe(true);
    expect(facts({ production: { preparation: { value: 'lyophilised-secretome' } } })('preparation.lyophilised')).toBe(true);
    expect(facts({ storage: { form: { value: 'frozen' } }, production: { preparation: { value: 'small-ev' } } })('preparation.lyophilised')).toBe(false);
    expect(facts({ storage: { form: { value: 'frozen' } } })('preparation.lyophilised')).toBeUndefined();
    expect(facts({ production: { preparation: { value: 'small-ev' } } })('preparation.lyophilised')).toBeUndefined();
  });

  it('study-wide questions about preparations: Kleene OR over booleans, the common value otherwise', () => {
    const document = { production: { preparations: [{ id: 'a', preparation: { value: 'small-ev' } }, { id: 'b', preparation: { value: 'conditioned-medium' } }] } };
    expect(facts(document)('preparation.isEvFraction')).toBe(true);
    expect(facts(document)('preparation.type')).toBeUndefined();
    const same = { production: { preparations: [{ id: 'a', preparation: { value: 'small-ev' } }, { id: 'b', preparation: { value: 'small-ev' } }] } };
    expect(facts(same)('preparation.type')).toBe('small-ev');
    const none = { production: { preparations: [{ id: 'a', preparation: { value: 'conditioned-medium' } }, { id: 'b', preparation: { value: 'concentrated-conditioned-medium' } }] } };
    expect(facts(none)('preparation.isEvFraction')).toBe(false);
    const unknown = { production: { preparations: [{ id: 'a', preparation: { value: 'conditioned-medium' } }, { id: 'b' }] } };
    expect(facts(unknown)('preparation.isEvFraction')).toBeUndefined();
    // Asked for one preparation, the answer is that preparation's.
    const [first] = preparationsOf(document);
    expect(facts(document, first)('preparation.type')).toBe('small-ev');
  });

  it('an arm asks about the preparation it received', () => {
    const document = { production: { preparations: [{ id: 'a', preparation: { value: 'small-ev' } }, { id: 'b', preparation: { value: 'conditioned-medium' } }] }, doseAdministration: { arms: [{ id: 'x', preparationId: 'b' }] } };
    const preparations = preparationsOf(document);
    const [arm] = armsOf(document, preparations);
    expect(factLookup({ document, preparations, arm }).value('preparation.type')).toBe('conditioned-medium');
  });

  it('route and carrier, per arm', () => {
    const arm = (dose: Json) => {
      const document = { doseAdministration: dose };
      const preparations = preparationsOf(document);
      return factLookup({ document, preparations, arm: armsOf(document, preparations)[0]! }).value;
    };
    expect(arm({ route: { value: 'intrathecal' } })('arm.route')).toBe('intrathecal');
    expect(factLookup({ document: {}, preparations: [] }).value('arm.route')).toBeUndefined();
    expect(factLookup({ document: {}, preparations: [] }).value('arm.carrierUsed')).toBeUndefined();
    expect(arm({ carrier: { used: true } })('arm.carrierUsed')).toBe(true);
    expect(arm({ carrier: { used: false }, route: { value: 'implanted-biomaterial' } })('arm.carrierUsed')).toBe(true);
    expect(arm({ carrier: { used: false } })('arm.carrierUsed')).toBe(false);
    expect(arm({ route: { value: 'intrathecal' } })('arm.carrierUsed')).toBe(false);
    expect(arm({ route: { value: 'intrathecal' }, carrier: { notReported: true } })('arm.carrierUsed')).toBe(false);
    expect(arm({ route: { value: 'intrathecal' }, carrier: { notApplicable: 'none' } })('arm.carrierUsed')).toBeUndefined();
    expect(arm({})('arm.carrierUsed')).toBeUndefined();
    expect(arm({ carrier: { used: 'maybe' }, route: { value: 'intrathecal' } })('arm.carrierUsed')).toBeUndefined();
  });

  it('each fact is worked out once per lookup', () => {
    let reads = 0;
    const document = new Proxy({ study: { design: ['in-vivo'] } } as Json, {
      get(target, key, receiver) {
        if (key === 'study') reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const lookup = factLookup({ document, preparations: [] });
    lookup.value('design');
    lookup.value('design');
    expect(reads).toBe(1);
  });
});

describe('one item against one document', () => {
  it('the dose on two bases: only distinct bases count, and the shortfall says how many', () => {
    const doseBases = item('doseAdministration.doseBases');
    const outcome = (amounts: unknown) => evaluateItem(doseBases, context({ doseAdministration: { dose: { amounts } } })).units[0]!;
    expect(outcome([{ basis: 'particles' }, { basis: 'protein-mass' }])).toMatchObject({ state: 'value', satisfied: true });
    expect(outcome([{ basis: 'particles' }, { basis: 'particles' }])).toMatchObject({ state: 'missing', satisfied: false, shortfall: 'only 1 distinct basis given, at least 2 expected' });
    expect(outcome([{ basis: 'particles' }, {}])).toMatchObject({ shortfall: 'only 1 distinct basis given, at least 2 expected' });
    expect(outcome([{ basis: 1 }, { basis: '1' }])).toMatchObject({ state: 'value', satisfied: true });
    expect(outcome([{ basis: { a: 1 } }, { basis: { a: 1 } }, { basis: [1] }])).toMatchObject({ state: 'value' });
    expect(outcome('none')).toMatchObject({ shortfall: 'only 0 distinct basis given, at least 2 expected' });
    expect(outcome([])).not.toHaveProperty('reason');
  });

  it('a recommended item becomes essential where its condition holds for a unit that counts', () => {
    const escalating = builtinChecklist('1.0').items.find((candidate) => candidate.level === 'recommended' && candidate.levelWhen?.some((rule) => JSON.stringify(rule.when).includes('clinical')))!;
    const levelIn = (design: string[]) => evaluateItem(escalating, context({ study: { design } })).level;
    expect(levelIn(['clinical'])).toBe('essential');
    expect(levelIn(['in-vivo'])).toBe('recommended');
    const plain = builtinChecklist('1.0').items.find((candidate) => candidate.level === 'recommended' && !candidate.levelWhen)!;
    expect(evaluateItem(plain, context({ study: { design: ['clinical'] } })).level).toBe('recommended');
    const essential = builtinChecklist('1.0').items.find((candidate) => candidate.level === 'essential')!;
    expect(evaluateItem(essential, context({})).level).toBe('essential');
  });

  it('applicable, counted and satisfied, unit by unit', () => {
    const temperature = item('storage.temperature');
    const fresh = evaluateItem(temperature, context({ storage: { form: { value: 'fresh' } } }));
    expect(fresh).toMatchObject({ applicable: false, satisfied: false, units: [{ applies: false, counts: false, state: 'missing' }] });
    const freshButGiven = evaluateItem(temperature, context({ storage: { form: { value: 'fresh' }, temperature: { value: 4, unit: '°C' } } }));
    expect(freshButGiven).toMatchObject({ applicable: true, satisfied: true, units: [{ applies: false, counts: true, state: 'value', satisfied: true }] });
    const declared = evaluateItem(temperature, context({ storage: { temperature: { notApplicable: 'used at once' } } }));
    expect(declared).toMatchObject({ applicable: false, satisfied: false, units: [{ applies: true, counts: false, state: 'not-applicable', reason: 'used at once' }] });
    const missing = evaluateItem(temperature, context({}));
    expect(missing).toMatchObject({ applicable: true, satisfied: false, units: [{ applies: true, counts: true, state: 'missing', satisfied: false }] });
    const notReported = evaluateItem(temperature, context({ storage: { temperature: { notReported: true } } }));
    expect(notReported).toMatchObject({ applicable: true, satisfied: false, units: [{ state: 'not-reported', counts: true, satisfied: false }] });
    expect(missing.units[0]).not.toHaveProperty('reason');
    expect(missing.units[0]).not.toHaveProperty('shortfall');
  });

  it('an item is satisfied only when every unit that counts is', () => {
    const form = item('storage.form');
    const document = { production: { preparations: [{ id: 'p' }, { id: 'q' }] }, storage: { preparations: [{ preparationId: 'p', form: { value: 'frozen' } }] } };
    expect(evaluateItem(form, context(document))).toMatchObject({ applicable: true, satisfied: false });
    const both = { ...document, storage: { form: { value: 'fresh' }, preparations: document.storage.preparations } };
    expect(evaluateItem(form, context(both))).toMatchObject({ applicable: true, satisfied: true });
  });

  it("issues inside a unit's value make it invalid; issues elsewhere do not", () => {
    const temperature = item('storage.temperature');
    const issue = (pointer: string): StructuralIssue => ({ pointer, keyword: 'type', message: 'm' });
    const inside = evaluateItem(temperature, context({ storage: { temperature: { value: 'x', unit: '°C' } } }, [issue('/storage/temperature/value')]));
    expect(inside.units[0]).toMatchObject({ state: 'invalid', satisfied: false, counts: true });
    const beside = evaluateItem(temperature, context({ storage: { temperature: { value: 1, unit: '°C' } } }, [issue('/storage/temperatureUnit'), issue('/storage')]));
    expect(beside.units[0]).toMatchObject({ state: 'value', satisfied: true, issues: [] });
  });

  it('issuesWithin: at or below a pointer, in order, never a shared list', () => {
    const issues: StructuralIssue[] = [
      { pointer: '/storage/temperature/value', keyword: 'a', message: '1' },
      { pointer: '/storage/temperatures', keyword: 'b', message: '2' },
      { pointer: '/storage/temperature', keyword: 'c', message: '3' },
      { pointer: '', keyword: 'd', message: '4' },
    ];
    expect(issuesWithin(issues, '/storage/temperature').map((issue) => issue.message)).toEqual(['1', '3']);
    expect(issuesWithin(issues, '/storage').map((issue) => issue.message)).toEqual(['1', '2', '3']);
    expect(issuesWithin(issues, '').map((issue) => issue.message)).toEqual(['1', '2', '3', '4']);
    expect(issuesWithin(issues, '/cellSource')).toEqual([]);
    const first = issuesWithin(issues, '/storage');
    first.pop();
    expect(issuesWithin(issues, '/storage')).toHaveLength(3);
  });

  it('a study-scope item is evaluated once; preparation and arm items once per unit', () => {
    const document = { production: { preparations: [{ id: 'p' }, { id: 'q' }] }, doseAdministration: { arms: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] } };
    expect(evaluateItem(item('study.design'), context(document)).units.map((unit) => unit.unit.kind)).toEqual(['study']);
    expect(evaluateItem(item('storage.form'), context(document)).units).toHaveLength(2);
    expect(evaluateItem(item('doseAdministration.route'), context(document)).units).toHaveLength(3);
  });

  it('the ledger reports per-unit states and reasons as evaluated', () => {
    const report = validate({ checklistVersion: '1.0', study: { design: ['in-vivo'] }, storage: { form: { value: 'fresh' }, temperature: { value: 4, unit: '°C' } } }, { ledger: true });
    expect(report.ledger!.find((entry) => entry.itemId === 'storage.temperature')).toMatchObject({ applicable: true, satisfied: true, state: 'value', reason: 'counted because it is reported, although the preparation was used fresh, without storage' });
    expect(report.ledger!.find((entry) => entry.itemId === 'storage.duration')).toMatchObject({ applicable: false, reason: 'not applicable: the preparation was used fresh, without storage' });
  });
});
