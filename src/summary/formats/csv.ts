/**
 * The tidy CSV: one row per study × item, one column per variable (ready for R's read.csv or pandas). A
 * study's several designs or preparation types are one cell joined by `;`; a value that does not apply
 * is an empty cell (NA in R and pandas), never a word in a numeric column.
 */
import { stringify } from 'csv-stringify/sync';
import type { StudyFacts, Summary } from '../types.js';

export const TIDY_COLUMNS = [
  'study', 'file', 'item', 'section', 'level', 'weight', 'state', 'credit', 'deferred',
  'units', 'units_reported', 'units_incomplete', 'units_not_reported', 'units_left_out', 'units_not_applicable',
  'design', 'preparation', 'year', 'valid', 'score',
] as const;

/** A cell that a spreadsheet would run as a formula starts with a quote (OWASP CSV injection advice). */
export function safeCell(value: string | number | boolean | null): string | number | boolean | null {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function tidyCsv(summary: Summary): string {
  const facts = new Map<string, StudyFacts>(summary.studies.map((study) => [study.study, study]));
  const records = summary.rows.map((row) => {
    const study = facts.get(row.study)!;
    const units = row.units;
    return [
      row.study, study.file, row.itemId, row.section, row.level, row.weight, row.state,
      row.credit === null ? null : Math.round(row.credit * 10000) / 10000, row.deferred,
      units.reported + units.incomplete + units['not-reported'] + units['left-out'] + units['not-applicable'],
      units.reported, units.incomplete, units['not-reported'], units['left-out'], units['not-applicable'],
      study.designs.join(';'), study.preparations.join(';'), study.year, study.valid, Math.round(study.score * 10) / 10,
    ].map(safeCell);
  });
  return stringify(records, { header: true, columns: [...TIDY_COLUMNS], cast: { boolean: (value) => (value ? 'TRUE' : 'FALSE') }, record_delimiter: 'unix' });
}
