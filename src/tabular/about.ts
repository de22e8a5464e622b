/**
 * The explanation that opens a workbook (its About sheet) and a set of CSV/TSV files (README.txt): what
 * each sheet holds, how to fill in a row, and the words for "not reported" and "not applicable". One text
 * for both, generated from the layout so the sheet names, column counts and version cannot drift.
 */
import type { WorkbookLayout } from './types.js';

export interface AboutLine {
  /** Headings are bold in the workbook and underlined in README.txt. */
  kind: 'title' | 'heading' | 'text';
  text: string;
}

export type AboutFormat = 'xlsx' | 'csv' | 'tsv';

/** The About text, line by line, for a workbook or a set of delimited files. */
export function aboutLines(layout: WorkbookLayout, format: AboutFormat): AboutLine[] {
  const [studies, preparations, arms] = layout.sheets;
  const workbook = format === 'xlsx';
  const sheet = (name: string): string => (workbook ? `the ${name} sheet` : `${name.toLowerCase()}.${format}`);
  const lines: AboutLine[] = [];
  const title = (text: string): void => void lines.push({ kind: 'title', text });
  const heading = (text: string): void => void lines.push({ kind: 'heading', text });
  const text = (...texts: string[]): void => void lines.push(...texts.map((each) => ({ kind: 'text' as const, text: each })));

  title(`MSC secretome study report: minimal parameter set, checklist ${layout.version}`);
  text(
    `Checklist version: ${layout.version}. Fill in one row per study; check it with: secretome-checklist check ${workbook ? 'studies.xlsx' : `studies.${format}`}`,
    'The checklist follows Amodeo et al. (2025): what a report of a mesenchymal stromal cell secretome therapy should state so the study can be repeated and compared.',
  );
  heading(workbook ? 'Sheets' : 'Files');
  text(
    `${sheet(studies!.name)}: one row per study (${studies!.columns.length} columns). Every value that holds for the whole study goes here.`,
    `${sheet(preparations!.name)}: one row per preparation a study compares (e.g. whole secretome, EVs, EV-depleted fraction), keyed by studyId + preparationId. Values here override the study-level ones for that preparation.`,
    `${sheet(arms!.name)}: one row per treatment arm (dose, route, volume, timing), keyed by studyId + armId. Values here override the study-level ones for that arm.`,
    ...(workbook ? ['The Lists sheet holds the choices of the drop-down lists; it is hidden and need not be edited.'] : []),
  );
  heading('The three header rows');
  text(
    'Row 1: the section (cell source, production, storage, …). Row 2: the readable title. Row 3: the key the checker reads (e.g. storage.temperature.value). Data start in row 4.',
    `Do not change row 3; rows 1 and 2 are for people. Columns may be ${workbook ? 'hidden or left empty' : 'left empty'} but not renamed. Empty rows and extra rows of section labels are skipped.`,
  );
  heading('How to fill in a cell');
  text(
    `Numbers as numbers: 2000000, 2e6 and 2×10^6 are all read as 2000000. A value with a unit has a value column and a unit column${workbook ? ' (choose the unit from the list)' : ''}; "−80 °C" typed in the value column alone is read too.`,
    'Several values in one cell: separate them with ";" (e.g. "ultrafiltration; ultracentrifugation"), not with commas.',
    'Not reported: write "not reported" (or NR, n.r.) when the paper does not say it. It counts as missing, and the report says it was looked for.',
    'Not applicable: write "not applicable: <reason>" (or "N/A: <reason>"), e.g. "not applicable: the secretome was used fresh". The reason is required; the item then counts as satisfied.',
    'Leave a cell empty when nobody has looked yet. Columns "… where" take the place in the manuscript (e.g. "Methods 2.3, p. 4"); columns "… note" take a remark.',
    `A few columns hold what a single value cannot (a list of markers with percentages, for example) as YAML flow text: [{ marker: CD73, percent: 98.9 }, { marker: CD90, percent: 97.5 }].${workbook ? ' The note on each such title shows the shape that column takes.' : ''}`,
    `Choices come from fixed vocabularies; "other" then needs a description in the column beside it.${workbook ? ' The drop-down lists offer every choice and unit; a cell may still hold "not reported" or "not applicable: reason".' : ' They are listed at the end of this file, with the shape of each YAML column; the workbook template (secretome-checklist init --format xlsx) offers them as drop-down lists.'}`,
  );
  heading('Essential and recommended items');
  text(
    workbook
      ? 'Titles in bold on an orange background are essential items of the minimal set; the others are recommended. The note on each title (hover over it) says what the item is and how to report it.'
      : '`secretome-checklist explain --list` shows every item with its level (essential items make up the minimal set; the others are recommended), and `secretome-checklist explain <item>` what it asks for. A column key starts with the path of its item: storage.temperature.value belongs to storage.temperature.',
    ...(workbook ? ['Seldom used columns (notes, the schema link, other fields) are grouped and collapsed: click the + above the column letters to show them.'] : []),
  );
  // Files without drop-downs or notes: what the workbook's lists and notes would say, once per key.
  if (!workbook) {
    heading('Columns with fixed choices, units or a YAML shape');
    text(...columnReference(layout, format));
  }
  return lines;
}

/** One line per column key with choices, units or a YAML shape: `storage.form.value: fresh, frozen, … (studies.csv, preparations.csv)`. */
function columnReference(layout: WorkbookLayout, format: AboutFormat): string[] {
  const entries = new Map<string, { what: string; files: string[] }>();
  for (const sheet of layout.sheets) {
    const file = `${sheet.name.toLowerCase()}.${format}`;
    for (const column of sheet.columns) {
      const what =
        column.kind === 'yaml' && column.shape
          ? `YAML flow text shaped like ${column.shape}`
          : column.kind === 'boolean'
            ? 'yes or no (true or false)'
            : column.vocabulary && column.kind !== 'id'
              ? `${column.kind === 'list' ? 'one or more of' : 'one of'} ${column.vocabulary.join(', ')}`
              : undefined;
      if (what === undefined) continue;
      const entry = entries.get(column.key);
      if (entry) entry.files.push(file);
      else entries.set(column.key, { what, files: [file] });
    }
  }
  return [...entries].map(([key, { what, files }]) => `${key}: ${what} (${files.join(', ')})`);
}

/** The About text as plain text (README.txt), with CRLF line ends like the CSV files beside it. */
export function aboutText(layout: WorkbookLayout, format: AboutFormat): string {
  const out: string[] = [];
  for (const line of aboutLines(layout, format)) {
    if (line.kind === 'text') out.push(line.text);
    else out.push(...(out.length > 0 ? [''] : []), line.text, (line.kind === 'title' ? '=' : '-').repeat(line.text.length));
  }
  return `${out.join('\r\n')}\r\n`;
}
