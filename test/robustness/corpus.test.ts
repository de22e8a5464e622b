/**
 * Every case of the bad-input corpus (test/fixtures/bad/manifest.json) ends as its manifest says: exit
 * code 2 with one stderr line that names the file and, where there is one, the line and column (no stack
 * trace), or a normal report; within a time bound; and the same error code from the library.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusDrift, writeGeneratedCases, type ManifestCase } from '../../scripts/make-bad-corpus.js';
import { LIMIT_OPTIONS, parseLimitFlags } from '../../src/cli/limit-options.js';
import { visibleText } from '../../src/io/errors.js';
import { parseReportFile } from '../../src/io/read-file.js';
import { readDelimited } from '../../src/tabular/delimited.js';
import { readWorkbook } from '../../src/tabular/xlsx/read.js';
import type { Report } from '../../src/report/types.js';
import { runInProcess, STACK_LINE } from './harness.js';

const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { cases: ManifestCase[] };

/** Generous for a loaded CI machine: the slowest case takes about two seconds here. */
const TIME_BOUND_MS = 15_000;

/** Codes whose errors carry no line and column: nothing was parsed. */
const UNPLACED = new Set(['read-failed', 'not-a-file', 'too-large', 'empty', 'binary']);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let generatedDir: string;

beforeAll(() => {
  generatedDir = mkdtempSync(join(tmpdir(), 'secretome-bad-'));
  writeGeneratedCases(generatedDir);
});

afterAll(() => {
  if (generatedDir) rmSync(generatedDir, { recursive: true, force: true });
});

function reportText(report: Report): string {
  return [
    ...report.findings.map((finding) => finding.message),
    ...(report.normalisedUnits ?? []).map((unit) => `${unit.given} → ${unit.unit}`),
    report.minimalSetComplete ? 'minimal set complete' : '',
  ].join('\n');
}

function placeOf(entry: ManifestCase): { cwd: string; arg: string; path: string } {
  if (isAbsolute(entry.file)) return { cwd: CORPUS_DIR, arg: entry.file, path: entry.file };
  const cwd = entry.generated ? generatedDir : CORPUS_DIR;
  return { cwd, arg: entry.file, path: join(cwd, entry.file) };
}

function limitsOf(args: string[] = []): ReturnType<typeof parseLimitFlags> {
  return parseLimitFlags(parseArgs({ args, options: LIMIT_OPTIONS, strict: false }).values as Record<string, string>);
}

describe('the bad-input corpus', () => {
  it('is what scripts/make-bad-corpus.ts writes (run it after changing a case)', () => {
    expect(corpusDrift()).toEqual([]);
  });

  it('has at least 150 cases, each file present once', () => {
    expect(manifest.cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(manifest.cases.map((entry) => entry.file)).size).toBe(manifest.cases.length);
  });

  for (const entry of manifest.cases) {
    const name = `${visibleText(entry.file).slice(0, 80)}: ${entry.description}`;
    it(name, async (context) => {
      if (entry.needsNonRoot && isRoot) {
        context.skip('running as root, where chmod 000 does not stop reads; the case runs for other users');
        return;
      }
      const { cwd, arg, path } = placeOf(entry);
      const result = await runInProcess(['check', arg, '--format', 'json', ...(entry.args ?? [])], cwd);
      const { expect: expected } = entry;

      expect(result.ms, 'time bound').toBeLessThan(TIME_BOUND_MS);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stdout).not.toMatch(STACK_LINE);
      expect(result.code, result.stderr).toBe(expected.exit);

      if (expected.code === 'usage') {
        expect(result.stderr).toMatch(/^secretome-checklist: [^\n]+\n$/);
        expect(result.stderr).toContain(expected.message);
        return;
      }
      if (expected.code === 'report') {
        expect(result.stderr).toBe('');
        // One document: the JSON reporter prints the report itself, not a list.
        const report = JSON.parse(result.stdout) as Report;
        expect(report.reportVersion).toBe('2');
        expect(reportText(report)).toContain(expected.message);
        return;
      }

      // One line, naming the file first, then the place where there is one.
      expect(result.stderr).toMatch(/^[^\n]+\n$/);
      const line = result.stderr.slice(0, -1);
      expect(line.startsWith(visibleText(arg)), line).toBe(true);
      expect(line).toContain(expected.message);
      // What follows the name: a file found inside a named directory adds its own path first.
      const rest = line.slice(visibleText(arg).length);
      if (expected.place !== undefined) {
        // A spreadsheet place: `studies.xlsx › Studies!C4: …` (a cell) or `› Studies: …` (a sheet).
        expect(rest.startsWith(` › ${expected.place}: `), `${line} names ${expected.place}`).toBe(true);
      } else if (UNPLACED.has(expected.code) || expected.unplaced) {
        expect(rest).toMatch(/^(\/[^:]*)?: /);
      } else {
        const place = /^(?:\/[^:]*)?:(\d+):(\d+): /.exec(rest);
        expect(place, `${line} names no line and column`).not.toBeNull();
        if (expected.line !== undefined) expect(Number(place![1]), 'line').toBe(expected.line);
        if (expected.column !== undefined) expect(Number(place![2]), 'column').toBe(expected.column);
      }

      // The library gives the same error code (the CLI line does not show it).
      const isDirectory = (() => {
        try {
          return statSync(path).isDirectory();
        } catch {
          return false;
        }
      })();
      const spreadsheet = /\.(xlsx|csv|tsv)$/i.exec(path)?.[1]?.toLowerCase();
      if (spreadsheet !== undefined && !isDirectory) {
        // A spreadsheet's file-level errors come from its reader (a bad cell is found later, by the tabular model).
        const bytes = new Uint8Array(readFileSync(path));
        const options = { file: arg, limits: limitsOf(entry.args) };
        const read = spreadsheet === 'xlsx' ? readWorkbook(bytes, options) : readDelimited(bytes, options);
        expect(read.ok ? 'parsed' : read.error.code).toBe(expected.code);
      } else if (!isDirectory) {
        const parsed = await parseReportFile(path, { ...limitsOf(entry.args), filename: arg });
        expect(parsed.ok ? 'parsed' : parsed.error.code).toBe(expected.code);
      }
    });
  }
});
