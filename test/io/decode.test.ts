/**
 * Files are decoded with Node's native UTF-8 validator on the command line (parseReportBytesNode) and with
 * TextDecoder elsewhere (parseReportBytes): both must accept and refuse the same bytes and give the same text.
 */
import { describe, expect, it } from 'vitest';
import { parseReportBytes } from '../../src/io/parse-bytes.js';
import { parseReportBytesNode } from '../../src/io/read-file.js';

const BOM = [0xef, 0xbb, 0xbf];
const json = (text: string): number[] => [...Buffer.from(text, 'utf8')];
const DOC = '{"checklistVersion": "1.1", "study": {"title": "Wharton\u2019s jelly \u00b5L \ud83d\udc00"}}';

const cases: Array<[string, number[]]> = [
  ['plain UTF-8 with non-ASCII text', json(DOC)],
  ['a byte order mark', [...BOM, ...json(DOC)]],
  ['two byte order marks (only the first is a mark)', [...BOM, ...BOM, ...json(DOC)]],
  ['a lone continuation byte', [...json('{"a": "'), 0x80, ...json('"}')]],
  ['an overlong encoding of "/"', [...json('{"a": "'), 0xc0, 0xaf, ...json('"}')]],
  ['an encoded surrogate', [...json('{"a": "'), 0xed, 0xa0, 0x80, ...json('"}')]],
  ['a code point past U+10FFFF', [...json('{"a": "'), 0xf4, 0x90, 0x80, 0x80, ...json('"}')]],
  ['a sequence cut short at the end', [...json('{"a": 1}'), 0xe2, 0x82]],
  ['a UTF-16 byte order mark', [0xff, 0xfe, ...json(DOC)]],
];

describe('decoding a file', () => {
  it.each(cases)('%s: the same result either way', (_name, bytes) => {
    const input = Uint8Array.from(bytes);
    const expected = parseReportBytes(input, { filename: 'study.json' });
    const actual = parseReportBytesNode(input, { filename: 'study.json' });
    if (!expected.ok || !actual.ok) {
      expect(actual).toEqual(expected);
      return;
    }
    expect(actual.document).toEqual(expected.document);
    for (const pointer of ['', '/study', '/study/title', '/checklistVersion']) expect(actual.sourceMap.locate(pointer)).toEqual(expected.sourceMap.locate(pointer));
  });

  it('a byte order mark is not part of the text (positions count from the first character after it)', () => {
    const withMark = parseReportBytesNode(Uint8Array.from([...BOM, ...json('{\n  "study": 1\n}')]), { filename: 'study.json' });
    expect(withMark.ok && withMark.sourceMap.locate('/study')).toEqual({ line: 2, column: 12 });
  });

  it('bytes that are not UTF-8 are refused with the file named', () => {
    expect(parseReportBytesNode(Uint8Array.from([0x7b, 0xff, 0x7d]), { filename: 'study.json' })).toMatchObject({ ok: false, error: { code: 'binary', file: 'study.json' } });
  });
});
