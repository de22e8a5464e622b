/**
 * Measures the review corpus (examples/review-2025/) against the review's own tables (tables.tsv):
 *   fact coverage  every cell that states something has a structured value whose `where` names the cell,
 *                  on the arm the cell speaks to;
 *   N/A placement  every cell that says N/A has a `notReported` whose `where` names the cell ("…: N/A"),
 *                  on the arm and the field the cell speaks to;
 * and scores every study report. test/corpus/review-2025.test.ts holds both shares at 100 %.
 *
 *   npx tsx scripts/corpus-metrics.ts          the two shares, the counts and the score of every study
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReportText } from '../src/io/parse.js';
import type { Report } from '../src/report/types.js';
import { validate } from '../src/validator.js';

export const CORPUS_DIR = join(fileURLToPath(new URL('..', import.meta.url)), 'examples', 'review-2025');

/** One cell of Tables 2–5, as tables.tsv gives it. */
export interface TableCell {
  table: number;
  row: number;
  /** As printed ("107", "118, 119"), or the NCT number in Table 5. */
  ref: string;
  /** The study's arms the cell speaks to (1-based); empty when it speaks to the whole row. */
  arms: number[];
  column: string;
  text: string;
}

/** A `where` found in a study report, with the JSON pointer of the object that carries it. */
export interface Located {
  pointer: string;
  /** The cells and prose places it names, split at "; ". */
  places: string[];
  state: 'value' | 'not-reported' | 'not-applicable';
}

export interface Study {
  file: string;
  document: Record<string, unknown>;
  located: Located[];
}

export interface CellCheck {
  cell: TableCell;
  /** One entry per arm the cell speaks to (or one for the whole row); the files and pointers that hold it. */
  units: { arm: number | null; heldBy: string[] }[];
}

/** A cell's column with "N/A" in its text: the value not stated. The text is N/A alone, or N/A beside facts. */
export function saysNotAvailable(cell: TableCell): boolean {
  return cell.text.includes('N/A');
}

/** A cell that states something besides N/A (most cells; "Intravenous, N/A" both states and says N/A). */
export function statesFact(cell: TableCell): boolean {
  return cell.text.trim() !== 'N/A';
}

export function parseTables(text: string): TableCell[] {
  const [header, ...lines] = text.split('\n').filter((line) => line.length > 0);
  if (header !== 'table\trow\tref\tarm\tcolumn\ttext') throw new Error(`tables.tsv: unexpected header "${header}"`);
  return lines.map((line, index) => {
    const fields = line.split('\t');
    if (fields.length !== 6) throw new Error(`tables.tsv line ${index + 2}: ${fields.length} fields, expected 6`);
    const [table, row, ref, arm, column, cellText] = fields as [string, string, string, string, string, string];
    return { table: Number(table), row: Number(row), ref, arms: parseArms(arm), column, text: cellText };
  });
}

function parseArms(arm: string): number[] {
  if (arm === '') return [];
  const range = /^(\d+)-(\d+)$/.exec(arm);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    return Array.from({ length: to - from + 1 }, (_, k) => from + k);
  }
  return arm.split(',').map(Number);
}

/** How a `where` names a cell: "Table 2, ref. 107, row 6, arms 1-3: Dose"; Table 5 rows by NCT number. */
export function cellReference(cell: TableCell): string {
  const ref = cell.ref.startsWith('NCT') ? cell.ref : cell.ref.includes(',') ? `refs. ${cell.ref}` : `ref. ${cell.ref}`;
  const arms = cell.arms.length === 0 ? '' : cell.arms.length === 1 ? `, arm ${cell.arms[0]}` : `, arms ${cell.arms[0]}-${cell.arms.at(-1)}`;
  return `Table ${cell.table}, ${ref}, row ${cell.row}${arms}: ${cell.column}`;
}

/** Every object of a document that carries a `where`. */
export function locate(document: unknown): Located[] {
  const found: Located[] = [];
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((entry, index) => walk(entry, `${pointer}/${index}`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.where === 'string') {
      const state = record.notReported === true ? 'not-reported' : 'notApplicable' in record ? 'not-applicable' : 'value';
      found.push({ pointer, places: record.where.split('; ').map((place) => place.trim()), state });
    }
    for (const [key, value] of Object.entries(record)) walk(value, `${pointer}/${key}`);
  };
  walk(document, '');
  return found;
}

/** The pointers that belong to arm k (1-based): the arm itself, its outcomes entry, its preparation's entries. */
export function armPointers(document: Record<string, unknown>, arm: number): string[] {
  const arms = ((document.doseAdministration as Record<string, unknown> | undefined)?.arms ?? []) as Record<string, unknown>[];
  const entry = arms[arm - 1];
  if (!entry) return [];
  const prefixes = [`/doseAdministration/arms/${arm - 1}/`];
  const outcomeArms = ((document.outcomes as Record<string, unknown> | undefined)?.arms ?? []) as Record<string, unknown>[];
  outcomeArms.forEach((outcome, index) => {
    if (outcome.armId === entry.id) prefixes.push(`/outcomes/arms/${index}/`);
  });
  for (const section of ['production', 'storage', 'qualityControl', 'characterization']) {
    const preparations = ((document[section] as Record<string, unknown> | undefined)?.preparations ?? []) as Record<string, unknown>[];
    preparations.forEach((preparation, index) => {
      const id = section === 'production' ? preparation.id : preparation.preparationId;
      if (entry.preparationId !== undefined && id === entry.preparationId) prefixes.push(`/${section}/preparations/${index}/`);
    });
  }
  return prefixes;
}

/**
 * The fields an N/A cell speaks to, by column (and, for the cells that mix a fact and an N/A, by which part
 * is N/A). Each pattern must be matched by a notReported naming the cell.
 */
export function notAvailableFields(cell: TableCell): RegExp[] {
  const text = cell.text.trim();
  switch (cell.column) {
    case 'Biochemical Evaluations: Time and Effect':
      return text === 'N/A' ? [/\/mechanisticReadouts$/] : [/\/mechanisticReadouts\/readouts\/\d+\/timepoints?$/];
    case 'Processing and Storage':
      if (text === 'N/A') return [/\/concentration$/, /\/storage(\/preparations\/\d+)?\/form$/];
      if (text.startsWith('Processing: N/A')) return [/\/concentration$/];
      return [/\/storage(\/preparations\/\d+)?\/form$/];
    case 'Route and Volume':
      return text.startsWith('N/A') ? [/\/route$/] : [/\/volume$/];
    case 'Dose':
      return [/\/dose$/];
    case 'Type':
      return [/\/preparation(\/fractions)?$/];
    case 'Effect on Pain':
      return [/\/tests$/];
    case 'Secretome Source':
      return [/^\/cellSource\/species$/, /^\/cellSource\/tissue$/];
    case 'Secretome Origin':
      return [/\/origin$/];
    case 'Type of Study':
      return [/^\/study\/clinicalStudyType$/];
    default:
      return [/./];
  }
}

function onUnit(study: Study, pointer: string, arm: number | null): boolean {
  if (arm === null) return true;
  return armPointers(study.document, arm).some((prefix) => `${pointer}/`.startsWith(prefix));
}

/** Which studies hold each fact cell as a structured value naming it (per arm it speaks to). */
export function factCoverage(cells: TableCell[], studies: Study[]): CellCheck[] {
  return cells.filter(statesFact).map((cell) => {
    const reference = cellReference(cell);
    const units = (cell.arms.length === 0 ? [null] : cell.arms).map((arm) => ({
      arm,
      heldBy: studies.flatMap((study) =>
        study.located
          .filter((located) => located.state === 'value' && located.places.includes(reference) && onUnit(study, located.pointer, arm))
          .map((located) => `${study.file}#${located.pointer}`),
      ),
    }));
    return { cell, units };
  });
}

/**
 * Where each N/A cell is recorded: a notReported naming "<cell>: N/A" on its arm and on every field the cell
 * speaks to. A value that names "<cell>: N/A" counts as placed only when another table states that value
 * for the same study (the curator's note says so); such cells are listed as overruled.
 */
export function notAvailablePlacement(cells: TableCell[], studies: Study[]): (CellCheck & { overruled: boolean })[] {
  return cells.filter(saysNotAvailable).map((cell) => {
    const reference = `${cellReference(cell)}: N/A`;
    const fields = notAvailableFields(cell);
    let overruled = false;
    const units = (cell.arms.length === 0 ? [null] : cell.arms).map((arm) => {
      const heldBy: string[] = [];
      for (const study of studies) {
        const naming = study.located.filter((located) => located.places.includes(reference) && onUnit(study, located.pointer, arm));
        const reported = naming.filter((located) => located.state === 'not-reported');
        const stated = naming.filter((located) => located.state === 'value');
        if (fields.every((field) => reported.some((located) => field.test(located.pointer)))) {
          heldBy.push(...reported.map((located) => `${study.file}#${located.pointer}`));
        } else if (stated.length > 0 && fields.some((field) => stated.some((located) => field.test(located.pointer)))) {
          overruled = true;
          heldBy.push(...stated.map((located) => `${study.file}#${located.pointer}`));
        }
      }
      return { arm, heldBy };
    });
    return { cell, units, overruled };
  });
}

export function loadStudies(dir = CORPUS_DIR): Study[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const parsed = parseReportText(readFileSync(join(dir, file), 'utf8'), { filename: file });
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
      const document = parsed.document as Record<string, unknown>;
      return { file, document, located: locate(document) };
    });
}

export function loadTables(dir = CORPUS_DIR): TableCell[] {
  return parseTables(readFileSync(join(dir, 'tables.tsv'), 'utf8'));
}

export function scoreStudy(study: Study): Report {
  return validate(study.document, { file: `examples/review-2025/${study.file}`, ledger: true });
}

export interface CorpusMetrics {
  rows: number;
  studies: number;
  arms: number;
  cells: number;
  factCells: number;
  factUnits: { held: number; total: number };
  notAvailableCells: number;
  notAvailableUnits: { held: number; total: number };
  overruled: string[];
  structuredValues: number;
  notReported: number;
  uncovered: string[];
  misplaced: string[];
}

export function measure(cells: TableCell[], studies: Study[]): CorpusMetrics {
  const facts = factCoverage(cells, studies);
  const missing = notAvailablePlacement(cells, studies);
  const count = (checks: CellCheck[]) => {
    const units = checks.flatMap((check) => check.units);
    return { held: units.filter((unit) => unit.heldBy.length > 0).length, total: units.length };
  };
  const gaps = (checks: CellCheck[], suffix = '') =>
    checks.flatMap((check) => check.units.filter((unit) => unit.heldBy.length === 0).map((unit) => `${cellReference(check.cell)}${suffix}${unit.arm === null ? '' : ` (arm ${unit.arm})`}`));
  const located = studies.flatMap((study) => study.located);
  return {
    rows: new Set(cells.map((cell) => `${cell.table}/${cell.row}`)).size,
    studies: studies.length,
    arms: studies.reduce((sum, study) => sum + armPointersCount(study.document), 0),
    cells: cells.length,
    factCells: facts.length,
    factUnits: count(facts),
    notAvailableCells: missing.length,
    notAvailableUnits: count(missing),
    overruled: missing.filter((check) => check.overruled).map((check) => cellReference(check.cell)),
    structuredValues: located.filter((entry) => entry.state === 'value').length,
    notReported: located.filter((entry) => entry.state === 'not-reported').length,
    uncovered: gaps(facts),
    misplaced: gaps(missing, ': N/A'),
  };
}

function armPointersCount(document: Record<string, unknown>): number {
  const arms = (document.doseAdministration as Record<string, unknown> | undefined)?.arms;
  return Array.isArray(arms) && arms.length > 0 ? arms.length : 1;
}

export function percent(part: { held: number; total: number }): string {
  return `${((100 * part.held) / part.total).toFixed(1)} % (${part.held} of ${part.total})`;
}

function main(): void {
  const studies = loadStudies();
  const metrics = measure(loadTables(), studies);
  const lines = [
    `Table rows ${metrics.rows}, studies ${metrics.studies}, arms ${metrics.arms}, cells ${metrics.cells} (${metrics.factCells} stating a fact, ${metrics.notAvailableCells} saying N/A)`,
    `Structured values with a where: ${metrics.structuredValues}; notReported with a where: ${metrics.notReported}`,
    `Fact coverage (cell × arm held in a structured field naming the cell): ${percent(metrics.factUnits)}`,
    `N/A placement (cell × arm recorded as notReported on its arm and field): ${percent(metrics.notAvailableUnits)}`,
    ...metrics.overruled.map((cell) => `  overruled by another table: ${cell}: N/A`),
    ...metrics.uncovered.map((cell) => `  not held: ${cell}`),
    ...metrics.misplaced.map((cell) => `  not placed: ${cell}`),
    '',
    'Study\tscore\tminimal set\tfindings',
    ...studies.map((study) => {
      const report = scoreStudy(study);
      return `${study.file}\t${report.score.overall}\t${report.minimalSetComplete ? 'complete' : 'incomplete'}\t${report.findings.length}`;
    }),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
