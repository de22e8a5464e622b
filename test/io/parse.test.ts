/** Parsing JSON and YAML: documents with positions, or one clear error naming the file and the place. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportBytes } from '../../src/io/read-file.js';
import { parseReportText } from '../../src/io/parse.js';
import { validate } from '../../src/validator.js';
import { ROOT } from '../helpers.js';

function error(text: string, filename: string) {
  const result = parseReportText(text, { filename });
  if (result.ok) throw new Error('expected a parse error');
  return result.error;
}

describe('parsing', () => {
  it('reads YAML and JSON into the same document', () => {
    const yaml = parseReportText('checklistVersion: "1.0"\nstorage:\n  temperature: { value: -80, unit: °C }\n', { filename: 'a.yaml' });
    const json = parseReportText('{"checklistVersion":"1.0","storage":{"temperature":{"value":-80,"unit":"°C"}}}', { filename: 'a.json' });
    expect(yaml.ok && json.ok && yaml.document).toEqual(json.ok && json.document);
  });

  it('detects the syntax from the content when there is no extension', () => {
    expect(parseReportText('{"checklistVersion": "1.0"}').ok && parseReportText('{"checklistVersion": "1.0"}')).toMatchObject({ format: 'json' });
    expect(parseReportText('checklistVersion: "1.0"')).toMatchObject({ ok: true, format: 'yaml' });
  });

  it('invalid JSON names the line and column', () => {
    expect(error('{\n  "checklistVersion": "1.0",\n  "study" {}\n}', 'study.json')).toMatchObject({ code: 'json-syntax', file: 'study.json', line: 3, column: 11 });
  });

  it('invalid YAML names the line and column', () => {
    expect(error('study:\n  design: [in-vivo\n', 'study.yaml')).toMatchObject({ code: 'yaml-syntax', file: 'study.yaml', line: 3 });
  });

  it('duplicate keys are rejected in both syntaxes, as the intended value is ambiguous', () => {
    expect(error('{"a": 1, "a": 2}', 'x.json')).toMatchObject({ code: 'duplicate-key', line: 1, column: 10 });
    expect(error('a: 1\na: 2\n', 'x.yaml')).toMatchObject({ code: 'duplicate-key', line: 2 });
  });

  it('an empty file, a list, a string or null is not a document', () => {
    expect(error('', 'e.yaml').code).toBe('empty');
    expect(error('   \n', 'e.yaml').code).toBe('empty');
    expect(error('- a\n- b\n', 'list.yaml')).toMatchObject({ code: 'not-a-document', message: 'the file holds a list, not a study report.' });
    expect(error('"text"', 's.json').code).toBe('not-a-document');
    expect(error('null', 'n.json').code).toBe('not-a-document');
  });

  it('a NUL character anywhere makes the file binary, in JSON (valid around it or not) as in YAML', () => {
    const binary = { code: 'binary', message: 'the file contains NUL bytes; it is not a text study report.' };
    for (const [text, filename] of [
      ['{"checklistVersion": "1.1", "study": {"title": "a\u0000b"}}', 'a.json'],
      ['{"checklistVersion": "1.1"}\u0000', 'a.json'],
      ['{"checklistVersion": "1.1", "a": 1,}\u0000', 'a.json'],
      ['checklistVersion: "1.1"\nstudy: {title: "a\u0000b"}\n', 'a.yaml'],
    ]) {
      expect(error(text!, filename!), text).toMatchObject(binary);
    }
    // Written as an escape, NUL is a character of the text like any other.
    expect(parseReportText('{"checklistVersion": "1.1", "study": {"title": "a\\u0000b"}}', { filename: 'a.json' }).ok).toBe(true);
  });

  it('YAML alias expansion is bounded', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n');
    expect(error(bomb, 'bomb.yaml').code).toBe('yaml-syntax');
  });

  it('unknown YAML tags are an error, not silently strings', () => {
    expect(error('checklistVersion: !!js/function "1.0"\n', 't.yaml').code).toBe('yaml-syntax');
  });

  it('bytes must be UTF-8; a byte-order mark is allowed', () => {
    expect(parseReportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('checklistVersion: "1.0"')]), { filename: 'bom.yaml' }).ok).toBe(true);
    const invalid = parseReportBytes(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]), { filename: 'bad.yaml' });
    expect(!invalid.ok && invalid.error.message).toBe('the file is not valid UTF-8 text.');
    const utf16 = parseReportBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), { filename: 'u16.yaml' });
    expect(!utf16.ok && utf16.error.hint).toBe('Save it as UTF-8.');
  });

  it('__proto__ keys stay data: nothing is polluted', () => {
    for (const [text, filename] of [['{"__proto__": {"polluted": true}, "checklistVersion": "1.0"}', 'p.json'], ['__proto__:\n  polluted: true\nchecklistVersion: "1.0"\n', 'p.yaml']] as const) {
      const parsed = parseReportText(text, { filename });
      expect(parsed.ok).toBe(true);
      if (parsed.ok) validate(parsed.document);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

describe('JSON syntax errors', () => {
  it('a trailing comma is called a trailing comma, and placed on the comma', () => {
    expect(error('{\n  "checklistVersion": "1.0",\n}\n', 'a.json')).toMatchObject({
      line: 2,
      column: 28,
      message: 'invalid JSON: a trailing comma after the last entry of an object.',
      hint: 'Remove this comma: JSON allows none after the last entry.',
    });
    expect(error('{"study": {"design": ["in-vivo" , ]}}', 'a.json')).toMatchObject({ line: 1, column: 33, message: 'invalid JSON: a trailing comma after the last entry of a list.' });
  });

  it('a second document in a .ndjson file, or on a new line, suggests --ndjson-input', () => {
    for (const filename of ['corpus.ndjson', 'corpus.json']) expect(error('{"a": 1}\n{"a": 2}\n', filename).hint).toContain('--ndjson-input');
  });

  it('every one in the bad-input corpus says what to do here, never "ask a validator or an editor"', () => {
    const dir = join(ROOT, 'test/fixtures/bad/json');
    for (const file of readdirSync(dir)) {
      const result = parseReportText(readFileSync(join(dir, file), 'utf8'), { filename: file });
      if (result.ok || result.error.code !== 'json-syntax') continue;
      expect(result.error.hint, file).toBeTruthy();
      expect(result.error.hint, file).not.toMatch(/validator|editor/i);
    }
  });
});

describe('finding locations', () => {
  it('point at the offending value in YAML', () => {
    const text = 'checklistVersion: "1.0"\nstorage:\n  form: { value: frozen }\n  temperature:\n    value: -80\n    unit: mL\n';
    const parsed = parseReportText(text, { filename: 's.yaml' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const finding = validate(parsed.document, { sourceMap: parsed.sourceMap }).findings.find((f) => f.status === 'invalid');
    expect(finding?.location).toEqual({ line: 6, column: 11 });
  });

  it('point at the parent object where an item is missing, in JSON', () => {
    const text = '{\n  "checklistVersion": "1.0",\n  "storage": {\n    "form": {"value": "frozen"}\n  }\n}';
    const parsed = parseReportText(text, { filename: 's.json' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const finding = validate(parsed.document, { sourceMap: parsed.sourceMap }).findings.find((f) => f.itemId === 'storage.temperature');
    expect(finding?.location).toEqual({ line: 3, column: 14 });
  });
});
