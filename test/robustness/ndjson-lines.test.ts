/**
 * NDJSON input (issue 11, point 4): each line is one document, bounded by --max-file-size while it is read.
 * A longer line is dropped as it arrives (never held whole) and reported by its number; the lines after
 * it are still checked.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputLines, type InputLine } from '../../src/io/lines.js';
import { runInProcess, STACK_LINE } from './harness.js';

const CLI = process.env.SECRETOME_CHECKLIST_CLI ?? join(import.meta.dirname, '..', '..', 'dist', 'cli.cjs');
const DOCUMENT = '{"checklistVersion": "1.0", "study": {"design": ["in-vivo"]}}';

async function lines(chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>, limit: number): Promise<InputLine[]> {
  const out: InputLine[] = [];
  for await (const line of inputLines(chunks, limit)) out.push(line);
  return out;
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('NDJSON lines longer than the limit', () => {
  it('a line over the limit spread over many chunks is reported by number; the next lines are read as they are', async () => {
    const chunks = [bytes(`${DOCUMENT}\n`), ...Array.from({ length: 20 }, () => bytes('x'.repeat(1000))), bytes(`\n${DOCUMENT}\n`)];
    expect(await lines(chunks, 4096)).toEqual([{ line: 1, text: DOCUMENT }, { line: 2, tooLong: true }, { line: 3, text: DOCUMENT }, { line: 4, text: '' }]);
  });

  it('a line exactly at the limit is read; one byte more is too long', async () => {
    expect(await lines([bytes(`${'a'.repeat(100)}\n${'b'.repeat(101)}`)], 100)).toEqual([{ line: 1, text: 'a'.repeat(100) }, { line: 2, tooLong: true }]);
  });

  it('check --ndjson-input: an error naming the line, the other documents checked, exit code 2', async () => {
    const input = bytes(`${DOCUMENT}\n{"x": "${'y'.repeat(5000)}"}\n${DOCUMENT}\n`);
    const result = await runInProcess(['check', '-', '--ndjson-input', '--ndjson', '--max-file-size', '4k', '--fail-on', 'none'], process.cwd(), input);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('<stdin>:2: the line is more than the limit of 4096 bytes; it was skipped. One line holds one study report of a few kilobytes; check the input (or raise the limit with --max-file-size).\n');
    expect(result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source.line)).toEqual([1, 3]);
  });
});

describe.runIf(existsSync(CLI))('the built CLI with a 200 MB line on standard input', () => {
  it('stays within a 128 MB heap: the line is dropped as it arrives and the next one is checked', async () => {
    const child = spawn(process.execPath, ['--max-old-space-size=128', CLI, 'check', '-', '--ndjson-input', '--ndjson', '--fail-on', 'none'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.on('error', () => undefined);
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const block = Buffer.alloc(1 << 20, 0x78);
    for (let sent = 0; sent < 200; sent++) if (!child.stdin.write(block)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    child.stdin.end(`\n${DOCUMENT}\n`);
    const code = await closed;
    const stderr = Buffer.concat(err).toString('utf8');
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stderr).toMatch(/^<stdin>:1: the line is more than the limit of 10485760 bytes; it was skipped\./);
    expect(code).toBe(2);
    expect(JSON.parse(Buffer.concat(out).toString('utf8')).source.line).toBe(2);
  }, 120_000);
});
