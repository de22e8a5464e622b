/**
 * schemas/report-2.schema.json describes the Report type of src/report/types.ts exactly: the same fields,
 * the same optional ones, the same enumerations (checked by the compiler through the tables below and at
 * run time against the schema), closed objects, and every report the examples give matches it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import reportSchema from '../../schemas/report-2.schema.json' with { type: 'json' };
import reportSchema1 from '../../schemas/report-1.schema.json' with { type: 'json' };
import { parseReportText } from '../../src/io/parse.js';
import type { Finding, FindingStatus, ItemState, LedgerEntry, Level, Report, SectionScore } from '../../src/report/types.js';
import { SECTION_KEYS } from '../../src/report/types.js';
import { validate } from '../../src/validator.js';

type Json = Record<string, unknown>;
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
/** Every key of T, marked as TypeScript declares it: adding, removing or making a field optional fails to compile here. */
type Fields<T> = { [K in keyof Required<T>]: K extends OptionalKeys<T> ? 'optional' : 'required' };
type Item<T> = T extends Array<infer U> ? U : never;

const REPORT: Fields<Report> = {
  reportVersion: 'required',
  checklist: 'required',
  source: 'optional',
  study: 'optional',
  valid: 'required',
  minimalSetComplete: 'required',
  score: 'required',
  findings: 'required',
  counts: 'required',
  ledger: 'optional',
  normalisedUnits: 'optional',
};
const CHECKLIST: Fields<Report['checklist']> = { id: 'required', version: 'required', profile: 'required' };
const SOURCE: Fields<NonNullable<Report['source']>> = { file: 'required', line: 'optional', studyId: 'optional', sheet: 'optional' };
const STUDY: Fields<NonNullable<Report['study']>> = { title: 'optional', citation: 'optional' };
const SCORE: Fields<Report['score']> = { overall: 'required', sections: 'required' };
const SECTION_SCORE: Fields<SectionScore> = { score: 'required', satisfied: 'required', applicable: 'required' };
const FINDING: Fields<Finding> = {
  itemId: 'required',
  section: 'required',
  level: 'required',
  status: 'required',
  pointer: 'required',
  message: 'required',
  hint: 'optional',
  where: 'optional',
  sources: 'required',
  missingDetails: 'optional',
  unlocks: 'optional',
  location: 'optional',
};
const LOCATION: Fields<NonNullable<Finding['location']>> = { line: 'required', column: 'required', sheet: 'optional', cell: 'optional', file: 'optional' };
const COUNTS: Fields<Report['counts']> = {
  essentialMissing: 'required',
  recommendedMissing: 'required',
  incomplete: 'required',
  invalid: 'required',
  notApplicable: 'required',
};
const LEDGER_ENTRY: Fields<LedgerEntry> = {
  itemId: 'required',
  section: 'required',
  level: 'required',
  applicable: 'required',
  reason: 'optional',
  state: 'required',
  weight: 'required',
  credit: 'required',
  satisfied: 'required',
  deferred: 'required',
  units: 'optional',
};
const LEDGER_UNIT: Fields<Item<NonNullable<LedgerEntry['units']>>> = {
  unit: 'required',
  pointer: 'required',
  applies: 'required',
  state: 'required',
  credit: 'required',
  deferred: 'required',
};
const NORMALISED_UNIT: Fields<Item<NonNullable<Report['normalisedUnits']>>> = { pointer: 'required', given: 'required', unit: 'required' };

// Enumerations: `satisfies Record<Union, true>` fails to compile when a member is missing or extra.
const STATUSES = Object.keys({ missing: true, 'not-reported': true, incomplete: true, invalid: true, 'not-applicable': true } satisfies Record<FindingStatus, true>);
const LEVELS = Object.keys({ essential: true, recommended: true } satisfies Record<Level, true>);
const STATES = Object.keys({ value: true, incomplete: true, 'not-applicable': true, 'not-reported': true, missing: true, invalid: true } satisfies Record<ItemState, true>);

const defs = (reportSchema as Json).$defs as Record<string, Json>;
const resolve = (node: Json): Json => (typeof node.$ref === 'string' ? defs[node.$ref.replace('#/$defs/', '')]! : node);
const properties = (node: Json): Record<string, Json> => (resolve(node).properties ?? {}) as Record<string, Json>;
const itemsOf = (node: Json): Json => resolve(resolve(node).items as Json);

describe('schemas/report-2.schema.json', () => {
  it('is a valid draft 2020-12 schema (strict mode), and so is report-1, kept for the record', () => {
    expect(() => new Ajv2020({ strict: true }).compile(reportSchema)).not.toThrow();
    expect(() => new Ajv2020({ strict: true }).compile(reportSchema1)).not.toThrow();
    expect((reportSchema.properties.reportVersion as Json).const).toBe('2');
  });

  const root = reportSchema as Json;
  const sections = properties(properties(root).score!).sections!;
  const objects: Array<[string, Json, Record<string, string>]> = [
    ['Report', root, REPORT],
    ['checklist', properties(root).checklist!, CHECKLIST],
    ['source', properties(root).source!, SOURCE],
    ['study', properties(root).study!, STUDY],
    ['score', properties(root).score!, SCORE],
    ['SectionScore', properties(sections).study!, SECTION_SCORE],
    ['Finding', itemsOf(properties(root).findings!), FINDING],
    ['location', properties(itemsOf(properties(root).findings!)).location!, LOCATION],
    ['counts', properties(root).counts!, COUNTS],
    ['LedgerEntry', itemsOf(properties(root).ledger!), LEDGER_ENTRY],
    ['ledger unit', itemsOf(properties(itemsOf(properties(root).ledger!)).units!), LEDGER_UNIT],
    ['normalised unit', itemsOf(properties(root).normalisedUnits!), NORMALISED_UNIT],
  ];
  for (const [name, node, fields] of objects) {
    it(`${name}: the same fields as the type, the same required ones, closed`, () => {
      const schemaNode = resolve(node);
      expect(Object.keys(properties(schemaNode)).sort()).toEqual(Object.keys(fields).sort());
      expect([...((schemaNode.required ?? []) as string[])].sort()).toEqual(Object.keys(fields).filter((key) => fields[key] === 'required').sort());
      expect(schemaNode.additionalProperties).toBe(false);
    });
  }

  it('the same enumerations as the types', () => {
    expect(defs.SectionKey!.enum).toEqual([...SECTION_KEYS]);
    expect(Object.keys(properties(sections)).sort()).toEqual([...SECTION_KEYS].sort());
    expect((properties(itemsOf(properties(root).findings!)).status!.enum as string[]).sort()).toEqual(STATUSES.sort());
    expect((defs.Level!.enum as string[]).sort()).toEqual(LEVELS.sort());
    expect((defs.ItemState!.enum as string[]).sort()).toEqual(STATES.sort());
  });

  it('every example gives a report that matches it, with every optional field present somewhere', () => {
    const check = new Ajv2020({ strict: true, allErrors: true }).compile(reportSchema);
    const dir = join(import.meta.dirname, '..', '..', 'examples');
    const seen = new Set<string>();
    for (const name of readdirSync(dir).filter((file) => /\.ya?ml$/.test(file))) {
      const parsed = parseReportText(readFileSync(join(dir, name), 'utf8'), { filename: name });
      if (!parsed.ok) throw new Error(parsed.error.message);
      const report = validate(parsed.document, { ledger: true, file: name, sourceMap: parsed.sourceMap });
      expect(check(report), JSON.stringify(check.errors)).toBe(true);
      for (const key of Object.keys(report)) seen.add(`report.${key}`);
      for (const finding of report.findings) for (const key of Object.keys(finding)) seen.add(`finding.${key}`);
      for (const entry of report.ledger ?? []) for (const key of Object.keys(entry)) seen.add(`ledger.${key}`);
    }
    for (const field of ['report.source', 'report.ledger', 'report.normalisedUnits', 'finding.hint', 'finding.location', 'ledger.reason', 'ledger.units']) {
      expect(seen, field).toContain(field);
    }
  });

  it('refuses what a report can never be: a score over 100, an unknown field, an unknown status', () => {
    const check = new Ajv2020({ strict: true }).compile(reportSchema);
    const report = JSON.parse(JSON.stringify(validate({}))) as Json;
    expect(check(report)).toBe(true);
    expect(check({ ...report, score: { ...(report.score as Json), overall: 100.1 } })).toBe(false);
    expect(check({ ...report, extra: true })).toBe(false);
    const [first, ...rest] = report.findings as Json[];
    expect(check({ ...report, findings: [{ ...first, status: 'ok' }, ...rest] })).toBe(false);
  });
});
