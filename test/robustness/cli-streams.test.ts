/**
 * The built CLI (dist/cli.cjs) against failing output streams (issue 11, point 9): a report that cannot be
 * written is exit code 2 with one line on stderr, never a stack trace or exit code 1.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_LINE } from './harness.js';

const CLI = process.env.SECRETOME_CHECKLIST_CLI ?? join(import.meta.dirname, '..', '..', 'dist', 'cli.cjs');

let dir: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing. Build it first with "npx tsup".`);
  dir = mkdtempSync(join(tmpdir(), 'secretome-streams-'));
  writeFileSync(join(dir, 'study.yaml'), 'checklistVersion: "1.0"\nstudy:\n  design: [in-vivo]\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runToFd(args: string[], stdoutFd: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, stdio: ['ignore', stdoutFd, 'pipe'] });
    const err: Buffer[] = [];
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr: Buffer.concat(err).toString('utf8') }));
  });
}

describe.runIf(existsSync('/dev/full'))('standard output on a full disk (/dev/full)', () => {
  it.each([['text'], ['json'], ['ndjson'], ['sarif']])('check --format %s: exit code 2 and one line naming the failure', async (format) => {
    const fd = openSync('/dev/full', 'w');
    try {
      const result = await runToFd(['check', 'study.yaml', '--format', format], fd);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stderr).toBe('secretome-checklist: the report cannot be written to standard output (ENOSPC).\n');
      expect(result.code).toBe(2);
    } finally {
      closeSync(fd);
    }
  });

  it('--help and --version to a full disk are exit code 2 as well', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      for (const args of [['--help'], ['--version'], ['schema']]) {
        const result = await runToFd(args, fd);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^secretome-checklist: [^\n]+\n$/);
      }
    } finally {
      closeSync(fd);
    }
  });
});
