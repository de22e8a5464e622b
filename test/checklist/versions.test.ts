/**
 * Checklist versions side by side: a document's `checklistVersion` picks the checklist (and the schema)
 * it is checked against; the latest is the default; profiles apply to every version, and a user
 * checklist, written for the latest, is applied to older versions leaving out what they lack.
 */
import { describe, expect, it } from 'vitest';
import { builtinChecklist, CHECKLIST_VERSION, CHECKLIST_VERSIONS, isChecklistVersion } from '../../src/checklist/checklist.js';
import { ChecklistConfigError } from '../../src/checklist/errors.js';
import { createValidator } from '../../src/validator.js';

describe('the registry', () => {
  it('holds 1.0 and 1.1, and the latest is 1.1', () => {
    expect(CHECKLIST_VERSIONS).toEqual(['1.0', '1.1']);
    expect(CHECKLIST_VERSION).toBe('1.1');
    expect(builtinChecklist().version).toBe('1.1');
    expect(builtinChecklist('1.0').version).toBe('1.0');
    expect(isChecklistVersion('1.0')).toBe(true);
    expect(isChecklistVersion('2.0')).toBe(false);
  });

  it('1.0 applies unstated gates as before and defers only invalid ones; 1.1 defers both', () => {
    expect(builtinChecklist('1.0').settings).toMatchObject({ unknownGates: 'apply', invalidGates: 'defer' });
    expect(builtinChecklist('1.1').settings).toMatchObject({ unknownGates: 'defer', invalidGates: 'defer' });
  });

  it('every gate item a version names is one of its items', () => {
    for (const version of CHECKLIST_VERSIONS) {
      const ids = new Set(builtinChecklist(version).items.map((item) => item.id));
      for (const [fact, items] of Object.entries(builtinChecklist(version).settings.gateItems)) {
        for (const id of items ?? []) expect(ids.has(id), `${version} ${fact} → ${id}`).toBe(true);
      }
    }
  });
});

describe('a document is checked against the checklist of its version', () => {
  const validator = createValidator();

  it('a 1.0 document against 1.0, a 1.1 document against 1.1', () => {
    expect(validator.validate({ checklistVersion: '1.0' }).checklist.version).toBe('1.0');
    expect(validator.validate({ checklistVersion: '1.1' }).checklist.version).toBe('1.1');
  });

  it('a document without a known version: one structural finding, then checked as the latest', () => {
    for (const document of [{}, { checklistVersion: '9.9' }]) {
      const report = validator.validate(document);
      expect(report.checklist.version).toBe('1.1');
      const structural = report.findings.filter((finding) => finding.itemId === 'document');
      expect(structural).toHaveLength(1);
      expect(structural[0]!.pointer === '/checklistVersion' || structural[0]!.message.includes('"checklistVersion"')).toBe(true);
    }
  });

  it('the validator resolves each version once and names the latest as its checklist', () => {
    expect(validator.checklist.version).toBe('1.1');
    expect(validator.checklistFor('1.0')).toBe(validator.checklistFor('1.0'));
    expect(validator.checklistFor('1.0').items).toHaveLength(builtinChecklist('1.0').items.length);
  });
});

describe('profiles and user checklists across versions', () => {
  it('journal-strict applies to both versions', () => {
    const strict = createValidator({ profile: 'journal-strict' });
    for (const version of CHECKLIST_VERSIONS) expect(strict.checklistFor(version).items.every((item) => item.level === 'essential'), version).toBe(true);
  });

  it('a user checklist naming an item only 1.1 has applies to 1.1 documents and is left out for 1.0 ones', () => {
    const validator = createValidator({ checklist: { items: { 'study.clinicalStudyType': { level: 'essential' }, 'cellSource.provider': { level: 'essential' } } } });
    const v11 = validator.checklistFor('1.1').items;
    const v10 = validator.checklistFor('1.0').items;
    expect(v11.find((item) => item.id === 'study.clinicalStudyType')?.level).toBe('essential');
    expect(v10.some((item) => item.id === 'study.clinicalStudyType')).toBe(false);
    // What 1.0 has is still changed.
    expect(v10.find((item) => item.id === 'cellSource.provider')?.level).toBe('essential');
  });

  it('a user checklist is checked against the latest version: an item no version has is an error at once', () => {
    expect(() => createValidator({ checklist: { items: { 'study.nothing': { level: 'essential' } } } })).toThrow(ChecklistConfigError);
  });
});
