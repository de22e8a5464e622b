/**
 * The tidy CSV: one row per study × item, one column per variable (ready for R's read.csv or pandas). A
 * study's several designs or preparation types are one cell joined by `;`; a value that does not apply
 * is an empty cell (NA in R and pandas), never a word in a numeric column; booleans are TRUE/FALSE.
 *
 * Written with the few lines of RFC 4180 quoting below rather than csv-stringify: its sync API took over
 * 1 s for the 83,000 rows of 1,000 studies, ten times the rest of the output (bench/summary.ts). The tests
 * read every output back with csv-parse.
 */
import type { StudyFacts, StudyItem, Summary } from '../types.js';

export const TIDY_COLUMNS = [
  'study', 'file', 'item', 'section', 'level', 'weight', 'state', 'credit', 'deferred',
  'units', 'units_reported', 'units_incomplete', 'units_not_reported', 'units_left_out', 'units_not_applicable',
  'design', 'preparation', 'year', 'valid', 'score',
] as const;

export type CsvValue = string | number | boolean | null;

/**
 * One field: quoted when it holds a quote, comma or line break (RFC 4180); text a spreadsheet would run as
 * a formula gets a leading apostrophe (OWASP's advice against CSV injection).
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records, one line each (LF). */
export function csvLines(records: ReadonlyArray<readonly CsvValue[]>): string {
  let text = '';
  for (const record of records) text += `${record.map(csvField).join(',')}\n`;
  return text;
}

/** Header and records. */
export function csvText(header: readonly string[], records: ReadonlyArray<readonly CsvValue[]>): string {
  return csvLines([header]) + csvLines(records);
}

/** The tidy CSV's header line. */
export function tidyCsvHeader(): string {
  return csvLines([TIDY_COLUMNS]);
}

/** The tidy CSV's lines of one study (so a long batch can be written study by study). */
export function tidyCsvRows(study: StudyFacts, rows: readonly StudyItem[]): string {
  return csvLines(
    rows.map((row): CsvValue[] => {
      const units = row.units;
      return [
        row.study, study.file, row.itemId, row.section, row.level, row.weight, row.state,
        row.credit === null ? null : Math.round(row.credit * 10000) / 10000, row.deferred,
        units.reported + units.incomplete + units['not-reported'] + units['left-out'] + units['not-applicable'],
        units.reported, units.incomplete, units['not-reported'], units['left-out'], units['not-applicable'],
        study.designs.join(';'), study.preparations.join(';'), study.year, study.valid, Math.round(study.score * 10) / 10,
      ];
    }),
  );
}

/** The whole tidy CSV of a summary (its kept rows). */
export function tidyCsv(summary: Summary): string {
  const facts = new Map<string, StudyFacts>(summary.studies.map((study) => [study.study, study]));
  const byStudy = new Map<string, StudyItem[]>();
  for (const row of summary.rows) {
    let rows = byStudy.get(row.study);
    if (!rows) byStudy.set(row.study, (rows = []));
    rows.push(row);
  }
  let text = tidyCsvHeader();
  for (const [study, rows] of byStudy) text += tidyCsvRows(facts.get(study)!, rows);
  return text;
}
