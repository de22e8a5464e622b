/**
 * Structural validation under schema 1.1, issue for issue: detail states at any depth, the message of the
 * branch the author meant, lists written as one word, and references to arms from outcomes.arms.
 */
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/schema/references.js';
import { SCHEMAS } from '../../src/schema/versions.js';

const v11 = SCHEMAS['1.1'];
const doc = (sections: Record<string, unknown>): Record<string, unknown> => ({ checklistVersion: '1.1', ...sections });
const force = (value: unknown) => doc({ production: { clarification: { steps: [{ force: value }] } } });
const clarification = '/production/clarification';

describe('detail states (1.1)', () => {
  it('a detail written as a state is checked as that state, at any depth, and only as that state', () => {
    expect(v11.validateStructure(force({ value: 500, unit: { notReported: 'yes' } }))).toEqual([
      { pointer: `${clarification}/steps/0/force/unit/notReported`, keyword: 'const', message: 'Expected true, found text ("yes").', itemPointer: clarification },
    ]);
    expect(v11.validateStructure(force({ value: 500, unit: { notApplicable: 'no' } }))).toEqual([
      { pointer: `${clarification}/steps/0/force/unit/notApplicable`, keyword: 'minLength', message: 'The text must be at least 3 characters long.', itemPointer: clarification },
    ]);
    expect(v11.validateStructure(force({ unit: { notReported: true, why: 1 } }))).toEqual([
      { pointer: `${clarification}/steps/0/force/unit`, keyword: 'additionalProperties', message: 'Unknown field "why". Allowed here: notReported, where, note.', itemPointer: clarification },
    ]);
    expect(v11.validateStructure(force({ unit: { notApplicable: 'none used', note: 'x' } }))).toEqual([
      { pointer: `${clarification}/steps/0/force/unit`, keyword: 'additionalProperties', message: 'Unknown field "note". Allowed here: notApplicable, where.', itemPointer: clarification },
    ]);
    expect(v11.validateStructure(doc({ cellSource: { donors: { sex: { notApplicable: 'pooled lines', notReported: true } } } }))).toEqual([
      { pointer: '/cellSource/donors/sex', keyword: 'additionalProperties', message: 'Unknown field "notReported". Allowed here: notApplicable, where.', itemPointer: '/cellSource/donors' },
    ]);
    expect(v11.validateStructure(doc({ outcomes: { results: { notReported: false } } }))).toEqual([
      { pointer: '/outcomes/results/notReported', keyword: 'const', message: 'Expected true, found false.' },
    ]);
  });

  it('a detail written as a value gets the messages of the field, found through the wrapper', () => {
    // One issue, with the unit list's own message (found in the original branch, behind the wrapper).
    const [unit, ...others] = v11.validateStructure(force({ value: 500, unit: 'kg' }));
    expect(others).toEqual([]);
    expect(unit).toMatchObject({ pointer: `${clarification}/steps/0/force/unit`, keyword: 'enum', itemPointer: clarification });
    expect(unit!.message).toMatch(/^"kg" is not accepted here\..* Give a centrifugal force or speed in one of these units: ×g, xg, x g, g, rcf, RCF, rpm\.$/);
    expect(v11.validateStructure(force({ value: 500, units: '×g' }))).toEqual([
      { pointer: `${clarification}/steps/0/force`, keyword: 'additionalProperties', message: 'Unknown field "units". Did you mean "unit"?', itemPointer: clarification },
    ]);
    expect(v11.validateStructure(doc({ outcomes: { arms: [{ armId: 'a', results: [{ directon: 'decrease' }] }] } }))).toEqual([
      { pointer: '/outcomes/arms/0/results/0', keyword: 'additionalProperties', message: 'Unknown field "directon". Did you mean "direction"?' },
    ]);
    expect(v11.validateStructure(doc({ study: { clinicalStudyType: { valeu: 'case-report' } } }))).toEqual([
      { pointer: '/study/clinicalStudyType', keyword: 'additionalProperties', message: 'Unknown field "valeu". Did you mean "value"?', itemPointer: '/study/clinicalStudyType' },
    ]);
  });

  it('a rule that ties two fields keeps its own message, and a detail state satisfies it', () => {
    expect(v11.validateStructure(doc({ outcomes: { trialRegistration: { registry: 'clinicaltrials-gov', id: 'ISRCTN123' } } }))).toEqual([
      { pointer: '/outcomes/trialRegistration', keyword: 'if', message: 'A ClinicalTrials.gov identifier looks like NCT04000000.', itemPointer: '/outcomes/trialRegistration' },
    ]);
    expect(v11.validateStructure(doc({ outcomes: { trialRegistration: { registry: 'clinicaltrials-gov', id: { notReported: true } } } }))).toEqual([]);
    expect(v11.validateStructure(doc({ doseAdministration: { dose: { amounts: [{ basis: { notReported: true }, unit: 'mg' }] } } }))).toEqual([]);
  });
});

describe('one word where a list belongs', () => {
  it('the message shows the list form, with the key and the word as written', () => {
    expect(v11.validateStructure(doc({ outcomes: { blinding: { blinded: 'none' } } }))[0]!.message).toBe(
      'Expected a list, found text ("none"). Write it as a list: blinded: [none].',
    );
    expect(v11.validateStructure(doc({ study: { design: 5 } }))[0]!.message).toBe('Expected a list, found the number 5. Write it as a list: design: [5].');
    expect(v11.validateStructure(doc({ outcomes: { blinding: { blinded: true } } }))[0]!.message).toBe('Expected a list, found true. Write it as a list: blinded: [true].');
    expect(SCHEMAS['1.0'].validateStructure({ checklistVersion: '1.0', study: { design: 'in-vivo' } })[0]!.message).toBe(
      'Expected a list, found text ("in-vivo"). Write it as a list: design: [in-vivo].',
    );
  });

  it('no list form where an object is expected, or for a list entry', () => {
    expect(v11.validateStructure(doc({ cellSource: { species: 'human' } }))[0]!.message).toBe('Expected a set of fields (an object), found text ("human").');
    expect(v11.validateStructure(doc({ outcomes: { tests: { tests: ['von-frey'] } } }))[0]!.message).toBe('Expected a set of fields (an object), found text ("von-frey").');
    expect(v11.validateStructure(doc({ outcomes: { blinding: { blinded: { a: 1 } } } }))[0]!.message).toBe('Expected a list, found a set of fields.');
  });
});

describe('references from outcomes.arms (1.1)', () => {
  it('an armId must name a declared arm; without arms, declare them first', () => {
    expect(v11.checkReferences(doc({ outcomes: { arms: [{ armId: 'a' }] } }))).toEqual([
      { pointer: '/outcomes/arms/0/armId', keyword: 'reference', message: '"a" is not an arm declared in doseAdministration.arms. Declare the arms in doseAdministration.arms first.' },
    ]);
    const arms = { arms: [{ id: 'iv', preparationId: 'p' }, { id: 'ipl', preparationId: 'p' }] };
    const production = { preparations: [{ id: 'p' }] };
    expect(v11.checkReferences(doc({ production, doseAdministration: arms, outcomes: { arms: [{ armId: 'iv' }, { armId: 7 }, { noId: 1 }, 'x', { armId: 'ipl' }] } }))).toEqual([]);
    expect(v11.checkReferences(doc({ production, doseAdministration: arms, outcomes: { arms: [{ armId: 'ia' }, { armId: 'ipl' }, { armId: 'ipl' }] } }))).toEqual([
      { pointer: '/outcomes/arms/0/armId', keyword: 'reference', message: '"ia" is not an arm declared in doseAdministration.arms. Did you mean "iv"? Declared: iv, ipl.' },
      { pointer: '/outcomes/arms/2/armId', keyword: 'uniqueId', message: 'Arm "ipl" has two entries in outcomes.arms; merge them.' },
    ]);
  });

  it('1.0 has no outcomes.arms, so its reference check does not read them', () => {
    expect(checkReferences({ outcomes: { arms: [{ armId: 'zz' }] } })).toEqual([]);
    expect(SCHEMAS['1.0'].checkReferences({ outcomes: { arms: [{ armId: 'zz' }] } })).toEqual([]);
  });
});
