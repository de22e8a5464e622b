/**
 * Properties of validate() over generated documents (fast-check): it never throws and always returns a
 * report that matches schemas/report-2.schema.json, scores stay in [0, 100], adding a value never lowers a
 * score, the order of keys and arms does not matter, and the input is never changed.
 * About 11 000 generated cases per run (the numRuns below).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import reportSchema from '../../schemas/report-2.schema.json' with { type: 'json' };
import type { Report } from '../../src/report/types.js';
import { SECTION_KEYS } from '../../src/report/types.js';
import { itemPath } from '../../src/checklist/checklist.js';
import { validate } from '../../src/validator.js';
import {
  buildDocument,
  deepFreeze,
  documentPlan,
  ITEMS,
  itemValue,
  pointersOf,
  reorder,
  replaceAt,
  seeded,
  unitDocument,
  type DocumentPlan,
} from './documents.js';

export const NUM_RUNS = {
  anyJson: 2000,
  sections: 2000,
  mutated: 2000,
  monotone: 2000,
  keyOrder: 1000,
  armOrder: 1000,
  unchanged: 1000,
};

const ajv = new Ajv2020({ strict: true, allErrors: true });
const matchesReportSchema = ajv.compile(reportSchema);

/** The report matches its schema (which bounds every score to [0, 100] and admits finite numbers only). */
function checkReport(report: Report): void {
  if (!matchesReportSchema(report)) throw new Error(`the report does not match its schema: ${ajv.errorsText(matchesReportSchema.errors)}`);
  for (const key of SECTION_KEYS) {
    const { satisfied, applicable } = report.score.sections[key];
    if (satisfied > applicable) throw new Error(`${key}: satisfied weight ${satisfied} exceeds applicable weight ${applicable}`);
  }
}

const sectionKey = fc.constantFrom(...SECTION_KEYS, 'checklistVersion', '$schema', '__proto__', 'constructor', 'unknown');
const jsonWithSpecialNumbers = fc.jsonValue({ maxDepth: 6 });

describe('validate on any input', () => {
  it('never throws for any JSON value and returns a report that matches the report schema', () => {
    fc.assert(
      fc.property(jsonWithSpecialNumbers, (value) => checkReport(validate(value))),
      { numRuns: NUM_RUNS.anyJson },
    );
  });

  it('never throws for section-shaped documents with arbitrary contents, ledger included', () => {
    const sections = fc.dictionary(sectionKey, fc.oneof(jsonWithSpecialNumbers, fc.dictionary(fc.string({ maxLength: 20 }), jsonWithSpecialNumbers, { maxKeys: 6 })), { maxKeys: 8 });
    fc.assert(
      fc.property(sections, (document) => checkReport(validate(document, { ledger: true }))),
      { numRuns: NUM_RUNS.sections },
    );
  });

  it('never throws when any value of a real document is replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(unitDocument, fc.nat(), fc.jsonValue({ maxDepth: 4 }), (document, where, replacement) => {
        const pointers = pointersOf(document);
        const mutated = replaceAt(document, pointers[where % pointers.length]!, replacement);
        checkReport(validate(mutated, { ledger: true }));
      }),
      { numRuns: NUM_RUNS.mutated },
    );
  });
});

describe('scores', () => {
  it('adding a valid value where an item is missing never lowers a section score or the overall score', () => {
    // Two items may read the same place (doseAdministration.dose and .doseBases): a place is missing only
    // when no item that reads it has a value.
    const placeOf = (index: number): string => `${ITEMS[index]!.section}/${itemPath(ITEMS[index]!).join('/')}`;
    const scenario = documentPlan.chain((plan) => {
      const present = new Set(plan.items.map(([index]) => placeOf(index)));
      const absent = ITEMS.map((_, index) => index).filter((index) => !present.has(placeOf(index)));
      return absent.length === 0 ? fc.constant(undefined) : fc.tuple(fc.constant(plan), fc.constantFrom(...absent), itemValue);
    });
    fc.assert(
      fc.property(scenario, (drawn) => {
        if (!drawn) return;
        const [plan, added, value] = drawn;
        const before = validate(buildDocument(plan));
        const after = validate(buildDocument({ items: [...plan.items, [added, value]] } satisfies DocumentPlan));
        expect(after.score.overall).toBeGreaterThanOrEqual(before.score.overall);
        for (const key of SECTION_KEYS) expect(after.score.sections[key].score, key).toBeGreaterThanOrEqual(before.score.sections[key].score);
      }),
      { numRuns: NUM_RUNS.monotone },
    );
  });
});

describe('order does not matter', () => {
  it('reordering the keys of every object gives the same report', () => {
    fc.assert(
      fc.property(unitDocument, fc.integer(), (document, seed) => {
        const shuffled = reorder(document, seeded(seed), false);
        expect(JSON.stringify(validate(shuffled, { ledger: true }))).toBe(JSON.stringify(validate(document, { ledger: true })));
      }),
      { numRuns: NUM_RUNS.keyOrder },
    );
  });

  it('reordering the arms changes nothing but arm positions', () => {
    /** The report with arm positions replaced by arm ids and messages left out (they name arms by position). */
    const positionFree = (report: Report, document: Record<string, unknown>): unknown => {
      const arms = ((document.doseAdministration as Record<string, unknown>).arms as Array<{ id: string }>).map((arm) => arm.id);
      const pointer = (text: string): string => text.replace(/^\/doseAdministration\/arms\/(\d+)/, (_, index: string) => `/doseAdministration/arms/${arms[Number(index)]}`);
      return {
        ...report,
        findings: report.findings.map((finding) => JSON.stringify({ ...finding, message: undefined, pointer: pointer(finding.pointer) })).sort(),
        normalisedUnits: report.normalisedUnits?.map((unit) => JSON.stringify({ ...unit, pointer: pointer(unit.pointer) })).sort(),
      };
    };
    fc.assert(
      fc.property(unitDocument, fc.integer(), (document, seed) => {
        const shuffled = reorder(document, seeded(seed), true) as Record<string, unknown>;
        expect(positionFree(validate(shuffled), shuffled)).toEqual(positionFree(validate(document), document));
      }),
      { numRuns: NUM_RUNS.armOrder },
    );
  });
});

describe('the input is never changed', () => {
  it('the document is deep-equal before and after, and a deep-frozen document gives the same report', () => {
    const input = fc.oneof(unitDocument, fc.dictionary(sectionKey, jsonWithSpecialNumbers, { maxKeys: 6 }));
    fc.assert(
      fc.property(input, (document) => {
        const before = structuredClone(document);
        const report = validate(document, { ledger: true });
        expect(document).toEqual(before);
        expect(validate(deepFreeze(structuredClone(document)), { ledger: true })).toEqual(report);
      }),
      { numRuns: NUM_RUNS.unchanged },
    );
  });
});
