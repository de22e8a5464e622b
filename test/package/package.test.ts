/**
 * The published package: importable as ESM and CommonJS, types resolvable under every module mode,
 * lint-clean, and free of eval (journals run this under strict Content-Security-Policy).
 * `npm test` builds before vitest runs; these tests read dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinChecklist } from '../../src/checklist/checklist.js';
import { ROOT } from '../helpers.js';

const dist = join(ROOT, 'dist');
const node = (args: string[]): string => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });

describe('the built package', () => {
  beforeAll(() => {
    if (!existsSync(join(dist, 'index.js'))) throw new Error('dist/ is missing: run "npm run build" first (npm test does).');
  });

  it('imports as ESM and validates an example', () => {
    const out = node(['--input-type=module', '-e', "import { validate, schema, checklist } from 'secretome-checklist'; const r = validate({ checklistVersion: '1.0' }); console.log(r.reportVersion, r.score.overall, schema.$id, checklist.items.length);"]);
    // The exported checklist is the latest version's, as the source has it.
    expect(out.trim()).toBe(`2 0 urn:secretome-checklist:schema:study-report:1.1 ${builtinChecklist().items.length}`);
  });

  it('requires as CommonJS', () => {
    const out = node(['-e', "const { createValidator } = require('secretome-checklist'); const v = createValidator({ profile: 'journal-strict' }); console.log(v.validate({ checklistVersion: '1.0' }).checklist.profile);"]);
    expect(out.trim()).toBe('journal-strict');
  });

  it('loads the workbook writer (exceljs, half a second) only when a workbook is written', () => {
    const out = node(['-e', [
      "const lib = require('secretome-checklist');",
      "const loaded = () => Object.keys(require.cache).some((file) => file.includes('/node_modules/exceljs/'));",
      "const before = loaded();",
      "lib.studiesToWorkbook([{ id: 's1', document: { checklistVersion: '1.1', study: { design: ['in-vivo'] } } }])",
      "  .then((bytes) => console.log(before, loaded(), bytes[0] === 0x50 && bytes[1] === 0x4b));",
    ].join('\n')]);
    expect(out.trim()).toBe('false true true');
    const esmImports = readFileSync(join(dist, 'index.js'), 'utf8').match(/^import[^;]*;/)?.[0] ?? '';
    expect(esmImports).not.toMatch(/exceljs/);
  });

  it('contains no eval or new Function in any shipped file', () => {
    const files = readdirSync(dist, { recursive: true }).map(String).filter((file) => /\.(c?js|mjs)$/.test(file));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const code = readFileSync(join(dist, file), 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(/);
    }
  });

  it('passes publint', async () => {
    const { publint } = await import('publint');
    const { messages } = await publint({ pkgDir: ROOT, level: 'warning', strict: true });
    expect(messages.map((message) => `${message.code} ${message.path.join('.')}`)).toEqual([]);
  });

  /** Problems attw reports, less those its profile says to ignore (it lists them but exits 0). */
  const attw = (args: string[], ignoredResolutions: string[] = []): unknown[] => {
    let output: string;
    try {
      // Packs the dist/ the suite built; without ignore-scripts, prepack would rebuild (and clean) it under the other tests.
      const env = { ...process.env, npm_config_ignore_scripts: 'true' };
      output = execFileSync(join(ROOT, 'node_modules/.bin/attw'), ['--pack', '.', '--format', 'json', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const problems = (JSON.parse(output) as { analysis: { problems: Array<{ resolutionKind?: string }> } }).analysis.problems;
    return problems.filter((problem) => !ignoredResolutions.includes(problem.resolutionKind ?? ''));
  };

  it('resolves its types under node10, node16 (CJS and ESM) and bundler resolution (attw --pack)', () => {
    // node10 resolution predates "exports": the schema subpaths are for modern resolvers (the files themselves
    // are schemas/study-report-<version>.schema.json), and the browser build is ESM only, checked on its own below.
    expect(attw(['--exclude-entrypoints', './schema.json', './schema-1.0.json', './schema-1.1.json', './browser'])).toEqual([]);
  }, 120_000);

  it('resolves the ESM-only browser entry under ESM and bundler resolution', () => {
    expect(attw(['--entrypoints', './browser', '--profile', 'esm-only'], ['node10', 'node16-cjs'])).toEqual([]);
  }, 120_000);
});
