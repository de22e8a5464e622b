// summary never throws on what a validator accepts as input (any JSON in any field, structurally invalid
// or not), and its tallies and tables stay consistent: checked with corpus documents damaged at random.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createValidator, parseReportText } from '../../src/index.js';
import { EVIDENCE_TABLES } from '../../src/summary/evidence/columns.js';
import { evidenceTables } from '../../src/summary/evidence/tables.js';
import { renderSummary, SUMMARY_FORMATS } from '../../src/summary/render.js';
import { summarize, type CheckedStudy } from '../../src/summary/summarize.js';
import { REPORTING_STATES } from '../../src/summary/types.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'examples', 'review-2025');
const DOCUMENTS = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => {
    const parsed = parseReportText(readFileSync(join(CORPUS, name), 'utf8'), { filename: name });
    if (!parsed.ok) throw new Error(parsed.error.message);
    return parsed.document;
  });
const validator = createValidator({ ledger: true });

/** Hostile text: markup, a formula, a bidi override, a line break. */
const hostile = fc.constantFrom('<script>alert(1)</script>', '=cmd|" /C calc"!A0', '\u202Eevil', 'a\nb', '| pipe |', '');
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostile, fc.constant({ notReported: true }), fc.constant({ notApplicable: 'reason' }));

/** The fields the evidence tables print (and their `value`), where hostile text would reach a cell. */
const PRINTED = EVIDENCE_TABLES.flatMap((table) => table.columns.flatMap((column) => column.parts.flatMap((part) => [part.path.split('.'), [...part.path.split('.'), 'value']])));

/** A path into a document: a field the tables print, or a section then keys that exist or not, and list indexes. */
const damage = fc.record({
  document: fc.nat({ max: DOCUMENTS.length - 1 }),
  path: fc.oneof(
    fc.constantFrom(...PRINTED),
    fc.array(fc.oneof(fc.constantFrom('study', 'production', 'storage', 'doseAdministration', 'outcomes', 'arms', 'results', 'dose', 'amounts', 'route', 'preparation', 'preparations', 'design', 'citation', 'year', 'value', 'tests', 'timepoints'), fc.nat({ max: 3 }).map(String)), { minLength: 1, maxLength: 5 }),
  ),
  value: anyValue,
});

function damaged(plan: { document: number; path: string[]; value: unknown }): Record<string, unknown> {
  const document = structuredClone(DOCUMENTS[plan.document]!) as Record<string, unknown>;
  let node: unknown = document;
  for (const key of plan.path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return document;
    const container = node as Record<string, unknown>;
    if (container[key] === null || typeof container[key] !== 'object') container[key] = {};
    node = container[key];
  }
  if (node !== null && typeof node === 'object') (node as Record<string, unknown>)[plan.path.at(-1)!] = plan.value;
  return document;
}

describe('summary on damaged documents', () => {
  it('never throws, counts every study once per item, and escapes what it prints', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), (plans) => {
        const studies: CheckedStudy[] = plans.map((plan, index) => {
          const document = damaged(plan);
          return { document, report: validator.validate(document, { file: `study-${index}.yaml` }) };
        });
        const summary = summarize(studies, validator.checklist);
        for (const item of summary.items) {
          expect(REPORTING_STATES.reduce((sum, state) => sum + item.tally[state], 0)).toBe(studies.length);
        }
        const tables = evidenceTables(studies.map((study, index) => ({ study: summary.studies[index]!.study, file: `study-${index}.yaml`, document: study.document })));
        for (const table of tables) for (const row of table.rows) for (const column of table.columns) expect(row.cells[column.key]).toMatch(/\S/);
        for (const format of SUMMARY_FORMATS) {
          const text = renderSummary(format, summary, { toolVersion: 'test', tables });
          if (format === 'html') expect(text).not.toContain('<script>');
          if (format === 'markdown') expect(text).not.toContain('<script>');
        }
      }),
      { numRuns: 100 },
    );
  });
});
