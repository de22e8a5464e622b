/**
 * Files are decoded with Node's native UTF-8 validator on the command line (parseReportBytesNode) and with
 * TextDecoder elsewhere (parseReportBytes): both must accept and refuse the same bytes and give the same text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseReportBytes } from '../../src/io/parse-bytes.js';
import { nonAsciiRuns, parseJsonBytes } from '../../src/io/json-bytes.js';
import { parseReportBytesNode } from '../../src/io/read-file.js';
import { ROOT } from '../helpers.js';

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

/** Every pointer of a value, and a few that are not there. */
function pointersOf(value: unknown, base = '', out: string[] = []): string[] {
  out.push(base);
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) pointersOf((value as Record<string, unknown>)[key], `${base}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, out);
  }
  return out;
}

/** The Node way (JSON read as one-byte text where it can be) must answer exactly as TextDecoder's way. */
function expectSameEitherWay(bytes: Uint8Array, options: { filename?: string; format?: 'json' | 'yaml'; maxStringLength?: number } = { filename: 'study.json' }): boolean {
  const expected = parseReportBytes(bytes, options);
  const actual = parseReportBytesNode(bytes, options);
  if (!expected.ok || !actual.ok) {
    expect(actual).toEqual(expected);
    return false;
  }
  expect(actual.document).toEqual(expected.document);
  expect(actual.format).toBe(expected.format);
  for (const pointer of [...pointersOf(expected.document), '/missing', '/study/missing/deeper', '/arms/7']) {
    expect(actual.sourceMap.locate(pointer), pointer).toEqual(expected.sourceMap.locate(pointer));
  }
  return true;
}

describe('JSON read as one-byte text (non-ASCII characters as escapes)', () => {
  it('puts every pointer at the column of the text as written, after any non-ASCII characters on its line', () => {
    const texts = [
      '{"a": "µ", "b": {"c": "–≥", "d": 1}, "e": ["😀", {"f": 2}], "g": "−80 °C"}',
      '{"µL": {"x": 1, "Größe": [1, {"ß": "é"}]}, "é": 2, "😀": {"😀": 3}}',
      '{\r\n  "a": "α β",\r\n  "b": {"c": "γ", "d": ["δ", "ε"]}\r\n}\r\n',
      // The user's own \u escapes next to raw characters, and keys spelt both ways.
      '{"a": "\\u00b5µ", "µ": {"b": 1}, "x": {"\\u00b5": 2}}',
      '{"x": {"\\u006b": 1, "y": {"k": "ü"}}}',
      // An escaped backslash before a non-ASCII character is fine JSON; text, keys and brackets around it.
      '{"a": "\\\\µ", "b": "[µ]{", "c": {"d\\\\é": [1, "}"]}}',
      // Only ASCII: read as it is, the user's own \u escapes (a key spelt both ways) and line ends included.
      '{"a": {"b": [1, 2, {"c": null}]}}',
      '{"x": {"\\u006b": 1, "y": {"k": "u"}}, "k": {"\\u00b5": 2}}',
      '{\r\n  "a": {"b": "c"},\r\n  "d": [1, {"e": 2}]\r\n}\r\n',
      // Dense in non-ASCII characters (left to the general way), with a pointer after them on its line.
      `{"α": "${'αβ γδ '.repeat(200)}", "β": {"γ": "δ"}, "k": 1}`,
    ];
    for (const text of texts) expect(expectSameEitherWay(new TextEncoder().encode(text)), text).toBe(true);
  });

  it('leaves every text it cannot take as it is to the general way, which reports it as before', () => {
    const texts = [
      '{"a": "\\µ"}', // a backslash escaping a non-ASCII character: not JSON
      '{"µ": 1, "µ": 2}', // duplicate keys
      '{"a": "µ",}', // a trailing comma
      '["µ"]', // not a document
      '{"a": "µ\u0000"}', // a NUL
      '\u00a0{"a": 1}', // a non-breaking space before the document
      '',
    ];
    for (const text of texts) expect(expectSameEitherWay(new TextEncoder().encode(text)), JSON.stringify(text)).toBe(false);
    // Limits count the characters, not the bytes or the escapes.
    expect(expectSameEitherWay(new TextEncoder().encode('{"a": "µµµ"}'), { filename: 'study.json', maxStringLength: 3 })).toBe(true);
    expect(expectSameEitherWay(new TextEncoder().encode('{"a": "µµµ"}'), { filename: 'study.json', maxStringLength: 2 })).toBe(false);
    // The syntax is chosen as before: by extension, by the format given, or by the first character.
    expect(expectSameEitherWay(new TextEncoder().encode('{"a": "µ"}'), { filename: 'study.yaml' })).toBe(true);
    expect(expectSameEitherWay(new TextEncoder().encode('{"a": "µ"}'), { filename: 'study.txt' })).toBe(true);
    expect(expectSameEitherWay(new TextEncoder().encode('a: µ'), { format: 'json' })).toBe(false);
  });

  it('takes a report with a few non-ASCII characters, and leaves one dense in them to the general way', () => {
    const few = new TextEncoder().encode(JSON.stringify({ storage: { temperature: { value: -80, unit: '°C' }, note: '≥ 3 µL – α' } }, null, 2));
    expect(parseJsonBytes(few, { filename: 'study.json' })).toMatchObject({ ok: true, format: 'json' });
    const dense = new TextEncoder().encode(JSON.stringify({ study: { title: 'αβ γδ '.repeat(200) } }));
    expect(parseJsonBytes(dense, { filename: 'study.json' })).toBeUndefined();
    expect(expectSameEitherWay(dense)).toBe(true);
  });

  it('finds each run of bytes ≥ 0x80, start and end, in any bytes and in a view at any offset', () => {
    /** The same runs, one byte at a time. */
    const runsOneByOne = (bytes: Uint8Array): number[] => {
      const runs: number[] = [];
      for (let index = 0; index < bytes.length; index++) {
        if (bytes[index]! < 0x80 || (index > 0 && bytes[index - 1]! >= 0x80)) continue;
        let end = index;
        while (end < bytes.length && bytes[end]! >= 0x80) end++;
        runs.push(index, end);
      }
      return runs;
    };
    // Mostly ASCII with a few high bytes, as a report is, and long enough to hold whole 16-byte steps.
    const mostlyAscii = fc.array(fc.oneof({ arbitrary: fc.integer({ min: 0, max: 0x7f }), weight: 12 }, { arbitrary: fc.integer({ min: 0x80, max: 0xff }), weight: 1 }), { maxLength: 80, size: 'max' });
    fc.assert(
      fc.property(mostlyAscii, fc.integer({ min: 0, max: 7 }), (values, offset) => {
        const larger = new Uint8Array(values.length + 16).fill(0xff);
        larger.set(values, offset);
        const view = larger.subarray(offset, offset + values.length);
        expect(nonAsciiRuns(view)).toEqual(runsOneByOne(view));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds every non-ASCII character wherever it falls, in a view of the bytes at any offset (bytes are read four at a time)', () => {
    // Runs at every place relative to a 4-byte word: first and last byte, across words, one ASCII byte apart,
    // at the very end of the text; each text in views starting 0 to 3 bytes into a larger buffer.
    const texts: string[] = [];
    for (let pad = 0; pad < 24; pad++) {
      const ascii = 'x'.repeat(pad);
      texts.push(`{"a": "${ascii}µ"}`, `{"${ascii}µ": "°${ascii}–", "b": "é${ascii}"}`, `{"a": "µ${ascii}😀x°", "b": ["${ascii}", "≥"]}`);
    }
    texts.push('{"a": "µ°–≥é"}', `{"a": "${'µx'.repeat(20)}"}`);
    for (const text of texts) {
      const encoded = new TextEncoder().encode(text);
      for (let offset = 0; offset < 4; offset++) {
        const larger = new Uint8Array(encoded.length + 8).fill(0xb5);
        larger.set(encoded, offset);
        const view = larger.subarray(offset, offset + encoded.length);
        expect(parseJsonBytes(view, { filename: 'study.json' }), `${text} at offset ${offset}`).toMatchObject({ ok: true, document: JSON.parse(text) as unknown });
        expect(expectSameEitherWay(view), `${text} at offset ${offset}`).toBe(true);
      }
    }
  });

  it('agrees with the general way on the examples, compact and indented, with non-ASCII characters added', () => {
    const examples = readdirSync(join(ROOT, 'examples'))
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => parseYaml(readFileSync(join(ROOT, 'examples', file), 'utf8')) as Record<string, unknown>);
    const added = ['µ', '°', '–', '😀', 'ü', '\\', '"'];
    let index = 0;
    for (const example of examples) {
      // Every third text value gets a non-ASCII character (or a backslash, a quote) at its start.
      const marked = JSON.parse(JSON.stringify(example), (_key, value: unknown) => (typeof value === 'string' && index++ % 3 === 0 ? `${added[index % added.length]}${value}` : value)) as unknown;
      for (const text of [JSON.stringify(marked), JSON.stringify(marked, null, 2), JSON.stringify(example, null, '\t')]) {
        expect(expectSameEitherWay(new TextEncoder().encode(text))).toBe(true);
      }
    }
  });
});
