/**
 * The workbook reader: values only, bounded, and one clear error naming the file (and the cell) for
 * anything it cannot read. Workbooks come from exceljs (a real producer) or are made part by part.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { deflateSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isDateFormat, readWorkbook, serialToIso } from '../../src/tabular/xlsx/read.js';
import { countStartTags } from '../../src/tabular/xlsx/xml.js';
import { makeWorkbook, row, workbookParts } from '../../scripts/workbook-parts.js';

const file = 'studies.xlsx';
const read = (bytes: Uint8Array, limits = {}) => readWorkbook(bytes, { file, limits });
const sheetData = (rows: string) => [{ name: 'Studies', body: `<sheetData>${rows}</sheetData>` }];

function tablesOf(bytes: Uint8Array, limits = {}) {
  const result = read(bytes, limits);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.tables;
}

function errorOf(bytes: Uint8Array, limits = {}) {
  const result = read(bytes, limits);
  if (result.ok) throw new Error('read, but an error was expected');
  return result.error;
}

describe('values', () => {
  it('a workbook written by exceljs reads back as the values it holds', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Studies');
    sheet.addRow(['studyId', 'storage.temperature.value', 'storage.temperature.unit', 'study.date']);
    sheet.addRow(['ref-107', -80, '°C', new Date(Date.UTC(2024, 2, 1))]);
    sheet.getCell('E2').value = { formula: 'B2*2', result: -160 };
    sheet.getCell('F2').value = { richText: [{ text: 'EV' }, { text: 's', font: { bold: true } }] };
    sheet.getCell('G2').value = true;
    workbook.addWorksheet('Arms').addRow(['studyId', 'armId']);
    const tables = tablesOf(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(tables.sheets.map((each) => each.name)).toEqual(['Studies', 'Arms']);
    expect(tables.sheets[0]!.rows).toEqual([
      ['studyId', 'storage.temperature.value', 'storage.temperature.unit', 'study.date'],
      ['ref-107', -80, '°C', '2024-03-01', -160, 'EVs', true],
    ]);
  });

  it('shared strings, rich text without phonetic guides, booleans, text formulas and empty rows', () => {
    const bytes = makeWorkbook(
      sheetData(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
          '<row r="3"><c r="A3" t="b"><v>0</v></c><c r="B3" t="str"><f>A1&amp;"x"</f><v>EVx</v></c><c r="C3" t="inlineStr"><is><r><t>−80 </t></r><r><t>°C</t></r></is></c></row>',
      ),
      { sharedStrings: '<si><t>EV</t></si><si><r><t xml:space="preserve">ultra</t></r><r><t>centrifugation</t></r><rPh><t>ウルトラ</t></rPh></si>' },
    );
    expect(tablesOf(bytes).sheets[0]!.rows).toEqual([['EV', null, 'ultracentrifugation'], [], [false, 'EVx', '−80 °C']]);
  });

  it('dates: built-in and custom date formats become ISO dates, other numbers stay numbers', () => {
    const styles = '<numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0&quot; d&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs>';
    const bytes = makeWorkbook(sheetData('<row r="1"><c r="A1" s="1"><v>45352</v></c><c r="B1" s="2"><v>45352</v></c><c r="C1" s="3"><v>7</v></c><c r="D1"><v>45352</v></c><c r="E1" s="4"><v>45352.5</v></c></row>'), { styles });
    expect(tablesOf(bytes).sheets[0]!.rows[0]).toEqual(['2024-03-01', '2024-03-01', 7, 45352, '2024-03-01T12:00:00']);
    expect(serialToIso(0, true)).toBe('1904-01-01');
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(isDateFormat('[Red]0.00')).toBe(false);
    expect(isDateFormat('0.00E+00')).toBe(false);
    expect(isDateFormat('[h]:mm')).toBe(true);
  });

  it('percentages read as the number shown: 98.9 % (stored as 0.989) is 98.9; a % in quotes or escaped is not a percentage', () => {
    const styles = '<numFmts><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0&quot;%&quot;"/><numFmt numFmtId="166" formatCode="0\\%"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>';
    const bytes = makeWorkbook(sheetData('<row r="1"><c r="A1" s="1"><v>0.989</v></c><c r="B1" s="2"><v>0.8</v></c><c r="C1" s="3"><v>80</v></c><c r="D1" s="4"><v>80</v></c><c r="E1"><v>0.5</v></c></row>'), { styles });
    expect(tablesOf(bytes).sheets[0]!.rows[0]).toEqual([98.9, 80, 80, 80, 0.5]);
  });

  it('the 1904 date system of old Mac workbooks is honoured', () => {
    const bytes = makeWorkbook(sheetData('<row r="1"><c r="A1" s="1"><v>0</v></c></row>'), { styles: '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>', workbookPr: '<workbookPr date1904="1"/>' });
    expect(tablesOf(bytes).sheets[0]!.rows[0]).toEqual(['1904-01-01']);
  });

  it('a merged range gives its value to every cell it covers (within the rows and columns in use)', () => {
    const bytes = makeWorkbook([{ name: 'Arms', body: `<sheetData>${row(1, ['ref-1', 'low'])}${row(2, [null, 'high'])}${row(3, [null, 'sham'])}</sheetData><mergeCells count="2"><mergeCell ref="A1:A3"/><mergeCell ref="A10:XFD1048576"/></mergeCells>` }]);
    expect(tablesOf(bytes).sheets[0]!.rows).toEqual([['ref-1', 'low'], ['ref-1', 'high'], ['ref-1', 'sham']]);
  });

  it('cells without a reference follow the one before, and prefixed element names are read', () => {
    const bytes = zipSync({ ...workbookParts(sheetData('')), 'xl/worksheets/sheet1.xml': new TextEncoder().encode('<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c t="inlineStr"><x:is><x:t>a &amp; b &#x2103;</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>') });
    expect(tablesOf(bytes).sheets[0]!.rows).toEqual([[1, 2], ['a & b ℃']]);
  });
});

describe('formulas and links are never evaluated or followed', () => {
  it('a formula with no saved value is an error naming the cell', () => {
    const error = errorOf(makeWorkbook(sheetData('<row r="4"><c r="A4"><v>1</v></c><c r="C4"><f>SUM(A4:B4)</f></c></row>')));
    expect(error).toMatchObject({ code: 'formula-without-value', file, sheet: 'Studies', cell: 'C4', line: 4, column: 3 });
    expect(error.message).toContain('=SUM(A4:B4)');
    expect(error.hint).toContain('Paste Special');
  });

  it('a formula whose saved value is empty text gives an empty cell, not an error', () => {
    const bytes = makeWorkbook(sheetData('<row r="4"><c r="A4" t="str"><f>IF(B4="","",B4)</f><v></v></c><c r="B4"><v>2</v></c></row>'));
    expect(tablesOf(bytes).sheets[0]!.rows).toEqual([[], [], [], [null, 2]]);
  });

  it('a formula that reads another workbook is refused, even with a saved value, also through a shared formula', () => {
    const external = makeWorkbook(sheetData('<row r="5"><c r="B5"><f>[1]Sheet1!A1*2</f><v>4</v></c></row>'), { parts: { 'xl/externalLinks/externalLink1.xml': '<externalLink/>' } });
    expect(errorOf(external)).toMatchObject({ code: 'external-link', cell: 'B5' });
    const shared = makeWorkbook(sheetData('<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">[2]Data!B1</f><v>1</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>2</v></c></row>'));
    expect(errorOf(shared)).toMatchObject({ code: 'external-link', cell: 'A2' });
  });

  it('on a sheet that holds no study data (notes, lists), such cells are left empty instead', () => {
    const notes = { name: 'My notes', body: '<sheetData><row r="1"><c r="A1" t="e"><v>#N/A</v></c><c r="B1"><f>SUM(C:C)</f></c><c r="C1"><f>[1]x!A1</f><v>3</v></c><c r="D1"><v>7</v></c></row></sheetData>' };
    const bytes = makeWorkbook([...sheetData(row(1, ['studyId']) + row(2, ['ref-1'])), notes]);
    expect(tablesOf(bytes).sheets[1]).toEqual({ name: 'My notes', rows: [[null, null, null, 7]] });
    // A sheet with a studyId header holds data, whatever its name.
    const data = { name: 'Tabelle1', body: `<sheetData>${row(1, ['Study id'])}<row r="2"><c r="A2" t="e"><v>#REF!</v></c></row></sheetData>` };
    expect(errorOf(makeWorkbook([data]))).toMatchObject({ code: 'cell-error', sheet: 'Tabelle1', cell: 'A2' });
  });

  it('a cell showing a spreadsheet error is an error naming the cell', () => {
    expect(errorOf(makeWorkbook(sheetData('<row r="7"><c r="F7" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>')))).toMatchObject({ code: 'cell-error', cell: 'F7', message: expect.stringContaining('#DIV/0!') });
  });

  it('a relationship to an outside address is never followed', () => {
    const parts = workbookParts(sheetData(row(1, ['x'])));
    const rels = new TextDecoder().decode(parts['xl/_rels/workbook.xml.rels'] as Uint8Array).replace('</Relationships>', '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="https://example.org/sheet.xml" TargetMode="External"/></Relationships>');
    const workbook = new TextDecoder().decode(parts['xl/workbook.xml'] as Uint8Array).replace('</sheets>', '<sheet name="Remote" sheetId="9" r:id="rIdX"/></sheets>');
    const bytes = zipSync({ ...parts, 'xl/_rels/workbook.xml.rels': new TextEncoder().encode(rels), 'xl/workbook.xml': new TextEncoder().encode(workbook) });
    expect(tablesOf(bytes).sheets.map((sheet) => sheet.name)).toEqual(['Studies']);
  });
});

describe('files that are not workbooks', () => {
  it('a text file named .xlsx', () => {
    expect(errorOf(new TextEncoder().encode('studyId,title\nref-1,x\n'))).toMatchObject({ code: 'not-a-workbook', message: expect.stringContaining('the file is text') });
  });

  it('an encrypted workbook or an old .xls (an OLE compound file)', () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(errorOf(ole)).toMatchObject({ code: 'not-a-workbook', message: expect.stringContaining('encrypted (password-protected) workbook or an old Excel 97–2003 .xls') });
  });

  it('a truncated workbook', () => {
    const bytes = makeWorkbook(sheetData(row(1, ['x'])));
    expect(errorOf(bytes.subarray(0, bytes.length - 30))).toMatchObject({ code: 'damaged-workbook', message: expect.stringContaining('truncated') });
    expect(errorOf(bytes.subarray(0, 200))).toMatchObject({ code: 'damaged-workbook' });
  });

  it('an OpenDocument spreadsheet, a ZIP without a workbook, an .xlsb, and an empty file', () => {
    expect(errorOf(zipSync({ mimetype: new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet') }))).toMatchObject({ code: 'not-a-workbook', message: expect.stringContaining('OpenDocument') });
    expect(errorOf(zipSync({ '[Content_Types].xml': new Uint8Array(1) }))).toMatchObject({ code: 'not-a-workbook' });
    expect(errorOf(new Uint8Array(0))).toMatchObject({ code: 'empty' });
    expect(errorOf(zipSync({ '[Content_Types].xml': new Uint8Array(1), 'xl/workbook.bin': new Uint8Array(4) }))).toMatchObject({ code: 'not-a-workbook', message: expect.stringContaining('binary workbook (.xlsb)') });
  });

  it('damaged XML inside the archive', () => {
    expect(errorOf(makeWorkbook(sheetData('<row r="1"><c r="A1"><v>1</v></row>')))).toMatchObject({ code: 'damaged-workbook', message: expect.stringContaining('xl/worksheets/sheet1.xml is not well-formed XML') });
    expect(errorOf(makeWorkbook(sheetData('<row r="1"><c r="A1" t="inlineStr"><is><t>&bomb;</t></is></c></row>')))).toMatchObject({ code: 'damaged-workbook', message: expect.stringContaining('unknown entity') });
  });
});

describe('limits', () => {
  it('a zip bomb stops at the unzipped-size budget before any XML is read', () => {
    const huge = `<sheetData>${' '.repeat(8 * 1024 * 1024)}</sheetData>`;
    const bytes = makeWorkbook([{ name: 'Studies', body: huge }]);
    expect(bytes.length).toBeLessThan(100_000);
    expect(errorOf(bytes, { maxUnzippedBytes: 1024 * 1024 })).toMatchObject({ code: 'too-large', message: expect.stringContaining('unpacks to more than 1048576 bytes'), hint: expect.stringContaining('--max-unzipped-size') });
  });

  it('an entry that inflates past the size its directory declares is refused at that size', () => {
    const payload = new TextEncoder().encode(`<?xml version="1.0"?><worksheet><sheetData>${' '.repeat(1_000_000)}</sheetData></worksheet>`);
    const bytes = makeWorkbook(sheetData(row(1, ['x'])));
    // Put a large deflate stream where the sheet is, keeping the directory's small declared size.
    const lying = zipSync({ ...workbookParts(sheetData(row(1, ['x']))), 'xl/worksheets/sheet1.xml': [payload, { level: 9 }] });
    const view = new DataView(lying.buffer);
    const directory = view.getUint32(lying.length - 6, true);
    for (let at = directory; at < lying.length - 22; ) {
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(lying.subarray(at + 46, at + 46 + nameLength));
      if (name === 'xl/worksheets/sheet1.xml') view.setUint32(at + 24, 1000, true);
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    expect(bytes.length).toBeGreaterThan(0);
    expect(errorOf(lying)).toMatchObject({ code: 'damaged-workbook', message: expect.stringContaining('more than the 1000 bytes its directory declares') });
  });

  it('sheets, rows, row numbers, columns and cells are bounded, and the error names the place', () => {
    const many = Array.from({ length: 5 }, (_, index) => ({ name: `S${index}`, body: '<sheetData/>' }));
    expect(errorOf(makeWorkbook(many), { maxSheets: 4 })).toMatchObject({ code: 'too-many-items', message: 'the workbook has more than 4 sheets.', hint: expect.stringContaining('--max-sheets') });
    const emptyRows = Array.from({ length: 101 }, (_, index) => `<row r="${index + 1}"/>`).join('');
    expect(errorOf(makeWorkbook(sheetData(emptyRows)), { maxRows: 100 })).toMatchObject({ code: 'too-many-items', sheet: 'Studies', message: expect.stringContaining('more than 100 rows') });
    expect(errorOf(makeWorkbook(sheetData('<row r="1048576"><c r="A1048576"><v>1</v></c></row>')))).toMatchObject({ code: 'too-many-items', cell: 'A1048576', hint: expect.stringContaining('--max-rows') });
    expect(errorOf(makeWorkbook(sheetData('<row r="2"><c r="XFD2"><v>1</v></c></row>')))).toMatchObject({ code: 'too-many-items', cell: 'XFD2', hint: expect.stringContaining('--max-columns') });
    expect(errorOf(makeWorkbook(sheetData(row(1, [1, 2, 3]) + row(2, [1, 2, 3]))), { maxCells: 5 })).toMatchObject({ code: 'too-many-values', cell: 'C2', hint: expect.stringContaining('--max-cells') });
  });

  it('elements are counted by a first look at their start tags, with any prefix, never fewer than there are', () => {
    expect(countStartTags('<x:row r="1"/><row><rows/><row\n><rowBreaks/><!-- <row> -->', 'row', 10)).toBe(4);
    expect(countStartTags('<si>'.repeat(100), 'si', 5)).toBe(6);
  });

  it('a huge shared-string table and a huge text are refused', () => {
    const strings = '<si><t>x</t></si>'.repeat(1001);
    expect(errorOf(makeWorkbook(sheetData(''), { sharedStrings: strings }), { maxCells: 1000 })).toMatchObject({ code: 'too-many-values', message: expect.stringContaining('shared-string table holds more than 1000 texts') });
    expect(errorOf(makeWorkbook(sheetData(''), { sharedStrings: `<si><t>${'x'.repeat(101)}</t></si>` }), { maxStringLength: 100 })).toMatchObject({ code: 'too-long' });
    expect(errorOf(makeWorkbook(sheetData(`<row r="2"><c r="B2" t="inlineStr"><is><t>${'x'.repeat(101)}</t></is></c></row>`)), { maxStringLength: 100 })).toMatchObject({ code: 'too-long', cell: 'B2' });
  });

  it('deeply nested XML and document type declarations are refused before they cost anything', () => {
    const deep = `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`;
    expect(errorOf(makeWorkbook(sheetData(deep)))).toMatchObject({ code: 'too-deep', message: expect.stringContaining('nested more than 64 deep') });
    const doctype = zipSync({ ...workbookParts(sheetData('')), 'xl/worksheets/sheet1.xml': new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><worksheet><sheetData/></worksheet>') });
    expect(errorOf(doctype)).toMatchObject({ code: 'damaged-workbook', message: expect.stringContaining('<!DOCTYPE>') });
  });

  it('the file size limit applies before anything is unpacked', () => {
    const bytes = makeWorkbook(sheetData(row(1, ['x'])));
    expect(errorOf(bytes, { maxBytes: 100 })).toMatchObject({ code: 'too-large' });
  });

  it('an encrypted entry is refused', () => {
    const bytes = makeWorkbook(sheetData(row(1, ['x'])));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const directory = view.getUint32(bytes.length - 6, true);
    view.setUint16(directory + 8, view.getUint16(directory + 8, true) | 1, true);
    expect(errorOf(bytes)).toMatchObject({ code: 'not-a-workbook', message: 'the workbook is encrypted.' });
  });
});

describe('runs in the browser', () => {
  it('the readers use no Node-only API (no node: modules, no Buffer, no fs)', () => {
    const root = join(import.meta.dirname, '../../src/tabular');
    const files = ['zip-budget.ts', 'a1.ts', 'delimited.ts', 'types.ts', ...readdirSync(join(root, 'xlsx')).filter((name) => name !== 'write.ts').map((name) => `xlsx/${name}`)];
    for (const name of files) {
      const source = readFileSync(join(root, name), 'utf8');
      expect(source, name).not.toMatch(/from 'node:|require\(|\bBuffer\b|from 'fs'/);
      const bare = [...source.matchAll(/from '([^.][^']*)'/g)].map((match) => match[1]);
      for (const specifier of bare) expect(['fflate', 'csv-parse/browser/esm/sync', 'csv-stringify/browser/esm/sync'], `${name} imports ${specifier}`).toContain(specifier);
    }
    expect(deflateSync(new Uint8Array(1)).length).toBeGreaterThan(0);
  });
});
