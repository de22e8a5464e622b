/**
 * The built CLI on a batch larger than one string can hold (issue 11, point 6): 12 000 documents gave
 * "internal error: Invalid string length" in json, sarif, html and junit. Written as they are checked, they
 * fit a 192 MB heap in every format whose output is a single document.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readSync, closeSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_LINE } from './harness.js';

const CLI = process.env.SECRETOME_CHECKLIST_CLI ?? join(import.meta.dirname, '..', '..', 'dist', 'cli.cjs');
const DOCUMENTS = 12_000;

let dir: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing. Build it first with "npx tsup".`);
  dir = mkdtempSync(join(tmpdir(), 'secretome-large-batch-'));
  const lines = Array.from({ length: DOCUMENTS }, (_, index) => JSON.stringify({ checklistVersion: '1.0', study: { design: ['in-vivo'], title: `Study ${index}` } }));
  writeFileSync(join(dir, 'corpus.ndjson'), `${lines.join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=192', CLI, 'check', 'corpus.ndjson', '--ndjson-input', '--fail-on', 'none', ...args], { cwd: dir, env: { ...process.env, TMPDIR: dir }, stdio: ['ignore', 'ignore', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** The last bytes of a file. */
function tail(path: string, bytes = 64): string {
  const fd = openSync(path, 'r');
  try {
    const size = statSync(path).size;
    const buffer = Buffer.alloc(Math.min(bytes, size));
    readSync(fd, buffer, 0, buffer.length, size - buffer.length);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

describe(`a batch of ${DOCUMENTS} documents in a 192 MB heap`, () => {
  it.each([
    ['json', /\n  }\n]\n$/],
    ['sarif', /"valid": true\n {10}}\n {8}]\n {6}}\n {4}}\n {2}]\n}\n$/],
    ['junit', /<\/testsuite>\n<\/testsuites>\n$/],
    ['html', /<\/footer>\n<\/body>\n<\/html>\n$/],
  ])('--format %s is written whole to --output', async (format, ending) => {
    const output = join(dir, `report.${format}`);
    const result = await check(['--format', format, '-o', output]);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(statSync(output).size).toBeGreaterThan(DOCUMENTS * 1000);
    expect(tail(output)).toMatch(ending);
    rmSync(output);
  }, 180_000);
});
