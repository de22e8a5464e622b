/**
 * What the form does to a study report's text: every edit reads back as written, keeps the comments and
 * the layout of everything it does not touch, and leaves a document the checker scores as expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinChecklist } from '../../src/checklist/checklist.js';
import { formModel, openDocument, type EditableDocument, type EditResult, type FieldAddress, type FormEdit } from '../../src/form/index.js';
import { validate } from '../../src/validator.js';
import { ROOT } from '../helpers.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.yaml'));
const REVIEW = readdirSync(join(ROOT, 'examples', 'review-2025')).filter((name) => name.endsWith('.yaml')).map((name) => `review-2025/${name}`);
const text = (name: string): string => readFileSync(join(ROOT, 'examples', name), 'utf8');

function open(source: string, filename = 'study.yaml'): EditableDocument {
  const opened = openDocument(source, { filename });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.doc;
}

function applied(doc: EditableDocument, edit: FormEdit): Extract<EditResult, { ok: true }> {
  const result = doc.apply(edit);
  if (!result.ok) throw new Error(`${edit.op}: ${result.error.message}`);
  return result;
}

/** The lines of `before` that `after` no longer has, and the lines `after` adds (as a multiset difference). */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const count = (lines: string[]): Map<string, number> => lines.reduce((map, line) => map.set(line, (map.get(line) ?? 0) + 1), new Map<string, number>());
  const a = count(before.split('\n'));
  const b = count(after.split('\n'));
  const diff = (x: Map<string, number>, y: Map<string, number>): string[] => [...x].flatMap(([line, n]) => Array<string>(Math.max(0, n - (y.get(line) ?? 0))).fill(line));
  return { removed: diff(a, b), added: diff(b, a) };
}

function comments(source: string): string[] {
  return source.split('\n').filter((line) => line.includes('#')).map((line) => line.slice(line.indexOf('#')));
}

const model = formModel('1.1', builtinChecklist('1.1'));
/** The items with a field of their own and a state (section-level values; units have their own tests). */
const items = [...model.items.values()].filter((item) => item.sharedWith === undefined && item.stateCapable);

function raw(data: unknown, address: FieldAddress): unknown {
  let node = data;
  for (const segment of [address.section, ...address.path]) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  return node;
}

describe('edits on the YAML text', () => {
  // Three examples between them hold every kind of value (flow, block, lists, states with notes); each edit parses twice.
  it.each(['complete-in-vivo-ev.yaml', 'clinical-knee-oa.yaml', 'under-reported-concentrated-cm.yaml'])('%s: removing and restoring every item value gives the same data, by splicing the text', (name) => {
    const doc = open(text(name));
    const original = structuredClone(doc.data);
    for (const item of items) {
      const address: FieldAddress = { section: item.section, path: item.path };
      const value = raw(doc.data, address);
      if (value === undefined) continue;
      const removed = applied(doc, { op: 'clear', address });
      expect(doc.read(address), item.id).toEqual({ state: 'missing' });
      const restored = applied(doc, { op: 'set', address, value });
      expect(removed.reprinted || restored.reprinted, `${item.id} needed a reprint`).toBe(false);
    }
    expect(doc.data).toEqual(original);
  });

  it.each([...EXAMPLES, ...REVIEW])('%s: giving every item a new "where" changes those lines only, and every comment survives', (name) => {
    const source = text(name);
    const doc = open(source);
    let edited = 0;
    for (const item of items) {
      if (!item.whereCapable) continue;
      const address: FieldAddress = { section: item.section, path: item.path };
      if (raw(doc.data, address) === undefined) continue;
      expect(applied(doc, { op: 'where', address, where: `Checked ${item.id}` }).reprinted, item.id).toBe(false);
      expect(doc.read({ ...address, path: [...address.path, 'where'] })).toEqual({ state: 'value', value: `Checked ${item.id}` });
      edited++;
    }
    expect(edited).toBeGreaterThanOrEqual(5);
    const { removed, added } = changedLines(source, doc.text);
    // Each changed line names the item it belongs to (a where of its own, or a where inside a one-line value).
    expect(added.every((line) => line.includes('Checked '))).toBe(true);
    expect(removed.length).toBeLessThanOrEqual(edited);
    expect(comments(doc.text)).toEqual(comments(source));
  });

  it('changes only the line of the value it sets', () => {
    const source = text('complete-in-vivo-ev.yaml');
    const doc = open(source);
    applied(doc, { op: 'set', address: { section: 'storage', path: ['temperature', 'value'] }, value: -20 });
    expect(changedLines(source, doc.text)).toEqual({
      removed: ['  temperature: { value: -80, unit: °C, where: Methods 2.6 }'],
      added: ['  temperature: { value: -20, unit: °C, where: Methods 2.6 }'],
    });
    expect(doc.read({ section: 'storage', path: ['temperature'] })).toEqual({ state: 'value', value: { value: -20, unit: '°C', where: 'Methods 2.6' } });
  });

  it('adds a new item as a new line in its section, and a new field of a block value under it', () => {
    const source = text('complete-in-vivo-ev.yaml');
    const doc = open(source);
    applied(doc, { op: 'set', address: { section: 'storage', path: ['reconstitution'] }, value: { notApplicable: 'Frozen, not lyophilised' } });
    applied(doc, { op: 'set', address: { section: 'cellSource', path: ['donors', 'note'] }, value: 'Pooled per batch' });
    const { removed, added } = changedLines(source, doc.text);
    expect(removed).toEqual([]);
    expect(added.sort()).toEqual(['    note: Pooled per batch', '  reconstitution: { notApplicable: "Frozen, not lyophilised" }']);
    expect(validate(doc.data).valid).toBe(true);
  });

  it('says "not reported" or "not applicable: reason" of an item or of any detail inside it, and keeps its where', () => {
    const doc = open(text('complete-in-vivo-ev.yaml'));
    const sex: FieldAddress = { section: 'cellSource', path: ['donors', 'sex'] };
    applied(doc, { op: 'state', address: sex, state: 'not-reported' });
    expect(doc.read(sex)).toEqual({ state: 'not-reported' });
    const donors = validate(doc.data).findings.find((finding) => finding.itemId === 'cellSource.donors');
    expect(donors).toMatchObject({ status: 'incomplete', pointer: '/cellSource/donors' });
    expect(donors?.message).toContain('sex');

    const temperature: FieldAddress = { section: 'storage', path: ['temperature'] };
    applied(doc, { op: 'state', address: temperature, state: { notApplicable: 'Kept at room temperature in the syringe' } });
    expect(doc.read(temperature)).toEqual({ state: 'not-applicable', reason: 'Kept at room temperature in the syringe', where: 'Methods 2.6' });
    expect(doc.data.storage).toMatchObject({ temperature: { notApplicable: 'Kept at room temperature in the syringe', where: 'Methods 2.6' } });
    const report = validate(doc.data, { ledger: true });
    expect(report.ledger?.find((entry) => entry.itemId === 'storage.temperature')).toMatchObject({ state: 'not-applicable', applicable: false });

    expect(doc.apply({ op: 'state', address: temperature, state: { notApplicable: ' ' } })).toMatchObject({ ok: false, error: { code: 'empty-reason' } });
  });

  it('sets and removes where in the manuscript', () => {
    const doc = open(text('complete-in-vivo-ev.yaml'));
    const address: FieldAddress = { section: 'storage', path: ['freezeThaw'] };
    applied(doc, { op: 'where', address, where: 'Methods 2.6, p. 5' });
    expect(doc.read(address)).toEqual({ state: 'value', value: { cycles: 1, where: 'Methods 2.6, p. 5' } });
    applied(doc, { op: 'where', address, where: '' });
    expect(doc.read(address)).toEqual({ state: 'value', value: { cycles: 1 } });
  });

  it('writes a value of one preparation into its own entry, opening that entry by preparationId', () => {
    const source = text('multi-arm-three-doses.yaml');
    const doc = open(source);
    const own: FieldAddress = { section: 'storage', unit: { kind: 'preparation', id: 'ev-depleted' }, path: ['temperature'] };
    expect(doc.read(own)).toEqual({ state: 'missing' });
    expect(doc.pointer(own)).toBeUndefined();
    applied(doc, { op: 'set', address: own, value: { value: -20, unit: '°C' } });
    expect(doc.read(own)).toEqual({ state: 'value', value: { value: -20, unit: '°C' } });
    expect(doc.pointer(own)).toBe('/storage/preparations/0/temperature');
    expect(doc.data.storage).toMatchObject({ preparations: [{ preparationId: 'ev-depleted', temperature: { value: -20, unit: '°C' } }] });
    expect(validate(doc.data).valid).toBe(true);
    // The per-preparation characterization entries are found by id, whatever their position.
    expect(doc.read({ section: 'characterization', unit: { kind: 'preparation', id: 'ev' }, path: ['totalProtein', 'assay'] })).toEqual({ state: 'value', value: 'bca' });
    expect(changedLines(source, doc.text).removed).toEqual([]);
  });

  it('refuses addresses of units that do not exist, or of lists the schema version lacks', () => {
    const doc = open(text('multi-arm-three-doses.yaml'));
    expect(doc.apply({ op: 'set', address: { section: 'storage', unit: { kind: 'preparation', id: 'nope' }, path: ['temperature'] }, value: 1 })).toMatchObject({ ok: false, error: { code: 'unknown-unit' } });
    expect(doc.apply({ op: 'set', address: { section: 'cellSource', unit: { kind: 'arm', id: 'ev-low' }, path: ['species'] }, value: 1 })).toMatchObject({ ok: false, error: { code: 'no-unit-list' } });
    const old = open(readFileSync(join(ROOT, 'test', 'fixtures', 'documents-1.0', 'multi-arm-three-doses.yaml'), 'utf8'));
    expect(old.apply({ op: 'set', address: { section: 'outcomes', unit: { kind: 'arm', id: 'ev-low' }, path: ['model'] }, value: { value: 'sni' } })).toMatchObject({ ok: false, error: { code: 'no-unit-list' } });
  });

  it('a value set where the schema does not allow it is reported invalid at that place, not lost', () => {
    const doc = open(text('complete-in-vivo-ev.yaml'));
    applied(doc, { op: 'set', address: { section: 'storage', path: ['temperature', 'unit'] }, value: 'kg' });
    const report = validate(doc.data);
    expect(report.valid).toBe(false);
    expect(report.findings.find((finding) => finding.status === 'invalid')).toMatchObject({ itemId: 'storage.temperature', pointer: '/storage/temperature/unit' });
  });

  it('creates missing maps and list entries on the way, and removes maps and lists left empty', () => {
    const doc = open(text('complete-in-vivo-ev.yaml'));
    const unit: FieldAddress = { section: 'doseAdministration', path: ['dose', 'amounts', 3, 'unit'] };
    applied(doc, { op: 'set', address: unit, value: 'mL' });
    expect(doc.read({ section: 'doseAdministration', path: ['dose', 'amounts', 3] })).toEqual({ state: 'value', value: { unit: 'mL' } });
    applied(doc, { op: 'clear', address: { section: 'doseAdministration', path: ['dose', 'amounts', 3] } });
    expect((doc.data.doseAdministration as { dose: { amounts: unknown[] } }).dose.amounts).toHaveLength(3);
    applied(doc, { op: 'set', address: { section: 'qualityControl', path: ['batches', 'identifiers'] }, value: ['B1'] });
    applied(doc, { op: 'clear', address: { section: 'qualityControl', path: ['batches', 'identifiers', 0] } });
    expect(doc.data.qualityControl).not.toHaveProperty('batches.identifiers');
  });
});

describe('preparations and arms', () => {
  function arms(doc: EditableDocument): string[] {
    return doc.units('arm').map((arm) => arm.id);
  }

  it('adds an arm at a position, naming its preparation, and refuses a duplicate or malformed id', () => {
    const doc = open(text('multi-arm-three-doses.yaml'));
    applied(doc, { op: 'add-unit', kind: 'arm', id: 'vehicle', label: 'SNI + PBS', preparationId: 'ev', index: 0 });
    expect(doc.units('arm')[0]).toEqual({ id: 'vehicle', label: 'SNI + PBS', preparationId: 'ev' });
    expect(doc.apply({ op: 'add-unit', kind: 'arm', id: 'vehicle' })).toMatchObject({ ok: false, error: { code: 'duplicate-id' } });
    expect(doc.apply({ op: 'add-unit', kind: 'arm', id: 'two words' })).toMatchObject({ ok: false, error: { code: 'bad-id' } });
    expect(doc.apply({ op: 'add-unit', kind: 'arm', id: 'x', preparationId: 'nope' })).toMatchObject({ ok: false, error: { code: 'unknown-unit' } });
    expect(validate(doc.data).valid).toBe(true);
  });

  it('duplicates an arm with its per-arm outcomes, right after the original', () => {
    const doc = open(text('multi-arm-three-doses.yaml'));
    applied(doc, { op: 'duplicate-unit', kind: 'arm', id: 'ev-mid', newId: 'ev-mid-copy' });
    expect(arms(doc)).toEqual(['ev-low', 'ev-mid', 'ev-mid-copy', 'ev-high', 'evd']);
    const outcomes = (doc.data.outcomes as { arms: Array<{ armId: string; results?: unknown }> }).arms;
    const original = outcomes.find((entry) => entry.armId === 'ev-mid');
    expect(outcomes.find((entry) => entry.armId === 'ev-mid-copy')).toEqual({ ...original, armId: 'ev-mid-copy' });
    expect(doc.read({ section: 'doseAdministration', unit: { kind: 'arm', id: 'ev-mid-copy' }, path: ['dose'] })).toEqual(doc.read({ section: 'doseAdministration', unit: { kind: 'arm', id: 'ev-mid' }, path: ['dose'] }));
    expect(validate(doc.data).valid).toBe(true);
  });

  it('reorders arms, each keeping its comments', () => {
    const source = text('multi-arm-three-doses.yaml');
    const doc = open(source);
    const result = applied(doc, { op: 'move-unit', kind: 'arm', id: 'ev-high', to: 0 });
    expect(result.reprinted).toBe(false);
    expect(arms(doc)).toEqual(['ev-high', 'ev-low', 'ev-mid', 'evd']);
    expect(changedLines(source, doc.text)).toEqual({ removed: [], added: [] });
    const moved = doc.text.indexOf('# index 2: the paper gives the dose');
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(doc.text.indexOf('- id: ev-low'));
  });

  it('renames an arm or a preparation everywhere it is named', () => {
    const doc = open(text('multi-arm-three-doses.yaml'));
    applied(doc, { op: 'rename-unit', kind: 'preparation', id: 'ev', newId: 'sev' });
    applied(doc, { op: 'rename-unit', kind: 'arm', id: 'ev-low', newId: 'low' });
    expect(doc.units('preparation').map((unit) => unit.id)).toEqual(['sev', 'ev-depleted']);
    expect(doc.units('arm').filter((arm) => arm.preparationId === 'sev').map((arm) => arm.id)).toEqual(['low', 'ev-mid', 'ev-high']);
    expect(JSON.stringify(doc.data.characterization)).toContain('"preparationId":"sev"');
    expect((doc.data.outcomes as { arms: Array<{ armId: string }> }).arms.map((entry) => entry.armId)).toContain('low');
    expect(validate(doc.data).valid).toBe(true);
  });

  it('removes an arm with its outcomes, and a preparation with its per-preparation values and the arms\' references to it', () => {
    const doc = open(text('multi-arm-three-doses.yaml'));
    applied(doc, { op: 'remove-unit', kind: 'arm', id: 'evd' });
    expect(arms(doc)).toEqual(['ev-low', 'ev-mid', 'ev-high']);
    expect(JSON.stringify(doc.data.outcomes)).not.toContain('"evd"');
    applied(doc, { op: 'remove-unit', kind: 'preparation', id: 'ev' });
    expect(doc.units('preparation').map((unit) => unit.id)).toEqual(['ev-depleted']);
    expect(JSON.stringify(doc.data.characterization)).not.toContain('"preparationId":"ev"');
    expect(doc.units('arm').every((arm) => arm.preparationId === undefined)).toBe(true);
    expect(validate(doc.data).valid).toBe(true);
  });
});

describe('JSON and new documents', () => {
  it('JSON text stays JSON, with its indentation', () => {
    const source = `${JSON.stringify({ checklistVersion: '1.1', storage: { form: { value: 'frozen' } } }, null, 4)}\n`;
    const doc = open(source, 'study.json');
    applied(doc, { op: 'set', address: { section: 'storage', path: ['temperature'] }, value: { value: -80, unit: '°C' } });
    expect(doc.format).toBe('json');
    expect(JSON.parse(doc.text)).toEqual({ checklistVersion: '1.1', storage: { form: { value: 'frozen' }, temperature: { value: -80, unit: '°C' } } });
    expect(doc.text).toContain('\n    "storage": {');
    applied(doc, { op: 'clear', address: { section: 'storage', path: ['form', 'value'] } });
    expect(JSON.parse(doc.text)).toEqual({ checklistVersion: '1.1', storage: { temperature: { value: -80, unit: '°C' } } });
  });

  it('a blank document (or one with only comments) gets checklistVersion with its first value, comments kept', () => {
    const doc = open('# Draft for Journal X\n');
    expect(doc.data).toEqual({});
    applied(doc, { op: 'set', address: { section: 'study', path: ['design'] }, value: ['clinical'] });
    expect(doc.text.startsWith('# Draft for Journal X\n')).toBe(true);
    expect(doc.data).toEqual({ checklistVersion: '1.1', study: { design: ['clinical'] } });
    expect(validate(doc.data).valid).toBe(true);
  });

  it('text that is not a study report is refused with the checker\'s error, naming the place', () => {
    const opened = openDocument('study: [unclosed', { filename: 'draft.yaml' });
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toMatchObject({ file: 'draft.yaml', line: expect.any(Number) });
  });
});
