/**
 * The readers never throw: any bytes given as a workbook or a CSV file, and any damage to a real workbook
 * (bytes flipped, cut short, parts replaced by arbitrary text), end as tables or as one InputError.
 */
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeWorkbook, row, workbookParts } from '../../scripts/workbook-parts.js';
import { readDelimited } from '../../src/tabular/delimited.js';
import { readWorkbook } from '../../src/tabular/xlsx/read.js';

const file = 'fuzz.xlsx';
const valid = makeWorkbook([{ name: 'Studies', body: `<sheetData>${row(1, ['studyId', 'storage.temperature.value'])}${row(2, ['ref-1', -80])}</sheetData><mergeCells><mergeCell ref="A2:A3"/></mergeCells>` }], { sharedStrings: '<si><t>x</t></si>' });

/** The outcome's shape: tables, or an error naming the file with a message. */
function settled(result: ReturnType<typeof readWorkbook> | ReturnType<typeof readDelimited>): boolean {
  return result.ok ? true : result.error.file.length > 0 && result.error.message.length > 0;
}

describe('the workbook reader never throws', () => {
  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => settled(readWorkbook(bytes, { file }))), { numRuns: 300 });
  });

  it('on a real workbook with bytes changed or cut short', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat(valid.length), (changes, cut) => {
        const bytes = valid.slice(0, Math.max(cut, 1));
        for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
        return settled(readWorkbook(bytes, { file }));
      }),
      { numRuns: 400 },
    );
  });

  it('on a sheet part of arbitrary text or XML-looking tokens', () => {
    const token = fc.constantFrom('<row>', '</row>', '<c r="A1">', '<c t="s">', '<c t="inlineStr">', '<is>', '<t>', '</t>', '</is>', '<v>', '</v>', '</c>', '<f>', '</f>', '&amp;', '&#0;', '&x;', '<![CDATA[', ']]>', '<!--', '-->', '<?x?>', '"', "'", '=', '<sheetData>', '</sheetData>', '<mergeCell ref="A1:ZZ9"/>', 'r="0"', 'x');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join(''))), (sheet) => {
        const bytes = zipSync({ ...workbookParts([{ name: 'Studies', body: '' }]), 'xl/worksheets/sheet1.xml': new TextEncoder().encode(`<worksheet>${sheet}</worksheet>`) });
        const result = readWorkbook(bytes, { file });
        expect(settled(result)).toBe(true);
        return true;
      }),
      { numRuns: 400 },
    );
  });
});

describe('the CSV reader never throws', () => {
  it('on arbitrary text and bytes', () => {
    const text = fc.array(fc.constantFrom('a', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', ' ', "'=", '\u00b0', '\ufeff'), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (input) => settled(readDelimited(input, { file: 'fuzz.csv' }))), { numRuns: 400 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => settled(readDelimited(bytes, { file: 'fuzz.csv' }))), { numRuns: 300 });
  });
});
