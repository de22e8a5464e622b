/**
 * Batches: --jobs spreads documents over worker threads without changing a byte of the output, and
 * NDJSON input is read as a stream, line by line, with each report written as soon as it is made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputLines, type InputLine } from '../../src/io/lines.js';
import { createWorkspace, EXAMPLES, exampleText, expectUsageError, requireBuiltCli, type Workspace } from './helpers.js';
import { parse as parseYaml } from 'yaml';

let ws: Workspace;
let large: string;

beforeAll(() => {
  requireBuiltCli();
  ws = createWorkspace();
  ws.write('bad/invalid.json', '{"checklistVersion": "1.0",, }');
  ws.write('bad/list.yaml', '- a\n- b\n');
  const lines = EXAMPLES.map((name) => JSON.stringify(parseYaml(exampleText(name))));
  // Four hundred documents with two bad lines among them: long enough that workers are ready (≈ 0.15 s)
  // well before this thread is done, so the threads share the stream.
  large = Array.from({ length: 400 }, (_, index) => (index === 7 ? '{not json' : index === 323 ? '[1, 2]' : lines[index % lines.length])).join('\n');
  ws.write('large.ndjson', `${large}\n`);
  for (let index = 0; index < 200; index++) ws.write(`many/study-${String(index).padStart(3, '0')}.json`, JSON.stringify(parseYaml(exampleText(EXAMPLES[index % EXAMPLES.length]!))));
});

afterAll(() => ws?.remove());

async function collect(lines: AsyncIterable<InputLine>): Promise<InputLine[]> {
  const out: InputLine[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe('reading NDJSON as a stream', () => {
  it('splits lines across chunk boundaries, keeps a \\r, numbers every line and reads a last line without \\n', async () => {
    const bytes = new TextEncoder().encode('{"a": "é"}\r\n\n{"b": 2}\n{"c"');
    const chunks = Array.from(bytes, (byte) => Uint8Array.of(byte)); // one byte at a time, splitting the é
    expect(await collect(inputLines(chunks))).toEqual([
      { line: 1, text: '{"a": "é"}\r' },
      { line: 2, text: '' },
      { line: 3, text: '{"b": 2}' },
      { line: 4, text: '{"c"' },
    ]);
  });

  it('a line that is not UTF-8 is that line\'s problem, not the whole input\'s', async () => {
    const lines = await collect(inputLines([Uint8Array.of(0x7b, 0x7d, 0x0a, 0xff, 0xfe, 0x0a, 0x7b, 0x7d)]));
    expect(lines).toEqual([{ line: 1, text: '{}' }, { line: 2, notUtf8: true }, { line: 3, text: '{}' }]);
  });
});

describe.concurrent('--jobs', () => {
  // Two hundred files (enough for --jobs auto to use two threads): workers are ready before this thread is done, and take their share.
  const inputs = ['examples', 'many', 'bad/invalid.json', 'bad/list.yaml', 'missing.yaml'];

  it.each(['text', 'json', 'ndjson', 'sarif'])('gives byte for byte the output of one thread (%s)', async (format) => {
    const [one, two] = await Promise.all([ws.run(['check', ...inputs, '-f', format, '--jobs', '1']), ws.run(['check', ...inputs, '-f', format, '--jobs', '2'])]);
    expect(one.code).toBe(2);
    expect(two).toEqual(one);
  });

  it('keeps the order of an NDJSON stream, bad lines included', async () => {
    const args = ['check', 'large.ndjson', '--ndjson-input', '--ndjson', '--fail-on', 'none'];
    const [one, three] = await Promise.all([ws.run([...args, '-j', '1']), ws.run([...args, '-j', '3'])]);
    expect(three).toEqual(one);
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(398);
    expect(one.stderr.trimEnd().split('\n').map((line) => line.split(':').slice(0, 2).join(':'))).toEqual(['large.ndjson:8', 'large.ndjson:324']);
  });

  it('by default (--jobs auto, whatever it picks on this machine) the output is byte for byte that of one thread', async () => {
    const [one, auto] = await Promise.all([ws.run(['check', 'many', '-f', 'ndjson', '-j', '1']), ws.run(['check', 'many', '-f', 'ndjson'])]);
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(200);
    expect(auto).toEqual(one);
  });

  it('reads an NDJSON stream from standard input with workers too', async () => {
    const args = ['check', '-', '--ndjson-input', '--ndjson', '--fail-on', 'none'];
    const [one, two] = await Promise.all([ws.run([...args, '--jobs', '1'], { input: large }), ws.run([...args, '--jobs', '2'], { input: large })]);
    expect(two).toEqual(one);
    expect(one.stdout.split('\n')[0]).toContain('"source":{"file":"<stdin>","line":1}');
  });

  it('must be auto or a whole number from 1 to 256', async () => {
    for (const value of ['0', 'two', '1.5', '257', 'Auto']) expectUsageError(await ws.run(['check', 'examples', '--jobs', value]), '--jobs must be auto or a whole number from 1 to 256.');
  });
});
