/** Ids and preparation references, issue for issue: what JSON Schema cannot check. */
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/schema/references.js';

describe('references between preparations and arms', () => {
  it('a document without lists, or with lists of the wrong kind, has no reference issues', () => {
    expect(checkReferences({})).toEqual([]);
    expect(checkReferences(null)).toEqual([]);
    expect(checkReferences('text')).toEqual([]);
    expect(checkReferences({ production: { preparations: 'p1' }, doseAdministration: { arms: { id: 'a' } }, storage: { preparations: 7 } })).toEqual([]);
  });

  it('every preparationId in every section must name a declared preparation; a near miss is suggested', () => {
    const document = {
      production: { preparations: [{ id: 'ev' }, { id: 'cm' }, { label: 'no id' }, 'not an entry', { id: 42 }] },
      storage: { preparations: [{ preparationId: 'ev' }, { preparationId: 'eV1' }] },
      qualityControl: { preparations: [{ preparationId: 'soluble' }] },
      characterization: { preparations: [{ preparationId: 'cm' }, { noId: true }, { preparationId: 3 }] },
      doseAdministration: { arms: [{ id: 'a1', preparationId: 'ev' }, { id: 'a2', preparationId: 'xx' }] },
    };
    expect(checkReferences(document)).toEqual([
      { pointer: '/storage/preparations/1/preparationId', keyword: 'reference', message: '"eV1" is not a preparation declared in production.preparations. Did you mean "ev"? Declared: ev, cm.' },
      { pointer: '/qualityControl/preparations/0/preparationId', keyword: 'reference', message: '"soluble" is not a preparation declared in production.preparations. Declared: ev, cm.' },
      { pointer: '/doseAdministration/arms/1/preparationId', keyword: 'reference', message: '"xx" is not a preparation declared in production.preparations. Declared: ev, cm.' },
    ]);
  });

  it('without declared preparations, every reference says to declare them first', () => {
    expect(checkReferences({ storage: { preparations: [{ preparationId: 'ev' }] } })).toEqual([
      { pointer: '/storage/preparations/0/preparationId', keyword: 'reference', message: '"ev" is not a preparation declared in production.preparations. Declare the preparations in production.preparations first.' },
    ]);
  });

  it('ids must be unique among preparations and among arms', () => {
    const document = {
      production: { preparations: [{ id: 'p' }, { id: 'q' }, { id: 'p' }] },
      doseAdministration: { arms: [{ id: 'low', preparationId: 'p' }, { id: 'high', preparationId: 'p' }, { id: 'low', preparationId: 'q' }] },
    };
    expect(checkReferences(document)).toEqual([
      { pointer: '/production/preparations/2/id', keyword: 'uniqueId', message: 'The id "p" is used twice in production.preparations; give each entry its own id.' },
      { pointer: '/doseAdministration/arms/2/id', keyword: 'uniqueId', message: 'The id "low" is used twice in doseAdministration.arms; give each entry its own id.' },
    ]);
  });

  it('a preparation may have one override entry per section; several arms may share a preparation', () => {
    const document = {
      production: { preparations: [{ id: 'p' }, { id: 'q' }] },
      storage: { preparations: [{ preparationId: 'p' }, { preparationId: 'q' }, { preparationId: 'p' }] },
      characterization: { preparations: [{ preparationId: 'p' }] },
      qualityControl: { preparations: [{ preparationId: 'q' }, { preparationId: 'q' }] },
      doseAdministration: { arms: [{ id: 'a', preparationId: 'p' }, { id: 'b', preparationId: 'p' }] },
    };
    expect(checkReferences(document)).toEqual([
      { pointer: '/storage/preparations/2/preparationId', keyword: 'uniqueId', message: 'Preparation "p" has two entries in storage.preparations; merge them.' },
      { pointer: '/qualityControl/preparations/1/preparationId', keyword: 'uniqueId', message: 'Preparation "q" has two entries in qualityControl.preparations; merge them.' },
    ]);
  });

  it('production.preparations is the declaring list, not a reference list: its entries carry no preparationId check', () => {
    expect(checkReferences({ production: { preparations: [{ id: 'p', preparationId: 'nothing' }] } })).toEqual([]);
  });
});
