/** The input limits: documented defaults, API options, command-line flags, and what each error says. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLimitFlags } from '../../src/cli/limit-options.js';
import { formatInputError, visibleText } from '../../src/io/errors.js';
import { DEFAULT_LIMITS, DEFAULT_MAX_FILE_BYTES, checkValueLimits, resolveLimits, scanJsonText, scanYamlText } from '../../src/io/limits.js';
import { parseReportText } from '../../src/io/parse.js';
import { parseReportBytes, parseReportFile } from '../../src/io/read-file.js';
import { runInProcess } from './harness.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'secretome-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('defaults', () => {
  it('are the documented ones', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxBytes: 10 * 1024 * 1024,
      maxDepth: 64,
      maxArrayLength: 1000,
      maxStringLength: 100_000,
      maxValues: 50_000,
      // Spreadsheets (docs/reliability.md, "Spreadsheets"; docs/cli.md, the --max-* flags).
      maxUnzippedBytes: 64 * 1024 * 1024,
      maxSheets: 64,
      maxRows: 20_000,
      maxColumns: 2_000,
      maxCells: 2_000_000,
    });
    expect(DEFAULT_MAX_FILE_BYTES).toBe(DEFAULT_LIMITS.maxBytes);
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
  });

  it('a limit given as an option replaces its default; a limit that is not a positive whole number is a programmer error', () => {
    expect(resolveLimits({ maxDepth: 3 })).toEqual({ ...DEFAULT_LIMITS, maxDepth: 3 });
    expect(resolveLimits({ maxDepth: undefined })).toEqual(DEFAULT_LIMITS);
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => resolveLimits({ maxValues: bad }), String(bad)).toThrow(RangeError);
    expect(() => parseReportText('{}', { maxDepth: 0 })).toThrow('maxDepth must be a positive whole number, not 0.');
  });
});

describe('each limit through the API', () => {
  const json = '{"checklistVersion": "1.0", "study": {"design": ["in-vivo", "in-vitro"], "title": "Twelve chars"}}';
  const yaml = 'checklistVersion: "1.0"\nstudy:\n  design: [in-vivo, in-vitro]\n  title: Twelve chars\n';

  for (const [format, text] of [['json', json], ['yaml', yaml]] as const) {
    it(`${format}: depth, list length, text length and number of values, each exactly at and one over its limit`, () => {
      const parse = (options: Record<string, number>) => parseReportText(text, { format, ...options });
      expect(parse({ maxDepth: 3 }).ok).toBe(true);
      expect(parse({ maxDepth: 2 })).toMatchObject({ ok: false, error: { code: 'too-deep', message: 'the data is nested more than 2 levels deep.' } });
      expect(parse({ maxArrayLength: 2 }).ok).toBe(true);
      expect(parse({ maxArrayLength: 1 })).toMatchObject({ ok: false, error: { code: 'too-many-items', message: 'a list has more than 1 entries.' } });
      expect(parse({ maxStringLength: 16 }).ok).toBe(true);
      expect(parse({ maxStringLength: 15 })).toMatchObject({ ok: false, error: { code: 'too-long', message: 'a key is 16 characters long, more than the limit of 15.' } });
      expect(parse({ maxValues: 7 }).ok).toBe(true);
      expect(parse({ maxValues: 6 })).toMatchObject({ ok: false, error: { code: 'too-many-values', message: 'the document holds more than 6 values.' } });
      expect(parse({ maxBytes: text.length }).ok).toBe(true);
      expect(parse({ maxBytes: text.length - 1 })).toMatchObject({ ok: false, error: { code: 'too-large' } });
    });
  }

  it('every limit error names the flag that raises it', () => {
    const hints = [
      parseReportText('[[[]]]', { maxDepth: 1 }),
      parseReportText('[1,2]', { maxArrayLength: 1 }),
      parseReportText('{"a": "long"}', { maxStringLength: 2 }),
      parseReportText('[1,2]', { maxValues: 1 }),
    ].map((result) => (result.ok ? '' : (result.error.hint ?? '')));
    expect(hints.map((hint) => /--max-[a-z-]+/.exec(hint)?.[0])).toEqual(['--max-depth', '--max-array-length', '--max-string-length', '--max-values']);
  });

  it('files and bytes: the size is checked before reading, and bytes are checked too (standard input)', async () => {
    const file = join(dir, 'study.json');
    writeFileSync(file, '{"checklistVersion": "1.0"}');
    expect((await parseReportFile(file)).ok).toBe(true);
    expect(await parseReportFile(file, { maxBytes: 10 })).toMatchObject({ ok: false, error: { code: 'too-large', message: 'the file is 27 bytes, more than the limit of 10.' } });
    expect(await parseReportFile(file, { maxBytes: 27 })).toMatchObject({ ok: true });
    expect(parseReportBytes(new TextEncoder().encode('{"a": 1}'), { maxBytes: 7 })).toMatchObject({ ok: false, error: { code: 'too-large', file: '<input>' } });
    expect(await parseReportFile(dir)).toMatchObject({ ok: false, error: { code: 'not-a-file' } });
  });

  it('the value check on a parsed tree is iterative and names the place', () => {
    let deep: unknown = 1;
    for (let level = 0; level < 200_000; level++) deep = { a: deep };
    expect(checkValueLimits(deep, DEFAULT_LIMITS)).toMatchObject({ code: 'too-deep', pointer: `/${Array(64).fill('a').join('/')}` });
    expect(checkValueLimits({ 'a/': ['x', 'y~z'] }, { ...DEFAULT_LIMITS, maxStringLength: 2 })).toMatchObject({ code: 'too-long', pointer: '/a~1/1' });
    expect(checkValueLimits({ 'a~b': 1 }, { ...DEFAULT_LIMITS, maxStringLength: 2 })).toMatchObject({ code: 'too-long', pointer: '/a~0b' });
    expect(checkValueLimits({ a: 1 }, DEFAULT_LIMITS)).toBeUndefined();
  });

  it('the text scanners tolerate malformed input and stop at the first place over a limit', () => {
    expect(scanJsonText(']]]}}}"unterminated', DEFAULT_LIMITS)).toBeUndefined();
    expect(scanJsonText('["a\\"[[[[", [[1]]]', { ...DEFAULT_LIMITS, maxDepth: 3 })).toBeUndefined();
    expect(scanJsonText('[[[[1]]]]', { ...DEFAULT_LIMITS, maxDepth: 3 })).toMatchObject({ code: 'too-deep', offset: 3 });
    expect(scanJsonText('[1, [], {"a": [1, 2, 3]}]', { ...DEFAULT_LIMITS, maxArrayLength: 2 })).toMatchObject({ code: 'too-many-items', offset: 8 });
    expect(scanJsonText('[[1, 2], {"a": [1, 2, 3]}]', { ...DEFAULT_LIMITS, maxArrayLength: 2 })).toMatchObject({ code: 'too-many-items', offset: 22 });
    expect(scanYamlText('# a: b, c, d, e\nx: 1\n', { ...DEFAULT_LIMITS, maxValues: 2 })).toBeUndefined();
    expect(scanYamlText('x: [1, 2, 3]\n', { ...DEFAULT_LIMITS, maxValues: 3 })).toMatchObject({ code: 'too-many-values' });
  });
});

describe('command-line flags', () => {
  it('sizes take k, M and G (binary), with or without B or iB; counts are whole numbers', () => {
    expect(parseLimitFlags({ 'max-file-size': '20M' })).toEqual({ maxBytes: 20 * 1024 * 1024 });
    expect(parseLimitFlags({ 'max-file-size': '512k' })).toEqual({ maxBytes: 512 * 1024 });
    expect(parseLimitFlags({ 'max-file-size': '1G' })).toEqual({ maxBytes: 1024 ** 3 });
    expect(parseLimitFlags({ 'max-file-size': '10MB' })).toEqual({ maxBytes: 10 * 1024 * 1024 });
    expect(parseLimitFlags({ 'max-file-size': '10 MiB' })).toEqual({ maxBytes: 10 * 1024 * 1024 });
    expect(parseLimitFlags({ 'max-file-size': '1048576' })).toEqual({ maxBytes: 1048576 });
    expect(parseLimitFlags({ 'max-depth': '8', 'max-array-length': '10', 'max-string-length': '20', 'max-values': '30' })).toEqual({ maxDepth: 8, maxArrayLength: 10, maxStringLength: 20, maxValues: 30 });
    expect(parseLimitFlags({})).toEqual({});
    for (const bad of ['0', '-1', '1.5', 'ten', '', '1e3', '10X', '9'.repeat(16)]) expect(() => parseLimitFlags({ 'max-file-size': bad }), bad).toThrow('--max-file-size must be a size');
    for (const bad of ['0', '-3', '2.5', 'x', '', '1234567890']) expect(() => parseLimitFlags({ 'max-depth': bad }), bad).toThrow('--max-depth must be a whole number from 1 to 999999999.');
  });

  it('--max-file-size applies to a whole NDJSON input; the other limits to each of its lines', async () => {
    const file = join(dir, 'corpus.ndjson');
    writeFileSync(file, ['{"checklistVersion": "1.0"}', '[[[[1]]]]', '{"checklistVersion": "1.0"}', ''].join('\n'));
    const ok = await runInProcess(['check', 'corpus.ndjson', '--ndjson-input', '--ndjson', '--max-depth', '3', '--fail-on', 'none'], dir);
    expect(ok.code).toBe(2);
    expect(ok.stderr).toBe('corpus.ndjson:2:4: the data is nested more than 3 levels deep. A study report needs far less; if this input is intended, raise the limit with --max-depth (API option maxDepth).\n');
    expect(ok.stdout.trim().split('\n')).toHaveLength(2);
    const big = await runInProcess(['check', 'corpus.ndjson', '--ndjson-input', '--max-file-size', '16'], dir);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/^corpus\.ndjson: the file is \d+ bytes, more than the limit of 16\./);
    writeFileSync(join(dir, 'latin1.ndjson'), Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xb0, 0x22, 0x7d]));
    const latin1 = await runInProcess(['check', 'latin1.ndjson', '--ndjson-input'], dir);
    expect(latin1.code).toBe(2);
    expect(latin1.stderr).toMatch(/^latin1\.ndjson(:1)?: the (file|line) is not valid UTF-8 text\. Save it as UTF-8\.\n$/);
  });

  it('standard input is held to the size limit', async () => {
    const result = await runInProcess(['check', '-', '--max-file-size', '8'], dir, new TextEncoder().encode('{"checklistVersion": "1.0"}'));
    expect(result).toMatchObject({ code: 2, stderr: '<stdin>: the input is more than the limit of 8 bytes. A study report is a few kilobytes; check that this is the right file (or raise the limit with --max-file-size).\n' });
  });
});

describe('error lines', () => {
  it('control, direction and invisible characters are shown as escapes, so one error is one honest line', () => {
    expect(visibleText('a\nb\u001b[31mc\u202Ed\u200Be\uFEFFf\u2028g')).toBe('a\\u000Ab\\u001B[31mc\\u202Ed\\u200Be\\uFEFFf\\u2028g');
    expect(visibleText('plain °C µL ✓')).toBe('plain °C µL ✓');
    expect(formatInputError({ code: 'json-syntax', file: 'a\nb.json', line: 2, column: 3, message: 'bad.', hint: 'Fix.' })).toBe('a\\u000Ab.json:2:3: bad. Fix.');
    expect(formatInputError({ code: 'read-failed', file: 'x.json', message: 'no such file.' })).toBe('x.json: no such file.');
    expect(formatInputError({ code: 'json-syntax', file: 'x.json', line: 4, message: 'bad.' })).toBe('x.json:4: bad.');
  });
});
