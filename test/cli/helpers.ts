/**
 * Runs the built command-line tool as a user would: `node dist/cli.cjs …` in a child process, inside a
 * temporary working directory that holds the five example study reports as `examples/`, in their checklist
 * 1.0 form (test/fixtures/documents-1.0/), whose scores and findings these tests pin.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { Report } from '../../src/report/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The built CLI. SECRETOME_CHECKLIST_CLI points elsewhere, e.g. at a private build while dist/ is being rebuilt. */
export const CLI = process.env.SECRETOME_CHECKLIST_CLI ?? join(ROOT, 'dist', 'cli.cjs');

/** For a beforeAll: these tests check the build, so without one they must say so, not fail one by one. */
export function requireBuiltCli(): void {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing. Build it first with "npm run build" ("npm test" builds before it runs vitest).`);
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Working directory, relative to the workspace. */
  cwd?: string;
  /** Standard input; empty when not given. */
  input?: string;
  /** Variables to set (a string) or remove (undefined) on top of a colour-neutral environment. */
  env?: Record<string, string | undefined>;
}

const TIMEOUT_MS = 50_000; // below vitest's 60 s test timeout, so a hung CLI fails its test with its output

/** Runs `node <cli> ...args` with pipes for all three streams (so neither stdout nor stderr is a TTY). */
export function runCli(args: string[], cwd: string, options: Omit<RunOptions, 'cwd'> = {}): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'SECRETOME_CHECKLIST_DEBUG']) delete env[name];
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => undefined); // the CLI may exit without reading its input
    child.stdin.end(options.input ?? '');
  });
}

export interface Workspace {
  dir: string;
  /** Writes a file (creating its folders) and returns the relative name, for use as an argument. */
  write(name: string, text: string): string;
  read(name: string): string;
  exists(name: string): boolean;
  run(args: string[], options?: RunOptions): Promise<CliResult>;
  remove(): void;
}

/** The 1.0 originals of the five examples (examples/ holds them migrated to the latest version). */
export const EXAMPLES_1_0 = join(ROOT, 'test', 'fixtures', 'documents-1.0');

/** A fresh temporary directory with the 1.0 examples in `examples/`, as a user's project would have. */
export function createWorkspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'secretome-cli-'));
  cpSync(EXAMPLES_1_0, join(dir, 'examples'), { recursive: true });
  return {
    dir,
    write(name, text) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
      return name;
    },
    read: (name) => readFileSync(join(dir, name), 'utf8'),
    exists: (name) => existsSync(join(dir, name)),
    run: (args, options = {}) => runCli(args, options.cwd === undefined ? dir : join(dir, options.cwd), options),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const EXAMPLES = [
  'clinical-knee-oa.yaml',
  'complete-in-vivo-ev.yaml',
  'in-vitro-microglia.yaml',
  'multi-arm-three-doses.yaml',
  'under-reported-concentrated-cm.yaml',
] as const;

/** The text of an example in its checklist 1.0 form (as in the workspace). */
export function exampleText(name: string): string {
  return readFileSync(join(EXAMPLES_1_0, name), 'utf8');
}

export function parseJson<T = unknown>(text: string): T {
  return JSON.parse(text) as T;
}

export function reportOf(result: CliResult): Report {
  const value = parseJson<Report | Report[]>(result.stdout);
  if (Array.isArray(value)) throw new Error(`expected one report, got an array of ${value.length}`);
  return value;
}

export function reportsOf(result: CliResult): Report[] {
  const value = parseJson<Report | Report[]>(result.stdout);
  if (!Array.isArray(value)) throw new Error('expected an array of reports, got one report');
  return value;
}

/** A JavaScript stack frame: never shown to a user. */
export const STACK_TRACE = /\n\s+at /;
export const ANSI_ESCAPE = /\u001b\[/;

/** Exit code 2 and exactly one line on stderr, matching `pattern`, without a stack trace. */
export function expectUsageError(result: CliResult, pattern: RegExp | string): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  expect(result.stderr.endsWith('\n')).toBe(true);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  if (typeof pattern === 'string') expect(lines[0]).toContain(pattern);
  else expect(lines[0]).toMatch(pattern);
}

/**
 * The template of `init` with every example value switched on: the section keys (`# storage:`) and the
 * item lines under them (`#   temperature: …`) lose their `#`; the explanatory comments stay comments.
 */
export function uncommentTemplate(template: string): string {
  let body = false;
  return template
    .split('\n')
    .map((line) => {
      if (line.startsWith('checklistVersion:')) body = true;
      if (!body) return line;
      const section = /^# ([A-Za-z]+):$/.exec(line);
      if (section) return `${section[1]}:`;
      if (/^# {3}[^#\s]/.test(line)) return `  ${line.slice(4)}`;
      return line;
    })
    .join('\n');
}

/** The text at a 1-based line and column of a file's text. */
export function textAt(text: string, line: number, column: number): string {
  return (text.split('\n')[line - 1] ?? '').slice(column - 1);
}
