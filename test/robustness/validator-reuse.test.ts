/**
 * A validator is built once and reused: 100 000 calls on one validator give, call for call, the reports
 * fresh validators give (no state carried from one document to the next).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { createValidator } from '../../src/validator.js';
import { buildDocument, ITEMS, unitDocument } from './documents.js';

const CALLS = 100_000;

/** What is compared on every call; the whole report is compared on every hundredth. */
function fingerprint(report: Report): string {
  return `${report.score.overall}|${report.findings.length}|${report.valid}|${report.minimalSetComplete}|${report.counts.essentialMissing}|${report.counts.invalid}|${report.findings.at(-1)?.pointer ?? ''}`;
}

describe('a reused validator', () => {
  it(`gives the same reports over ${CALLS} calls as a fresh validator for each document`, () => {
    // A cheap mix (a call costs more the more values there are to check): empty and tiny documents, a few
    // items from their examples, two documents with preparations and arms, arbitrary JSON.
    const fewItems = fc.subarray(ITEMS.map((_, index) => index), { maxLength: 4 }).map((indices) => buildDocument({ items: indices.map((index) => [index, { kind: 'example' }]) }));
    const documents: unknown[] = [
      {},
      { checklistVersion: '1.0' },
      { checklistVersion: '1.0', study: { design: ['in-vitro'] } },
      ...fc.sample(fewItems, { numRuns: 12, seed: 1 }),
      ...fc.sample(unitDocument, { numRuns: 2, seed: 2 }),
      ...fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: 8, seed: 3 }),
    ];
    const expected = documents.map((document) => createValidator().validate(document));
    const expectedJson = expected.map((report) => JSON.stringify(report));
    const expectedPrints = expected.map(fingerprint);

    const reused = createValidator();
    let mismatches = 0;
    for (let call = 0; call < CALLS; call++) {
      const index = call % documents.length;
      const report = reused.validate(documents[index]);
      if (fingerprint(report) !== expectedPrints[index]) mismatches++;
      else if (call % 100 === 0 && JSON.stringify(report) !== expectedJson[index]) mismatches++;
    }
    expect(mismatches).toBe(0);
    // Documents without a version are checked as 1.1, which weighs more per call than 1.0; the time is not
    // what this states, so it is given room on a loaded machine.
  }, 300_000);

  it('a ledger validator and a plain one do not share state', () => {
    const document = { checklistVersion: '1.0', study: { design: ['in-vivo'] } };
    const withLedger = createValidator({ ledger: true });
    const plain = createValidator();
    for (let call = 0; call < 100; call++) {
      expect(withLedger.validate(document).ledger).toBeDefined();
      expect(plain.validate(document).ledger).toBeUndefined();
    }
  });
});
