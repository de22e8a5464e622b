/**
 * The spreadsheet cases of the bad-input corpus (scripts/make-bad-corpus.ts adds them): workbooks and
 * CSV/TSV files that are hostile (zip bombs, entity and nesting attacks, a million rows), broken
 * (truncated, encrypted, mislabelled) or hold what is never evaluated (formulas without a value, links to
 * other workbooks). Each must end as one error line naming the file, and the cell where there is one.
 * Small cases are committed under test/fixtures/bad/spreadsheets/; the big ones are made at test time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Expected } from './make-bad-corpus.js';
import { makeWorkbook, row, workbookParts } from './workbook-parts.js';

type Add = (file: string, description: string, content: string | Uint8Array, expect: Expected, args?: string[]) => void;
type Large = (file: string, description: string, make: (path: string) => void, expect: Expected, args?: string[]) => void;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** A ZIP archive with a fixed date, so the committed corpus does not drift. */
const zip = (files: Zippable): Uint8Array => zipSync(files, { mtime: new Date(Date.UTC(2026, 0, 1)) });

/** An error at a place in a workbook: ` › Studies!C4` (a cell) or ` › Studies` (a sheet). */
const at = (code: string, message: string, place: string): Expected => ({ exit: 2, code, message, place });
/** An error about the whole file: no line, column or cell. */
const whole = (code: string, message: string): Expected => ({ exit: 2, code, message, unplaced: true });
/** An error at a line and column of a CSV file. */
const line = (code: string, message: string, lineNumber?: number, column?: number): Expected => ({ exit: 2, code, message, ...(lineNumber !== undefined ? { line: lineNumber } : {}), ...(column !== undefined ? { column } : {}) });

const HEADER = row(1, ['Study']) + row(2, ['Study id']) + row(3, ['studyId']);
const studies = (rows: string): Array<{ name: string; body: string }> => [{ name: 'Studies', body: `<sheetData>${HEADER}${rows}</sheetData>` }];

function write(path: string, content: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** A workbook whose one sheet entry inflates past the size its ZIP directory declares. */
function lyingSize(): Uint8Array {
  const payload = utf8(`<?xml version="1.0"?><worksheet><sheetData>${' '.repeat(200_000)}</sheetData></worksheet>`);
  const bytes = zip({ ...workbookParts(studies('')), 'xl/worksheets/sheet1.xml': payload });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = view.getUint32(bytes.length - 6, true); offset < bytes.length - 22; ) {
    const nameLength = view.getUint16(offset + 28, true);
    if (new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)) === 'xl/worksheets/sheet1.xml') view.setUint32(offset + 24, 1000, true);
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return bytes;
}

export function addSpreadsheetCases(add: Add): void {
  const ole = new Uint8Array(2048);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const valid = makeWorkbook(studies(row(4, ['ref-1'])));

  // Files that are not workbooks
  add('spreadsheets/text-file.xlsx', 'a CSV text named .xlsx', 'studyId,study.title\nref-1,Secretome\n', whole('not-a-workbook', 'the file is text, not an .xlsx workbook'));
  add('spreadsheets/encrypted.xlsx', 'a password-protected workbook (an OLE compound file, as Excel saves one)', ole, whole('not-a-workbook', 'encrypted (password-protected) workbook or an old Excel 97–2003 .xls file'));
  add('spreadsheets/truncated.xlsx', 'a workbook cut off halfway', valid.subarray(0, Math.floor(valid.length / 2)), whole('damaged-workbook', 'truncated'));
  add('spreadsheets/ods.xlsx', 'an OpenDocument spreadsheet named .xlsx', zip({ mimetype: utf8('application/vnd.oasis.opendocument.spreadsheet') }), whole('not-a-workbook', 'OpenDocument spreadsheet'));
  add('spreadsheets/zip-without-workbook.xlsx', 'a ZIP archive with no workbook in it', zip({ 'readme.txt': utf8('hello') }), whole('not-a-workbook', 'holds no workbook'));
  add('spreadsheets/lying-size.xlsx', 'a part that inflates past the size the ZIP directory declares', lyingSize(), whole('damaged-workbook', 'more than the 1000 bytes its directory declares'));

  // What is never evaluated or followed
  add('spreadsheets/formula-only.xlsx', 'a formula with no saved value', makeWorkbook(studies('<row r="4"><c r="A4" t="inlineStr"><is><t>ref-1</t></is></c><c r="C4"><f>SUM(A1:B2)</f></c></row>')), at('formula-without-value', 'holds a formula (=SUM(A1:B2)) with no saved value', 'Studies!C4'));
  add('spreadsheets/external-link.xlsx', 'a formula that reads another workbook (with a saved value)', makeWorkbook(studies('<row r="5"><c r="B5"><f>[1]Sheet1!$A$1</f><v>42</v></c></row>'), { parts: { 'xl/externalLinks/externalLink1.xml': '<externalLink/>' } }), at('external-link', 'takes its value from another workbook', 'Studies!B5'));
  add('spreadsheets/cell-error.xlsx', 'a cell showing #DIV/0!', makeWorkbook(studies('<row r="7"><c r="F7" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>')), at('cell-error', 'the spreadsheet error #DIV/0!', 'Studies!F7'));

  // Attacks on the XML reader and limits
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
  add('spreadsheets/entity-expansion.xlsx', 'entity definitions (billion laughs) in a sheet', zip({ ...workbookParts(studies('')), 'xl/worksheets/sheet1.xml': utf8(laughs) }), whole('damaged-workbook', 'document type declaration'));
  add('spreadsheets/deep-xml.xlsx', '100 000 nested elements in a sheet', makeWorkbook(studies(`${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}`)), whole('too-deep', 'nested more than 64 deep'));
  add('spreadsheets/sheets-65.xlsx', '65 sheets', makeWorkbook(Array.from({ length: 65 }, (_, index) => ({ name: `S${index + 1}`, body: '<sheetData/>' }))), whole('too-many-items', 'more than 64 sheets'));
  add('spreadsheets/last-row.xlsx', 'a value in row 1 048 576', makeWorkbook(studies('<row r="1048576"><c r="A1048576"><v>1</v></c></row>')), at('too-many-items', 'beyond the limit of 20000 rows', 'Studies!A1048576'));
  add('spreadsheets/last-column.xlsx', 'a value in column XFD', makeWorkbook(studies('<row r="4"><c r="XFD4"><v>1</v></c></row>')), at('too-many-items', 'beyond the limit of 2000 columns', 'Studies!XFD4'));
  add('spreadsheets/missing-shared-string.xlsx', 'a cell referring to shared text that does not exist', makeWorkbook(studies('<row r="4"><c r="A4" t="s"><v>7</v></c></row>'), { sharedStrings: '<si><t>only one</t></si>' }), at('damaged-workbook', 'shared text 7, which does not exist', 'Studies!A4'));
  add('spreadsheets/rows-flag.xlsx', '--max-rows 5 refuses a sheet of 6 rows', makeWorkbook(studies(row(4, ['a']) + row(5, ['b']) + row(6, ['c']))), at('too-many-items', 'the sheet "Studies" has more than 5 rows', 'Studies'), ['--max-rows', '5']);

  // CSV and TSV
  add('spreadsheets/nul-bytes.csv', 'NUL bytes in a CSV file', utf8('studyId,study.title\nref-1,Secre\u0000tome\n'), whole('binary', 'NUL bytes'));
  const utf16 = new Uint8Array([0xff, 0xfe, ...[...'studyId\r\nref-1\r\n'].flatMap((char) => [char.charCodeAt(0), 0])]);
  add('spreadsheets/utf16.csv', 'a UTF-16 CSV file (Excel\'s "Unicode text")', utf16, whole('binary', 'UTF-16'));
  add('spreadsheets/windows-1252.csv', 'a CSV file in Windows-1252 (Excel\'s plain "CSV")', new Uint8Array([...utf8('studyId,storage.temperature.unit\nref-1,'), 0xb0, 0x43, 0x0a]), whole('binary', 'not valid UTF-8'));
  add('spreadsheets/workbook.csv', 'a workbook named .csv', valid, whole('binary', 'ZIP archive'));
  add('spreadsheets/unclosed-quote.csv', 'a quoted field that never closes', 'studyId,study.title\nref-1,"Secretome of\nMSC cultures\n', line('csv-syntax', 'never closed', 2, 7));
  add('spreadsheets/unclosed-quote.tsv', 'a quoted field that never closes, in TSV', 'studyId\tstudy.title\nref-1\t"open\n', line('csv-syntax', 'never closed', 2, 7));
  add('spreadsheets/columns-flag.csv', '--max-columns 2 refuses a row of 3 values', 'a,b,c\n', line('too-many-items', 'row 1 has more than 2 columns', 1, 3), ['--max-columns', '2']);
}

export function addLargeSpreadsheetCases(large: Large): void {
  const MB = 1024 * 1024;
  large('large/spreadsheets/zip-bomb.xlsx', 'a workbook of about 70 KB that unpacks to 70 MB', (path) => {
    write(path, makeWorkbook([{ name: 'Studies', body: `<sheetData>${' '.repeat(70 * MB)}</sheetData>` }]));
  }, whole('too-large', 'unpacks to more than 67108864 bytes'));
  large('large/spreadsheets/shared-strings-2m.xlsx', 'two million shared texts', (path) => {
    write(path, makeWorkbook([{ name: 'Studies', body: '<sheetData/>' }], { sharedStrings: '<si><t>x</t></si>'.repeat(2_000_001) }));
  }, whole('too-many-values', 'shared-string table holds more than 2000000 texts'));
  large('large/spreadsheets/empty-rows-1m.xlsx', 'a million empty rows in a sheet', (path) => {
    write(path, makeWorkbook([{ name: 'Studies', body: `<sheetData>${Array.from({ length: 1_000_000 }, (_, index) => `<row r="${index + 1}"/>`).join('')}</sheetData>` }]));
  }, at('too-many-items', 'more than 20000 rows', 'Studies'));
  large('large/spreadsheets/empty-rows-1m.csv', 'a header and a million empty lines', (path) => write(path, `studyId,study.title\n${'\n'.repeat(1_000_000)}`), line('too-many-items', 'more than 20000 rows', 20_001, 1));
  large('large/spreadsheets/commas-1m.csv', 'a row of a million empty cells', (path) => write(path, `studyId${','.repeat(1_000_000)}x\n`), line('too-many-items', 'row 1 has more than 2000 columns', 1, 2001));
}
