/**
 * What the form shows beside each item: whether it applies (and why not), what it waits for, and for each
 * preparation or arm whether the value is its own or the shared one it inherits. And where a finding's
 * field is. All of it agrees with the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinChecklist } from '../../src/checklist/checklist.js';
import { fieldForPointer, formModel, formStatus, openDocument, type ItemStatus } from '../../src/form/index.js';
import { parseReportText } from '../../src/io/parse.js';
import { validate } from '../../src/validator.js';
import { ROOT } from '../helpers.js';

const checklist = builtinChecklist('1.1');
const model = formModel('1.1', checklist);

function exampleData(name: string): Record<string, unknown> {
  const parsed = parseReportText(readFileSync(join(ROOT, 'examples', name), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.document;
}

function statusOf(document: unknown, itemId: string): ItemStatus {
  const found = formStatus(document, checklist).find((status) => status.itemId === itemId);
  if (!found) throw new Error(`no status for ${itemId}`);
  return found;
}

const frozenLater = (form: string): Record<string, unknown> => ({
  checklistVersion: '1.1',
  study: { design: ['in-vivo'] },
  storage: { form: { value: form } },
});

describe('applicability as the author answers', () => {
  it('storage.freezeThaw does not apply to a preparation used fresh, and says why', () => {
    expect(statusOf(frozenLater('fresh'), 'storage.freezeThaw')).toMatchObject({ applicability: 'not-applicable', reason: 'the preparation was not stored frozen' });
    expect(statusOf(frozenLater('fresh'), 'storage.temperature')).toMatchObject({ applicability: 'not-applicable', reason: 'the preparation was used fresh, without storage' });
  });

  it('storage.freezeThaw applies once the author answers "frozen"', () => {
    const doc = openDocument('');
    if (!doc.ok) throw new Error('blank document');
    doc.doc.apply({ op: 'set', address: { section: 'storage', path: ['form', 'value'] }, value: 'fresh' });
    expect(statusOf(doc.doc.data, 'storage.freezeThaw').applicability).toBe('not-applicable');
    doc.doc.apply({ op: 'set', address: { section: 'storage', path: ['form', 'value'] }, value: 'frozen' });
    expect(statusOf(doc.doc.data, 'storage.freezeThaw')).toMatchObject({ applicability: 'applies' });
    expect(statusOf(doc.doc.data, 'storage.freezeThaw').reason).toBeUndefined();
  });

  it('an item gated on a fact not stated yet waits, naming the item that states it', () => {
    const status = statusOf({ checklistVersion: '1.1', study: { design: ['in-vivo'] } }, 'storage.freezeThaw');
    expect(status).toMatchObject({ applicability: 'waits', waitsFor: ['storage.form'], reason: 'waits until the document states the storage form' });
    // The report agrees: the unit is deferred, and the gate's finding lists the item it unlocks.
    const report = validate({ checklistVersion: '1.1', study: { design: ['in-vivo'] } }, { ledger: true });
    expect(report.ledger?.find((entry) => entry.itemId === 'storage.freezeThaw')?.deferred).toBe(true);
    expect(report.findings.find((finding) => finding.itemId === 'storage.form')?.unlocks).toContain('storage.freezeThaw');
  });

  it('clinical-only items do not apply to an in-vitro study; the in-vitro exposure does', () => {
    const data = exampleData('in-vitro-microglia.yaml');
    expect(statusOf(data, 'production.gmp')).toMatchObject({ applicability: 'not-applicable', reason: 'the study is not clinical' });
    expect(statusOf(data, 'doseAdministration.inVitroExposure').applicability).toBe('applies');
    expect(statusOf(data, 'doseAdministration.route')).toMatchObject({ applicability: 'not-applicable' });
  });

  it('applicability is judged per preparation: EV items apply to the EV fraction only', () => {
    const purity = statusOf(exampleData('multi-arm-three-doses.yaml'), 'characterization.purity');
    expect(purity.applicability).toBe('applies');
    expect(purity.units.map((unit) => [unit.unit?.id, unit.applicability])).toEqual([
      ['ev', 'applies'],
      ['ev-depleted', 'not-applicable'],
    ]);
    expect(purity.units[1]!.reason).toBe('the preparation is not an isolated EV fraction');
  });

  it('every item\'s applicability is the report\'s: not applicable and waiting items are exactly those left out of the score', () => {
    for (const name of ['complete-in-vivo-ev.yaml', 'multi-arm-three-doses.yaml', 'clinical-knee-oa.yaml', 'under-reported-concentrated-cm.yaml']) {
      const data = exampleData(name);
      const ledger = validate(data, { ledger: true }).ledger!;
      for (const status of formStatus(data, checklist)) {
        const entry = ledger.find((candidate) => candidate.itemId === status.itemId)!;
        if (status.applicability === 'waits') expect(entry.deferred, `${name} ${status.itemId}`).toBe(true);
        // An item that does not apply but holds a value still counts in the report: extra information never costs.
        if (status.applicability === 'not-applicable' && entry.applicable) expect(entry.state, `${name} ${status.itemId}`).toBe('value');
        if (status.applicability === 'applies' && entry.state !== 'not-applicable') expect(entry.applicable, `${name} ${status.itemId}`).toBe(true);
      }
    }
  });
});

describe('inheritance per preparation and arm', () => {
  it('an arm without its own regimen inherits the section-level one; the arm with its own shows it', () => {
    const regimen = statusOf(exampleData('multi-arm-three-doses.yaml'), 'doseAdministration.regimen');
    expect(regimen.units.map((unit) => [unit.unit?.id, unit.source])).toEqual([
      ['ev-low', 'section'],
      ['ev-mid', 'section'],
      ['ev-high', 'unit'],
      ['evd', 'section'],
    ]);
    const low = regimen.units[0]!;
    expect(low.address).toEqual({ section: 'doseAdministration', unit: { kind: 'arm', id: 'ev-low' }, path: ['regimen'] });
    expect(low.sourceAddress).toEqual({ section: 'doseAdministration', path: ['regimen'] });
    expect(regimen.units[2]!.sourceAddress).toEqual(regimen.units[2]!.address);
  });

  it('an arm with no value of its own and none to inherit has none, and is the one the report flags', () => {
    const data = exampleData('multi-arm-three-doses.yaml');
    const volume = statusOf(data, 'doseAdministration.volume');
    expect(volume.units.filter((unit) => unit.source === 'none').map((unit) => unit.unit?.id)).toEqual(['ev-high']);
    expect(validate(data).findings.filter((finding) => finding.itemId === 'doseAdministration.volume').map((finding) => finding.pointer)).toEqual(['/doseAdministration/arms/2/volume']);
  });

  it('a per-preparation storage value is the preparation\'s own; the others inherit the shared one', () => {
    const opened = openDocument(readFileSync(join(ROOT, 'examples', 'multi-arm-three-doses.yaml'), 'utf8'));
    if (!opened.ok) throw new Error('example');
    opened.doc.apply({ op: 'set', address: { section: 'storage', unit: { kind: 'preparation', id: 'ev-depleted' }, path: ['temperature'] }, value: { value: -20, unit: '°C' } });
    const temperature = statusOf(opened.doc.data, 'storage.temperature');
    expect(temperature.units.map((unit) => [unit.unit?.id, unit.source])).toEqual([
      ['ev', 'section'],
      ['ev-depleted', 'unit'],
    ]);
  });
});

describe('finding → field', () => {
  it('an arm\'s missing volume opens that arm in the dose section, at its volume field', () => {
    const data = exampleData('multi-arm-three-doses.yaml');
    expect(fieldForPointer(data, '/doseAdministration/arms/2/volume', model)).toEqual({
      section: 'doseAdministration',
      unit: { kind: 'arm', index: 2, id: 'ev-high' },
      itemId: 'doseAdministration.volume',
      address: { section: 'doseAdministration', unit: { kind: 'arm', id: 'ev-high' }, path: ['volume'] },
      key: 'doseAdministration@arm:ev-high/volume',
      domId: 'f-doseAdministration_40_arm_3a_ev-high_2f_volume',
    });
  });

  it('a per-preparation entry is found by its preparationId, and list positions inside a value are kept', () => {
    const data = exampleData('multi-arm-three-doses.yaml');
    const location = fieldForPointer(data, '/characterization/preparations/1/particles/concentration/unit', model);
    const entries = (data.characterization as { preparations: Array<{ preparationId: string }> }).preparations;
    expect(location).toMatchObject({ section: 'characterization', unit: { kind: 'preparation', id: entries[1]!.preparationId }, itemId: 'characterization.particles' });
    expect(fieldForPointer(data, '/doseAdministration/arms/0/dose/amounts/1/unit', model)?.address.path).toEqual(['dose', 'amounts', 1, 'unit']);
  });

  it('pointers outside the sections have no field', () => {
    expect(fieldForPointer({}, '/checklistVersion', model)).toBeUndefined();
    expect(fieldForPointer({}, '', model)).toBeUndefined();
  });

  it('every finding of every example lands on a field of its own item (or of the item whose field shows it), in its unit', () => {
    for (const name of ['complete-in-vivo-ev.yaml', 'multi-arm-three-doses.yaml', 'clinical-knee-oa.yaml', 'under-reported-concentrated-cm.yaml', 'in-vitro-microglia.yaml']) {
      const data = exampleData(name);
      for (const finding of validate(data).findings) {
        if (finding.itemId === 'document') continue;
        const location = fieldForPointer(data, finding.pointer, model);
        const owner = model.items.get(finding.itemId)!.sharedWith ?? finding.itemId;
        expect(location?.itemId, `${name} ${finding.pointer}`).toBe(owner);
      }
    }
  });
});
