/** The checklist is data: complete against the parameter set and the schema, and safely extensible. */
import { describe, expect, it } from 'vitest';
import { applyOverlay, builtinChecklist, itemPath, resolveChecklist } from '../../src/checklist/checklist.js';
import { ChecklistConfigError } from '../../src/checklist/errors.js';
import { ITEM_DEFS } from '../../src/schema/schema.js';
import { validateStructure } from '../../src/schema/validate-structure.js';
import { createValidator } from '../../src/validator.js';
import { check, findingsOf, ledgerOf, study } from '../helpers.js';

const checklist = builtinChecklist('1.0');

describe('checklist 1.0', () => {
  it('has one item for every item the schema defines, and nothing else but study.design and the dose-basis rule', () => {
    const schemaItems = Object.entries(ITEM_DEFS).flatMap(([section, items]) => Object.keys(items).map((key) => `${section}.${key}`));
    const ids = checklist.items.map((item) => item.id);
    expect(schemaItems.filter((id) => !ids.includes(id))).toEqual([]);
    expect(ids.filter((id) => !schemaItems.includes(id))).toEqual(['study.design', 'doseAdministration.doseBases']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers all eight groups of the minimal parameter set plus the study design', () => {
    expect(Object.keys(checklist.sectionTitles)).toHaveLength(9);
    expect(checklist.items).toHaveLength(79);
  });

  it('every item has a title, rationale, hint, at least one source and an example that is valid where the item lives', () => {
    for (const item of checklist.items) {
      expect(item.rationale.length, item.id).toBeGreaterThan(40);
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      const [first, ...rest] = itemPath(item);
      if (rest.length > 0 || item.id === 'study.design') continue;
      const document = study({ [item.section]: { [first!]: item.example } });
      expect(validateStructure(document), item.id).toEqual([]);
    }
  });

  it('essential items weigh 2 and recommended items 1', () => {
    for (const item of checklist.items) expect(item.weight, item.id).toBe(item.level === 'essential' ? 2 : 1);
  });
});

describe('profiles', () => {
  it('journal-strict treats every recommended item as essential', () => {
    const strict = resolveChecklist('journal-strict');
    expect(strict.ok && strict.value.items.every((item) => item.level === 'essential')).toBe(true);
    const report = check(study({ study: { design: ['in-vivo'] } }), { profile: 'journal-strict' });
    expect(report.checklist).toEqual({ id: 'secretome-minimal', version: '1.0', profile: 'journal-strict' });
    expect(findingsOf(report, 'cellSource.provider')[0]?.level).toBe('essential');
  });

  it('a recommended item is still missing without failing the minimal set under the default profile', () => {
    const { document } = { document: study({}) };
    expect(findingsOf(check(document), 'cellSource.provider')[0]?.level).toBe('recommended');
  });

  it('an unknown profile is an error value naming the profiles', () => {
    const result = resolveChecklist('strict');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message).toContain('default, journal-strict');
  });
});

describe('user checklists', () => {
  it('can switch an item off, change its level and weight, and add an item', () => {
    const overlay = {
      id: 'lab-sop',
      items: { 'outcomes.emotionalDimension': { enabled: false }, 'cellSource.provider': { level: 'essential', weight: 3 } },
      add: [
        {
          id: 'cellSource.providerRrid',
          section: 'cellSource',
          path: 'provider/rrid',
          scope: 'study',
          level: 'recommended',
          weight: 1,
          title: 'RRID of the cells',
          rationale: 'A Research Resource Identifier names the cell line unambiguously across papers and catalogues.',
          hint: 'Add the RRID of the cells (e.g. RRID:CVCL_0001).',
          sources: ['Lab SOP 4.2'],
        },
      ],
    };
    const validator = createValidator({ checklist: overlay, ledger: true });
    expect(validator.checklist.id).toBe('secretome-minimal+lab-sop');
    const report = validator.validate(study({ cellSource: { provider: { type: 'commercial', name: 'Lonza' } } }));
    expect(report.ledger?.some((entry) => entry.itemId === 'outcomes.emotionalDimension')).toBe(false);
    expect(ledgerOf(report, 'cellSource.provider')).toMatchObject({ level: 'essential', weight: 3, satisfied: true });
    expect(findingsOf(report, 'cellSource.providerRrid')).toMatchObject([{ status: 'missing', pointer: '/cellSource/provider/rrid' }]);
    const withRrid = validator.validate(study({ cellSource: { provider: { type: 'commercial', name: 'Lonza', rrid: 'RRID:CVCL_0001' } } }));
    expect(ledgerOf(withRrid, 'cellSource.providerRrid').satisfied).toBe(true);
  });

  it('a bad entry is rejected with an error that names it', () => {
    const base = builtinChecklist();
    const typo = applyOverlay(base, { items: { 'storage.temprature': { level: 'essential' } } }, { file: 'lab.yaml' });
    expect(typo).toEqual({
      ok: false,
      errors: [{ code: 'unknown-item', file: 'lab.yaml', entry: 'items › storage.temprature', message: 'there is no item "storage.temprature". Did you mean "storage.temperature"?' }],
    });
    const badLevel = applyOverlay(base, { items: { 'storage.temperature': { level: 'mandatory' } } });
    expect(!badLevel.ok && badLevel.errors[0]?.entry).toBe('items › storage.temperature › level');
    const unknownKey = applyOverlay(base, { item: {} });
    expect(!unknownKey.ok && unknownKey.errors[0]?.code).toBe('checklist-invalid');
  });

  it('an added item must check a field the schema defines and must not reuse an id', () => {
    const item = { section: 'storage', scope: 'preparation', level: 'essential', weight: 1, title: 'x', rationale: 'x', hint: 'x', sources: ['x'] };
    const unknownField = applyOverlay(builtinChecklist(), { add: [{ ...item, id: 'storage.humidity' }] });
    expect(!unknownField.ok && unknownField.errors[0]?.code).toBe('unknown-field');
    const duplicate = applyOverlay(builtinChecklist(), { add: [{ ...item, id: 'storage.temperature' }] });
    expect(!duplicate.ok && duplicate.errors[0]?.code).toBe('duplicate-item');
  });

  it('createValidator throws ChecklistConfigError for invalid options (a programmer error)', () => {
    expect(() => createValidator({ profile: 'lenient' as never })).toThrow(ChecklistConfigError);
    expect(() => createValidator({ checklist: { items: { nope: {} } } })).toThrow(/nope/);
  });
});
