// `summary` on the review corpus agrees with counts made by hand from examples/review-2025/tables.tsv
// (the review's Tables 2–5, 33 rows → 30 studies: refs. 108, 118/119 and 141 appear in two tables) and
// the corpus rules in examples/review-2025/README.md. Each count says how it was made.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Summary, Tally } from '../../src/summary/types.js';
import { runInProcess } from '../robustness/harness.js';

const ROOT = join(import.meta.dirname, '..', '..');
let summary: Summary;

function tally(itemId: string): Pick<Tally, 'reported' | 'incomplete' | 'not-reported' | 'left-out' | 'not-applicable'> {
  const item = summary.items.find((entry) => entry.itemId === itemId);
  if (!item) throw new Error(`no item ${itemId} in the summary`);
  const { reported, incomplete, 'not-reported': notReported, 'left-out': leftOut, 'not-applicable': notApplicable } = item.tally;
  return { reported, incomplete, 'not-reported': notReported, 'left-out': leftOut, 'not-applicable': notApplicable };
}

beforeAll(async () => {
  const result = await runInProcess(['summary', 'examples/review-2025/', '--format', 'json'], ROOT);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  summary = JSON.parse(result.stdout) as Summary;
});

describe('summary of the review corpus, against hand counts from tables.tsv', () => {
  it('holds the 30 studies of the 33 table rows', () => {
    expect(summary.studies).toHaveLength(30);
  });

  it('study.design: every study states its design (30 of 30)', () => {
    // Each table gives the design (README rule 6): 18 + 7 + 4 + 4 rows, three studies twice → 30.
    expect(tally('study.design')).toEqual({ reported: 30, incomplete: 0, 'not-reported': 0, 'left-out': 0, 'not-applicable': 0 });
  });

  it('cellSource.tissue: 28 studies name the tissue, ref. 133 says N/A, ref. 113 (Thera101) gives a product instead', () => {
    // "Secretome Source" in all 33 rows: every cell names a tissue (ASC, BM-MSC, UC-MSC, SHED, DPSC) except
    // Table 2 row 12 (ref. 113, "Thera101 (purchased from Theratome Bio, Inc.)": no tissue, so left out) and
    // Table 3 row 5 (ref. 133, "N/A": declared not reported). The three studies printed twice name it in both rows.
    expect(tally('cellSource.tissue')).toEqual({ reported: 28, incomplete: 0, 'not-reported': 1, 'left-out': 1, 'not-applicable': 0 });
  });

  it('production.origin: 4 studies state it, 4 say N/A, the 22 others are not asked', () => {
    // Table 4 "Secretome Origin": ref. 140 Self-produced, ref. 141 Purchased, ref. 143 Self-produced, ref. 142 N/A.
    // Table 5: N/A for NCT05909488, NCT06688318, NCT04314661 (and for NCT05579665 = ref. 141, overruled by
    // Table 4, README). Table 2 row 12: ref. 113 "purchased from Theratome Bio". Reported 3 + 1 = 4;
    // not reported 142 + three NCT = 4; the other 22 studies sit in tables without this column: left out.
    expect(tally('production.origin')).toEqual({ reported: 4, incomplete: 0, 'not-reported': 4, 'left-out': 22, 'not-applicable': 0 });
  });

  it('storage.form: 12 reported, 5 N/A, 13 left out (ref. 118/119 counts as left out: its in-vitro preparation says nothing)', () => {
    // Table 2 "Processing and Storage", 18 in-vivo studies: the storage part states something for 13
    // (102, 103 "frozen", 104, 105, 106, 107, 109, 110, 111, 112, 117, 118/119, 120 "freshly used") and is N/A
    // for 5 (108 "Storage: N/A", 113 "N/A", 114 "N/A", 115 "Storage: N/A", 116 "N/A"). Refs. 118/119 have a
    // second preparation (Table 3 row 7, in vitro) with no storage: the rule "reported when every
    // preparation is" makes it left out, so 13 − 1 = 12 reported. Left out: the 12 studies of Tables 3–5
    // only (no storage column) + 118/119 = 13.
    expect(tally('storage.form')).toEqual({ reported: 12, incomplete: 0, 'not-reported': 5, 'left-out': 13, 'not-applicable': 0 });
  });

  it('study.clinicalStudyType: 6 of the 7 clinical studies state it, ref. 140 says N/A', () => {
    // Table 4 "Type of Study": 141 open-label, 142 case report, 143 randomised; 140 N/A. Table 5: the three
    // NCT-only studies are registered trials (their NCT Number). 3 + 3 = 6 reported, 1 not reported;
    // the 23 non-clinical studies: not applicable.
    expect(tally('study.clinicalStudyType')).toEqual({ reported: 6, incomplete: 0, 'not-reported': 1, 'left-out': 0, 'not-applicable': 23 });
  });

  it('outcomes.trialRegistration: the 4 studies of Table 5 have an NCT number, the other 3 clinical ones do not', () => {
    // Table 5 rows 1–4 (NCT05909488, NCT06688318, NCT05579665 = ref. 141, NCT04314661): 4 reported.
    // Table 4's refs. 140, 142, 143 have no registration in any cell: left out. 23 non-clinical: not applicable.
    expect(tally('outcomes.trialRegistration')).toEqual({ reported: 4, incomplete: 0, 'not-reported': 0, 'left-out': 3, 'not-applicable': 23 });
  });

  it('the reporting rate of an item is reported ÷ applicable studies', () => {
    const item = summary.items.find((entry) => entry.itemId === 'storage.form')!;
    expect(item.tally.applicable).toBe(30);
    expect(item.tally.rate).toBeCloseTo(12 / 30, 10);
  });
});
