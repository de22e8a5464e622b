/** The checklist model, overlays (profiles and user checklists), conditions and their errors, case by case. */
import { describe, expect, it } from 'vitest';
import { applyOverlay, builtinChecklist, itemPath, resolveChecklist, type Checklist } from '../../src/checklist/checklist.js';
import { evaluate, type FactValue, type Truth } from '../../src/checklist/conditions.js';
import { ChecklistConfigError, formatChecklistError, fromZodError } from '../../src/checklist/errors.js';
import { checklistItemSchema, checklistOverlaySchema, conditionSchema, itemOverrideSchema, type ChecklistItem, type Condition } from '../../src/checklist/model.js';

/** Called inside each test: work done outside a test would make Stryker treat its mutants as static (a full rerun each). */
const base = (): Checklist => builtinChecklist();

function added(overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id: 'storage.labTemperature',
    section: 'storage',
    path: 'temperature',
    scope: 'preparation',
    level: 'recommended',
    weight: 1,
    title: 'Lab temperature',
    rationale: 'Because.',
    hint: 'State it.',
    sources: ['Lab SOP'],
    ...overrides,
  };
}

function overlay(input: unknown, origin: { file?: string; profile?: string } = {}): Checklist {
  const result = applyOverlay(base(), input, origin);
  if (!result.ok) throw new Error(result.errors.map(formatChecklistError).join('\n'));
  return result.value;
}

function errorsOf(input: unknown, origin: { file?: string } = {}) {
  const result = applyOverlay(base(), input, origin);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('conditions in three-valued logic', () => {
  const facts =
    (values: Partial<Record<string, FactValue>>) =>
    (name: string): FactValue =>
      values[name];
  const T: Condition = { fact: 'preparation.primed', equals: true };
  const F: Condition = { fact: 'preparation.primed', equals: false };
  const lookup = facts({ 'preparation.primed': true });
  const U: Condition = { fact: 'species', equals: 'human' };
  const cases: Array<[Condition, Truth]> = [
    [T, true],
    [F, false],
    [U, undefined],
    [{ not: T }, false],
    [{ not: F }, true],
    [{ not: U }, undefined],
    [{ all: [T, T] }, true],
    [{ all: [T, F] }, false],
    [{ all: [U, F] }, false],
    [{ all: [T, U] }, undefined],
    [{ all: [U, T] }, undefined],
    [{ any: [F, F] }, false],
    [{ any: [F, T] }, true],
    [{ any: [U, T] }, true],
    [{ any: [F, U] }, undefined],
    [{ any: [U, F] }, undefined],
  ];
  for (const [condition, expected] of cases) {
    it(`${JSON.stringify(condition)} is ${String(expected)}`, () => expect(evaluate(condition, lookup)).toBe(expected));
  }

  it('facts: equals, in, includes on lists and on single values, unknown facts', () => {
    const value = facts({ design: ['in-vivo', 'clinical'], species: 'human', 'arm.route': 'intravenous' });
    expect(evaluate({ fact: 'design', includes: 'clinical' }, value)).toBe(true);
    expect(evaluate({ fact: 'design', includes: 'in-vitro' }, value)).toBe(false);
    expect(evaluate({ fact: 'species', includes: 'human' }, value)).toBe(true);
    expect(evaluate({ fact: 'species', includes: 'rat' }, value)).toBe(false);
    expect(evaluate({ fact: 'design', equals: 'clinical' }, value)).toBeUndefined();
    expect(evaluate({ fact: 'design', in: ['clinical'] }, value)).toBeUndefined();
    expect(evaluate({ fact: 'species', in: ['rat', 'human'] }, value)).toBe(true);
    expect(evaluate({ fact: 'species', in: ['rat'] }, value)).toBe(false);
    expect(evaluate({ fact: 'arm.route', equals: 'intravenous' }, value)).toBe(true);
    expect(evaluate({ fact: 'arm.route', equals: 'oral' }, value)).toBe(false);
    expect(evaluate({ fact: 'preparation.type', equals: 'small-ev' }, value)).toBeUndefined();
    expect(evaluate({ fact: 'preparation.type', includes: 'x' }, value)).toBeUndefined();
    expect(evaluate({ fact: 'species' } as Condition, value)).toBeUndefined();
  });
});

describe('the condition and item model', () => {
  it('a fact condition needs exactly one operator', () => {
    expect(conditionSchema.safeParse({ fact: 'species', equals: 'human' }).success).toBe(true);
    const none = conditionSchema.safeParse({ fact: 'species' });
    expect(none.success).toBe(false);
    expect(JSON.stringify(none.error?.issues)).toContain('a fact condition needs exactly one of \\"equals\\", \\"in\\" or \\"includes\\"');
    expect(conditionSchema.safeParse({ fact: 'species', equals: 'human', in: ['rat'] }).success).toBe(false);
    expect(conditionSchema.safeParse({ fact: 'species', equals: 'human', extra: 1 }).success).toBe(false);
    expect(conditionSchema.safeParse({ fact: 'colour', equals: 'red' }).success).toBe(false);
  });

  it('lists of values and of conditions have bounds', () => {
    const fact = (n: number) => ({ fact: 'species', in: Array.from({ length: n }, (_, index) => `s${index}`) });
    expect(conditionSchema.safeParse(fact(1)).success).toBe(true);
    expect(conditionSchema.safeParse(fact(100)).success).toBe(true);
    expect(conditionSchema.safeParse(fact(101)).success).toBe(false);
    expect(conditionSchema.safeParse(fact(0)).success).toBe(false);
    const leaf = { fact: 'species', equals: 'human' };
    for (const operator of ['all', 'any']) {
      expect(conditionSchema.safeParse({ [operator]: [leaf] }).success, operator).toBe(true);
      expect(conditionSchema.safeParse({ [operator]: Array(50).fill(leaf) }).success, operator).toBe(true);
      expect(conditionSchema.safeParse({ [operator]: Array(51).fill(leaf) }).success, operator).toBe(false);
      expect(conditionSchema.safeParse({ [operator]: [] }).success, operator).toBe(false);
      expect(conditionSchema.safeParse({ [operator]: [leaf], extra: 1 }).success, operator).toBe(false);
    }
    expect(conditionSchema.safeParse({ not: leaf }).success).toBe(true);
    expect(conditionSchema.safeParse({ not: leaf, extra: 1 }).success).toBe(false);
    expect(conditionSchema.safeParse({ fact: 'species', includes: 'x'.repeat(200) }).success).toBe(true);
    expect(conditionSchema.safeParse({ fact: 'species', includes: 'x'.repeat(201) }).success).toBe(false);
  });

  it('a satisfaction rule is minDistinct with a field path of 1 to 200 characters and a whole minimum from 1 to 100', () => {
    const rule = (satisfiedWhen: unknown) => checklistItemSchema.safeParse(added({ satisfiedWhen } as Partial<ChecklistItem>)).success;
    expect(rule({ rule: 'minDistinct', field: 'amounts/*/value', min: 2 })).toBe(true);
    expect(rule({ rule: 'minDistinct', field: 'x', min: 1 })).toBe(true);
    expect(rule({ rule: 'minDistinct', field: 'x'.repeat(200), min: 100 })).toBe(true);
    expect(rule({ rule: 'minDistinct', field: '', min: 2 })).toBe(false);
    expect(rule({ rule: 'minDistinct', field: 'x'.repeat(201), min: 2 })).toBe(false);
    expect(rule({ rule: 'minDistinct', field: 'x', min: 0 })).toBe(false);
    expect(rule({ rule: 'minDistinct', field: 'x', min: 101 })).toBe(false);
    expect(rule({ rule: 'minDistinct', field: 'x', min: 1.5 })).toBe(false);
    expect(rule({ rule: 'minDistinct', field: 'x', min: 2, extra: true })).toBe(false);
    expect(rule({ rule: 'maxDistinct', field: 'x', min: 2 })).toBe(false);
  });

  it('item ids are "<section>.<key>", paths are slash-separated keys, overlay ids are lower-case words', () => {
    for (const id of ['storage.temperature', 'a.b', 'cellSource.x1']) expect(checklistItemSchema.safeParse(added({ id })).success, id).toBe(true);
    for (const id of ['storage', 'Storage.temperature', 'storage.temperature.extra', ' storage.temperature', 'storage.temperature ', 'x storage.t', 'storage.t x', '1.a']) {
      expect(checklistItemSchema.safeParse(added({ id })).success, id).toBe(false);
    }
    const idIssue = checklistItemSchema.safeParse(added({ id: 'nope' })).error?.issues[0];
    expect(idIssue?.message).toBe('an item id is "<section>.<key>", e.g. "storage.temperature"');
    for (const path of ['temperature', 'temperature/value', 'a/b/c/d/e/f']) expect(checklistItemSchema.safeParse(added({ path })).success, path).toBe(true);
    for (const path of ['/temperature', 'temperature/', 'a/b/c/d/e/f/g', 'tempe rature', ' x', 'x ']) expect(checklistItemSchema.safeParse(added({ path })).success, path).toBe(false);
    for (const id of ['lab-sop', 'a', '0x']) expect(checklistOverlaySchema.safeParse({ id }).success, id).toBe(true);
    for (const id of ['Lab', '-lab', 'lab sop', ' lab', 'lab ', 'a'.repeat(64)]) expect(checklistOverlaySchema.safeParse({ id }).success, id).toBe(false);
    expect(checklistOverlaySchema.safeParse({ id: 'Lab' }).error?.issues[0]?.message).toBe('an id is lower-case letters, digits and hyphens');
  });

  it('texts in overrides and overlays have bounds', () => {
    const accepts = (change: Record<string, unknown>) => itemOverrideSchema.safeParse(change).success;
    for (const [field, max] of [['notApplicableBecause', 300], ['title', 120], ['rationale', 2000], ['hint', 600]] as const) {
      expect(accepts({ [field]: 'x' }), field).toBe(true);
      expect(accepts({ [field]: 'x'.repeat(max) }), field).toBe(true);
      expect(accepts({ [field]: 'x'.repeat(max + 1) }), field).toBe(false);
      expect(accepts({ [field]: '' }), field).toBe(false);
    }
    expect(accepts({ sources: ['a'] })).toBe(true);
    expect(accepts({ sources: Array(20).fill('a') })).toBe(true);
    expect(accepts({ sources: Array(21).fill('a') })).toBe(false);
    expect(accepts({ sources: [] })).toBe(false);
    expect(accepts({ sources: ['x'.repeat(200)] })).toBe(true);
    expect(accepts({ sources: ['x'.repeat(201)] })).toBe(false);
    expect(accepts({ sources: [''] })).toBe(false);
    expect(accepts({ weight: 100 })).toBe(true);
    expect(accepts({ weight: 101 })).toBe(false);
    expect(accepts({ weight: 0 })).toBe(false);
    expect(checklistOverlaySchema.safeParse({ $schema: 'x' }).success).toBe(true);
    expect(checklistOverlaySchema.safeParse({ $schema: 'x'.repeat(500) }).success).toBe(true);
    expect(checklistOverlaySchema.safeParse({ $schema: 'x'.repeat(501) }).success).toBe(false);
    expect(checklistOverlaySchema.safeParse({ description: 'x'.repeat(2000) }).success).toBe(true);
    expect(checklistOverlaySchema.safeParse({ description: 'x'.repeat(2001) }).success).toBe(false);
  });
});

describe('overlays', () => {
  it('an unknown item is named, with a likely meant one when there is one', () => {
    expect(errorsOf({ items: { 'storage.temprature': { level: 'essential' } } }, { file: 'lab.yaml' })).toEqual([
      { code: 'unknown-item', file: 'lab.yaml', entry: 'items › storage.temprature', message: 'there is no item "storage.temprature". Did you mean "storage.temperature"?' },
    ]);
    expect(errorsOf({ items: { 'storage.colour': { level: 'essential' } } })).toEqual([{ code: 'unknown-item', entry: 'items › storage.colour', message: 'there is no item "storage.colour".' }]);
  });

  it('switching an item off removes it; enabled: true changes nothing', () => {
    const without = overlay({ items: { 'storage.container': { enabled: false } } });
    expect(without.items.map((item) => item.id)).not.toContain('storage.container');
    expect(without.items).toHaveLength(base().items.length - 1);
    expect(overlay({ items: { 'storage.container': { enabled: true } } }).items).toEqual(base().items);
  });

  it('a new level replaces the conditional levels; other changes keep them', () => {
    const escalating = base().items.find((item) => item.levelWhen);
    expect(escalating).toBeDefined();
    const leveled = overlay({ items: { [escalating!.id]: { level: 'essential' } } }).items.find((item) => item.id === escalating!.id)!;
    expect(leveled.level).toBe('essential');
    expect(leveled.levelWhen).toBeUndefined();
    const reweighted = overlay({ items: { [escalating!.id]: { weight: 5 } } }).items.find((item) => item.id === escalating!.id)!;
    expect(reweighted.weight).toBe(5);
    expect(reweighted.levelWhen).toEqual(escalating!.levelWhen);
    expect(base().items.find((item) => item.id === escalating!.id)!.weight).toBe(escalating!.weight);
  });

  it('level mappings apply to items and to their conditional levels', () => {
    const strict = overlay({ levels: { recommended: 'essential' } });
    expect(strict.items.every((item) => item.level === 'essential')).toBe(true);
    expect(strict.items.flatMap((item) => item.levelWhen ?? []).every((rule) => rule.level === 'essential')).toBe(true);
    const relaxed = overlay({ levels: { essential: 'recommended' } });
    expect(relaxed.items.every((item) => item.level === 'recommended')).toBe(true);
    expect(relaxed.items.filter((item) => item.levelWhen).every((item) => item.levelWhen!.every((rule) => rule.level === 'recommended'))).toBe(true);
    const unchanged = overlay({ levels: {} });
    expect(unchanged.items.map((item) => [item.id, item.level, item.levelWhen])).toEqual(base().items.map((item) => [item.id, item.level, item.levelWhen]));
  });

  it('an added item is checked: unique id, id within its section, a field the schema defines', () => {
    expect(errorsOf({ add: [added(), added()] }, { file: 'lab.yaml' })).toEqual([
      { code: 'duplicate-item', file: 'lab.yaml', entry: 'add › 1', message: 'an item "storage.labTemperature" exists already; change it under "items" instead.' },
    ]);
    expect(errorsOf({ add: [added({ id: 'storage.temperature' })] })).toEqual([
      { code: 'duplicate-item', entry: 'add › 0', message: 'an item "storage.temperature" exists already; change it under "items" instead.' },
    ]);
    expect(errorsOf({ add: [added({ id: 'study.labTemperature' })] })).toEqual([
      { code: 'checklist-invalid', entry: 'add › 0', message: 'the id "study.labTemperature" must start with its section "storage".' },
    ]);
    expect(errorsOf({ add: [added({ path: 'colour' })] })).toEqual([
      { code: 'unknown-field', entry: 'add › 0', message: 'the document has no field "colour" in storage; an added item must check a field the schema defines.' },
    ]);
    expect(errorsOf({ add: [added({ path: 'temperature/colour' })] })[0]!.code).toBe('unknown-field');
    expect(errorsOf({ add: [added({ id: 'study.extra', section: 'study', scope: 'study', path: 'title/x' })] })[0]!.code).toBe('unknown-field');
    expect(errorsOf({ add: [added({ id: 'study.extra', section: 'study', scope: 'study', path: 'colour' })] })[0]!.code).toBe('unknown-field');
    expect(overlay({ add: [added({ id: 'study.extra', section: 'study', scope: 'study', path: 'title' })] }).items.map((item) => item.id)).toContain('study.extra');
    expect(overlay({ add: [added({ path: 'temperature/value' })] }).items.map((item) => item.id)).toContain('storage.labTemperature');
  });

  it('an added item sits at the end of its own section, before the next section', () => {
    const ids = overlay({ add: [added()] }).items.map((item) => item.id);
    const storage = base().items.filter((item) => item.section === 'storage').map((item) => item.id);
    const position = ids.indexOf('storage.labTemperature');
    expect(ids.slice(position - storage.length, position)).toEqual(storage);
    expect(ids[position + 1]).toBe(base().items.find((item) => item.section === 'qualityControl')!.id);
    expect(base().items.map((item) => item.section)).toEqual([...base().items.map((item) => item.section)].sort((a, b) => sectionOrder(a) - sectionOrder(b)));
  });

  it('the checklist id names a user checklist; a profile keeps the id and names the profile', () => {
    expect(overlay({ id: 'lab-sop' }).id).toBe('secretome-minimal+lab-sop');
    expect(overlay({}).id).toBe('secretome-minimal');
    expect(overlay({ id: 'lab-sop' }, { profile: 'strict' })).toMatchObject({ id: 'secretome-minimal', profile: 'strict' });
    expect(overlay({}).profile).toBe('default');
  });

  it('an invalid overlay gives one error per problem, with the path spelt out', () => {
    expect(errorsOf({ items: { 'storage.temperature': { level: 'urgent' } } }, { file: 'lab.json' })).toEqual([
      expect.objectContaining({ code: 'checklist-invalid', file: 'lab.json', entry: 'items › storage.temperature › level' }),
    ]);
    expect(errorsOf('not an overlay')).toEqual([expect.objectContaining({ code: 'checklist-invalid', entry: '(top level)' })]);
    expect(Object.keys(errorsOf('not an overlay')[0]!)).not.toContain('file');
  });
});

describe('profiles', () => {
  it('an unknown profile is named, with the ones there are', () => {
    expect(resolveChecklist('lenient')).toEqual({ ok: false, errors: [{ code: 'unknown-profile', message: 'there is no profile "lenient". Profiles: default, journal-strict.' }] });
    expect(resolveChecklist('toString').ok).toBe(false);
  });

  it('a user checklist applies over the profile, and its errors name its file when there is one', () => {
    const result = resolveChecklist('journal-strict', { data: { id: 'lab' } });
    expect(result.ok && result.value).toMatchObject({ id: 'secretome-minimal+lab', profile: 'journal-strict' });
    const named = resolveChecklist('default', { data: { items: { nope: {} } }, file: 'lab.yaml' });
    expect(!named.ok && named.errors[0]!.file).toBe('lab.yaml');
    const unnamed = resolveChecklist('default', { data: { items: { 'storage.nope': {} } } });
    expect(!unnamed.ok && Object.keys(unnamed.errors[0]!)).not.toContain('file');
  });
});

describe('checklist errors', () => {
  it('one line each, naming the file and the entry when known', () => {
    expect(formatChecklistError({ code: 'unknown-item', file: 'lab.yaml', entry: 'items › x', message: 'there is no item "x".' })).toBe('lab.yaml (items › x): there is no item "x".');
    expect(formatChecklistError({ code: 'unknown-profile', message: 'there is no profile "x".' })).toBe('checklist: there is no profile "x".');
    const error = new ChecklistConfigError([
      { code: 'unknown-item', message: 'a.' },
      { code: 'unknown-item', file: 'f', message: 'b.' },
    ]);
    expect(error.message).toBe('checklist: a.\nf: b.');
    expect(error.name).toBe('ChecklistConfigError');
    expect(error.errors).toHaveLength(2);
    expect(error).toBeInstanceOf(Error);
  });

  it('zod issues become errors with their path', () => {
    const issues = checklistOverlaySchema.safeParse({ levels: { recommended: 'urgent' }, extra: 1 }).error!;
    const errors = fromZodError(issues, 'lab.yaml');
    expect(errors.map((error) => error.entry).sort()).toEqual(['(top level)', 'levels › recommended']);
    expect(errors.every((error) => error.file === 'lab.yaml' && error.code === 'checklist-invalid' && error.message.length > 0)).toBe(true);
    expect(Object.keys(fromZodError(issues)[0]!)).not.toContain('file');
  });
});

describe('item paths', () => {
  it('the key after the section, or the explicit path split at slashes', () => {
    expect(itemPath(added({ id: 'storage.form', path: undefined }))).toEqual(['form']);
    expect(itemPath(added({ path: 'temperature/value' }))).toEqual(['temperature', 'value']);
  });
});

function sectionOrder(section: string): number {
  return ['study', 'cellSource', 'isolationExpansion', 'production', 'storage', 'qualityControl', 'characterization', 'doseAdministration', 'outcomes'].indexOf(section);
}
