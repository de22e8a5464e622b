/**
 * The generated document types let code build a study report the way code builds data: lists from
 * `.map()`, no tuple casts (issue #12, point 11). This file is type-checked with the rest of the tests
 * (`tsc --noEmit`); the run checks that what the types allow is also structurally valid.
 */
import { describe, expect, it } from 'vitest';
import type { Arm, DoseAmount, OutcomesArm, Result, StudyReport } from '../../src/core.js';
import type { StudyReport as StudyReport10 } from '../../src/schema/generated/1.0/study-report.js';
import { SCHEMAS } from '../../src/schema/versions.js';

const doses = [20000, 60000, 200000];
const designs: Array<'in-vivo' | 'in-vitro'> = ['in-vivo', 'in-vitro'];

describe('generated types', () => {
  it('a 1.1 document built with .map() needs no cast and is valid', () => {
    const arms: Arm[] = doses.map((value, index) => {
      const amount: DoseAmount = { value, unit: 'cell equivalents', basis: 'cell-equivalents', per: 'administration' };
      return { id: `dose-${index + 1}`, dose: { amounts: [amount] }, route: { value: 'intra-articular' } };
    });
    const outcomeArms: OutcomesArm[] = arms.map((arm) => {
      const results: Result[] = [{ domain: 'pain', measure: 'weight-bearing deficit', test: 'incapacitance', direction: 'decrease' }];
      return { armId: arm.id, results, mechanisticReadouts: { notReported: true } };
    });
    const document: StudyReport = {
      checklistVersion: '1.1',
      study: { design: designs.map((design) => design), clinicalStudyType: { notApplicable: 'animal study' } },
      cellSource: { donors: { sex: { notReported: true } } },
      doseAdministration: { arms },
      outcomes: { arms: outcomeArms },
    };
    expect(SCHEMAS['1.1'].validateStructure(document)).toEqual([]);
    expect(SCHEMAS['1.1'].checkReferences(document)).toEqual([]);
  });

  it('a 1.0 document built with .map() needs no cast either', () => {
    const document: StudyReport10 = {
      checklistVersion: '1.0',
      study: { design: designs.map((design) => design) },
      doseAdministration: { arms: doses.map((value, index) => ({ id: `a${index}`, dose: { amounts: [{ value, unit: 'cells', basis: 'cell-equivalents', per: 'total' }] } })) },
    };
    expect(SCHEMAS['1.0'].validateStructure(document)).toEqual([]);
  });
});
