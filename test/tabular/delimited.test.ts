/** CSV and TSV files: decoded strictly, the delimiter found, bounded, and written so they read back the same. */
import { describe, expect, it } from 'vitest';
import { detectDelimiter, readDelimited, writeDelimited } from '../../src/tabular/delimited.js';
import type { SheetData } from '../../src/tabular/types.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const file = 'studies.csv';

function rowsOf(input: Uint8Array | string, options: Partial<Parameters<typeof readDelimited>[1]> = {}) {
  const result = readDelimited(input, { file, ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.sheet.rows;
}

function errorOf(input: Uint8Array | string, options: Partial<Parameters<typeof readDelimited>[1]> = {}) {
  const result = readDelimited(input, { file, ...options });
  if (result.ok) throw new Error('read, but an error was expected');
  return result.error;
}

describe('reading', () => {
  it('a byte-order mark is dropped, quoted fields keep line breaks, doubled quotes and delimiters', () => {
    expect(rowsOf(utf8('\ufeffstudyId,study.title\r\nref-1,"Secretome, ""fresh""\nand frozen"\r\n'))).toEqual([
      ['studyId', 'study.title'],
      ['ref-1', 'Secretome, "fresh"\nand frozen'],
    ]);
  });

  it('European exports separated by ";" are recognised, decimal commas stay in the text', () => {
    const result = readDelimited(utf8('studyId;storage.temperature.value;dose\nref-1;-80;2,5\n'), { file });
    expect(result).toMatchObject({ ok: true, delimiter: ';', sheet: { name: 'studies', rows: [['studyId', 'storage.temperature.value', 'dose'], ['ref-1', '-80', '2,5']] } });
  });

  it('the delimiter is the most frequent one outside quotes on the first line; .tsv means tabs', () => {
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(detectDelimiter('\n\na\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('single\n')).toBe(',');
    expect(rowsOf(utf8('a\tb,c\n1\t2\n'), { file: 'arms.tsv' })).toEqual([['a', 'b,c'], ['1', '2']]);
  });

  it('empty cells are null, trailing empty cells are dropped, empty rows are kept as empty rows', () => {
    expect(rowsOf('a,,b,,\n\n , \nc\n')).toEqual([['a', null, 'b'], [], [], ['c']]);
  });

  it('UTF-16, NUL bytes, legacy encodings and workbooks get an error saying how to save the file', () => {
    expect(errorOf(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({ code: 'binary', file, message: expect.stringContaining('UTF-16'), hint: expect.stringContaining('CSV UTF-8') });
    expect(errorOf(utf8('a,b\n1,\u0000\n'))).toMatchObject({ code: 'binary', message: expect.stringContaining('NUL bytes (the first at byte 6)') });
    expect(errorOf(new Uint8Array([0x61, 0x2c, 0xb0, 0x43]))).toMatchObject({ code: 'binary', message: expect.stringContaining('not valid UTF-8') });
    expect(errorOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toMatchObject({ code: 'binary', message: expect.stringContaining('ZIP archive') });
    expect(errorOf(utf8(' \n\n'))).toMatchObject({ code: 'empty' });
  });

  it('a quoted field that never closes names the line and column where it opens', () => {
    expect(errorOf('a,b\nref-1,"open\nstill open\n')).toMatchObject({ code: 'csv-syntax', line: 2, column: 7, message: expect.stringContaining('never closed') });
    expect(errorOf('a,b\n"x ""y"" z",5 " inch\nref-2,"open')).toMatchObject({ code: 'csv-syntax', line: 3, column: 7 });
  });

  it('rows, columns, cells and texts are bounded (a million empty rows stop at the row limit)', () => {
    expect(errorOf(`studyId\n${'\n'.repeat(1_000_000)}`)).toMatchObject({ code: 'too-many-items', line: 20_001, message: expect.stringContaining('more than 20000 rows'), hint: expect.stringContaining('--max-rows') });
    expect(errorOf('a,b,c\n', { limits: { maxColumns: 2 } })).toMatchObject({ code: 'too-many-items', line: 1, column: 3, hint: expect.stringContaining('--max-columns') });
    expect(errorOf('a,b\nc,d\n', { limits: { maxCells: 3 } })).toMatchObject({ code: 'too-many-values', line: 2 });
    expect(errorOf('a,bbbb\n', { limits: { maxStringLength: 3 } })).toMatchObject({ code: 'too-long', line: 1, column: 2 });
    expect(errorOf('a,b\n', { limits: { maxBytes: 3 } })).toMatchObject({ code: 'too-large' });
    // Counted before csv-parse runs: a million commas cost milliseconds, not seconds.
    expect(errorOf(`studyId${','.repeat(1_000_000)}x\n`)).toMatchObject({ code: 'too-many-items', line: 1, column: 2001, message: 'row 1 has more than 2000 columns.' });
    // Trailing empty cells do not count; quoted delimiters are not columns.
    expect(rowsOf(`a${','.repeat(5000)}\n"${','.repeat(5000)}"\n`)).toEqual([['a'], [','.repeat(5000)]]);
    // csv-parse holds a row in one buffer: a row over ten cells' worth stops there.
    expect(errorOf(`a${`,${'x'.repeat(90)}`.repeat(12)}\n`, { limits: { maxStringLength: 100 } })).toMatchObject({ code: 'too-long', line: 1, message: 'a row is more than 1000 characters long (ten times the longest cell allowed).' });
    // A cell written over twice the limit is refused before csv-parse decodes it.
    expect(errorOf(`a,b\nc,"${'x'.repeat(300)}"\n`, { limits: { maxStringLength: 100 } })).toMatchObject({ code: 'too-long', line: 2, column: 2, message: 'a cell is written over 302 characters, more than twice the limit of 100.' });
  });
});

describe('writing', () => {
  const sheet: SheetData = {
    name: 'Studies',
    rows: [
      ['Study', null, 'Storage'],
      ['studyId', 'study.title', 'storage.temperature.value'],
      ['ref-1', 'Fresh; then "frozen"\nat −80 °C', -80],
      ['ref-2', '=HYPERLINK("http://x")', 2000000, true],
    ],
  };

  for (const delimiter of [',', ';', '\t'] as const) {
    it(`${JSON.stringify(delimiter)}: a UTF-8 byte-order mark, CRLF rows of equal width, and it reads back as text`, () => {
      const text = writeDelimited(sheet, delimiter);
      expect(text.startsWith('\ufeff')).toBe(true);
      expect(text.split('\r\n')[0]!.split(delimiter)).toHaveLength(4);
      expect(rowsOf(utf8(text), { file: delimiter === '\t' ? 'studies.tsv' : file })).toEqual(sheet.rows.map((row) => row.map((cell) => (cell === null ? null : String(cell)))));
    });
  }

  it('text a spreadsheet would run as a formula is written after an apostrophe, and read back without it', () => {
    const texts = ['=1+1', '+1', '@SUM(A1)', '-x', "'=already", "'", "it's", '-80', '- 5'];
    const text = writeDelimited({ name: 'x', rows: [texts] });
    expect(text).toContain("'=1+1,'+1,'@SUM(A1),'-x,''=already,',it's,-80,- 5");
    expect(rowsOf(text)).toEqual([texts]);
  });
});
