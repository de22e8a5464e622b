/**
 * The built CLI (dist/cli.cjs) as a pipeline runs it: a batch of broken files is checked to the end, and the
 * large cases stay within a small heap (a process over the cap would crash instead of exiting 2).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, writeGeneratedCases, type ManifestCase } from '../../scripts/make-bad-corpus.js';
import { visibleText } from '../../src/io/errors.js';
import type { Report } from '../../src/report/types.js';
import { STACK_LINE } from './harness.js';

const CLI = process.env.SECRETOME_CHECKLIST_CLI ?? join(import.meta.dirname, '..', '..', 'dist', 'cli.cjs');
const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { cases: ManifestCase[] };

/** The heap every large case must fit in: the inputs are refused, or checked, long before memory grows. */
const HEAP_MB = 256;

interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runCli(args: string[], cwd: string, nodeFlags: string[] = []): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const env = { ...process.env };
    delete env.NO_COLOR;
    delete env.SECRETOME_CHECKLIST_DEBUG;
    const child = spawn(process.execPath, [...nodeFlags, CLI, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - started });
    });
  });
}

let generatedDir: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing. Build it first with "npm run build" ("npm test" builds before it runs vitest).`);
  generatedDir = mkdtempSync(join(tmpdir(), 'secretome-bad-cli-'));
});

afterAll(() => {
  if (generatedDir) rmSync(generatedDir, { recursive: true, force: true });
});

describe('the built CLI on the corpus', () => {
  it('checks a whole batch of broken and odd files: one stderr line per broken file, a report for every other', async () => {
    const batch = manifest.cases.filter((entry) => !entry.generated && !entry.args);
    const broken = batch.filter((entry) => entry.expect.code !== 'report');
    const result = await runCli(['check', ...batch.map((entry) => entry.file), '--format', 'json', '--fail-on', 'none'], CORPUS_DIR);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_LINE);
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(broken.length);
    // In input order, each naming its file (and a spreadsheet's place after it: `book.xlsx › Studies!C4: …`).
    broken.forEach((entry, index) => expect(lines[index]!.startsWith(`${visibleText(entry.file)}${entry.expect.place !== undefined ? ` › ${entry.expect.place}` : ''}:`), lines[index]).toBe(true));
    const reports = JSON.parse(result.stdout) as Report[];
    expect(reports.map((report) => report.source?.file)).toEqual(batch.filter((entry) => entry.expect.code === 'report').map((entry) => entry.file));
  });

  describe(`large inputs in a ${HEAP_MB} MB heap`, () => {
    // Raising the size limit to 256 MB asks for the memory to read such a file: that case is left to the in-process corpus test.
    const large = manifest.cases.filter((entry) => entry.generated === 'large' && !(entry.args ?? []).includes('--max-file-size'));
    for (const entry of large) {
      it(`${entry.file}: ${entry.description}`, async () => {
        writeGeneratedCases(generatedDir, (candidate) => candidate.file === entry.file);
        const result = await runCli(['check', entry.file, '--format', 'json', ...(entry.args ?? [])], generatedDir, [`--max-old-space-size=${HEAP_MB}`]);
        rmSync(join(generatedDir, entry.file), { force: true });
        expect(result.stderr).not.toMatch(STACK_LINE);
        expect(result.code, result.stderr.slice(0, 500)).toBe(entry.expect.exit);
        if (entry.expect.code === 'report') {
          expect(result.stderr).toBe('');
        } else {
          expect(result.stderr).toMatch(/^[^\n]+\n$/);
          expect(result.stderr).toContain(entry.expect.message);
        }
      });
    }
  });
});

describe('standard input without end', () => {
  it('is refused once it passes the size limit, without waiting for the writer to stop', async () => {
    // A writer that never stops: the check can only end by reading no further than the limit.
    const child = spawn(process.execPath, [CLI, 'check', '-', '--max-file-size', '65536'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdout.resume();
    child.stdin.on('error', () => undefined);
    const block = Buffer.alloc(16_384, 0x20);
    let open = true;
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.on('exit', () => (open = false));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    void (async () => {
      // Each write waits for its turn (or the error of a closed pipe), so the events of the child still run.
      while (open && !child.stdin.destroyed) await new Promise((resolve) => child.stdin.write(block, resolve));
    })();
    const code = await closed;
    clearTimeout(timer);
    expect(code).toBe(2);
    expect(Buffer.concat(err).toString('utf8')).toBe(
      '<stdin>: the input is more than the limit of 65536 bytes. A study report is a few kilobytes; check that this is the right file (or raise the limit with --max-file-size).\n',
    );
  });
});
