/**
 * The built CLI is one CommonJS bundle (dist/cli-bundle.cjs) that dist/cli.cjs and dist/worker.cjs load with
 * the V8 code cache the build made for it (dist/cli-bundle.cache; src/cli/launch/bundle-loader.ts). The cache
 * changes how fast a check starts, never what it says: V8 takes it in a fresh process with its default flags,
 * and without it, or with one V8 refuses, every report and error is the same.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, STACK_TRACE, requireBuiltCli } from './helpers.js';

const DIST = dirname(CLI);
const LAUNCHERS = ['cli.cjs', 'worker.cjs', 'cli-bundle.cjs'];
const scratch: string[] = [];

beforeAll(requireBuiltCli);
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the built CLI's files in a folder of its own, with `cache` as its code cache (none when undefined). */
function copyOfCli(cache: Uint8Array | undefined, files: readonly string[] = LAUNCHERS): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-copy-'));
  scratch.push(dir);
  for (const file of files) copyFileSync(join(DIST, file), join(dir, file));
  if (cache) writeFileSync(join(dir, 'cli-bundle.cache'), cache);
  return join(dir, 'cli.cjs');
}

/** Output, errors and exit code of the CLI at `cli` for `args`, run in the project's root. */
function run(cli: string, args: readonly string[]): string {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return `${result.stdout}\n--- stderr\n${result.stderr}\n--- exit ${result.status}`;
}

/** Each a run whose report or error must not depend on the cache: JSON and YAML, valid and invalid, one thread and two. */
const RUNS: ReadonlyArray<readonly string[]> = [
  ['check', 'examples', '--format', 'ndjson', '--fail-on', 'none'],
  ['check', 'examples/clinical-knee-oa.yaml', 'examples/in-vitro-microglia.yaml'],
  ['check', 'test/fixtures/documents-1.0', '--format', 'ndjson', '--jobs', '2', '--fail-on', 'none'],
  ['check', 'examples/no-such-file.json'],
  ['explain', 'storage.temperature'],
];

describe('the code cache of the built CLI', () => {
  it('is taken by V8 in a fresh process with its default flags (the build makes it without tuning the engine)', () => {
    const probe = [
      "const { readFileSync } = require('node:fs'); const { Script } = require('node:vm'); const Module = require('node:module');",
      `const file = ${JSON.stringify(join(DIST, 'cli-bundle.cjs'))};`,
      `const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: readFileSync(${JSON.stringify(join(DIST, 'cli-bundle.cache'))}) });`,
      'console.log(script.cachedDataRejected);',
    ].join('\n');
    const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('false');
  });

  it('changes no report or error: the same without a cache, and with one V8 refuses', () => {
    const withCache = copyOfCli(readFileSync(join(DIST, 'cli-bundle.cache')));
    const without = copyOfCli(undefined);
    const refused = copyOfCli(new TextEncoder().encode('not a code cache, and not of this bundle'));
    for (const args of RUNS) {
      const expected = run(withCache, args);
      expect(expected, args.join(' ')).not.toMatch(STACK_TRACE);
      expect(run(without, args), args.join(' ')).toBe(expected);
      expect(run(refused, args), args.join(' ')).toBe(expected);
    }
  });

  it('is read only beside the bundle; without the bundle the executable says in one line how to mend the install', () => {
    const cli = copyOfCli(undefined, ['cli.cjs']);
    const result = spawnSync(process.execPath, [cli, 'check', 'examples/clinical-knee-oa.yaml'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^secretome-checklist: its code cannot be loaded \(.*cli-bundle\.cjs.*\)\. Reinstall the package \(or run "npm run build" in a clone\)\.\n$/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('needs no module loader: the bundle holds no import() expression, which a script compiled by node:vm could not run', () => {
    expect(readFileSync(join(DIST, 'cli-bundle.cjs'), 'utf8')).not.toMatch(/(?<![\w$.])import\s*\(/);
  });

  it('is plain ASCII, so reading it as Latin-1 (a copy of its bytes) gives its text', () => {
    const bytes = readFileSync(join(DIST, 'cli-bundle.cjs'));
    expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });
});
