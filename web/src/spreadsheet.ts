/**
 * Spreadsheets on the checker page, in a chunk of their own that the page imports only when a user opens
 * a .xlsx, .csv or .tsv file (the page's first load does not carry the workbook reader). A study of the
 * spreadsheet becomes the YAML text in the editor, keys in the schema's order, exactly what
 * `secretome-checklist convert studies.xlsx -o studies/` writes for it; with several studies the user picks
 * one. Nothing is sent anywhere. The DOM is built with textContent and attributes only.
 */
import { documentToYaml } from '../../src/convert/documents.js';
import { formatInputError } from '../../src/io/errors.js';
import { parseSpreadsheet, spreadsheetFormat, type SpreadsheetStudy } from '../../src/io/spreadsheet.js';

/** What the page hands over: where to put the picker, how to open a text, how to say something. */
export interface SpreadsheetPage {
  /** The status line under the editor (the picker goes there). */
  status: HTMLElement;
  open(text: string, name: string, message: string): void;
  say(message: string): void;
}

/** Whether a file is a spreadsheet the page opens through this module. */
export function isSpreadsheetFile(name: string): boolean {
  return spreadsheetFormat(name) !== undefined;
}

function openStudy(page: SpreadsheetPage, file: string, study: SpreadsheetStudy, count: number): void {
  const of = count === 1 ? file : `${file} (${count} studies)`;
  page.open(documentToYaml(study.document), `${study.studyId}.yaml`, `Opened study ${study.studyId} of ${of}, row ${study.line}, as YAML (read in this page, not uploaded).`);
}

/** A select of the studies and a button that opens the chosen one, in the status line. */
function showPicker(page: SpreadsheetPage, file: string, studies: SpreadsheetStudy[], problems: number): void {
  const select = document.createElement('select');
  select.id = 'spreadsheet-study';
  for (const [index, study] of studies.entries()) {
    const title = typeof (study.document['study'] as Record<string, unknown> | undefined)?.['title'] === 'string' ? ` — ${String((study.document['study'] as Record<string, unknown>)['title']).slice(0, 80)}` : '';
    select.append(new Option(`${study.studyId}${title}`, String(index)));
  }
  const label = document.createElement('label');
  label.htmlFor = select.id;
  label.textContent = `${file} holds ${studies.length} studies${problems > 0 ? ` (and ${problems} rows that could not be read)` : ''}: `;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Open study';
  button.addEventListener('click', () => openStudy(page, file, studies[Number(select.value)]!, studies.length));
  page.status.replaceChildren(label, select, ' ', button);
  select.focus();
}

/** Opens a spreadsheet: its one study at once, a picker for several, or the first problem in one line. */
export async function openSpreadsheet(file: File, page: SpreadsheetPage): Promise<void> {
  const format = spreadsheetFormat(file.name);
  if (format === undefined) return;
  const entries = parseSpreadsheet({ bytes: new Uint8Array(await file.arrayBuffer()), file: file.name, format });
  const studies = entries.filter((entry): entry is SpreadsheetStudy => entry.ok);
  const problems = entries.flatMap((entry) => (entry.ok ? [] : [entry.error]));
  if (studies.length === 0) {
    page.say(problems.length > 0 ? `${formatInputError(problems[0]!)}${problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : ''}` : `${file.name} holds no study.`);
    return;
  }
  if (studies.length === 1 && problems.length === 0) openStudy(page, file.name, studies[0]!, 1);
  else showPicker(page, file.name, studies, problems.length);
}
