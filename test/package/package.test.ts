/**
 * The published package: importable as ESM and CommonJS, types resolvable under every module mode,
 * lint-clean, and free of eval (journals run this under strict Content-Security-Policy).
 * `npm test` builds before vitest runs; these tests read dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const dist = join(ROOT, 'dist');
const node = (args: string[]): string => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });

describe('the built package', () => {
  beforeAll(() => {
    if (!existsSync(join(dist, 'index.js'))) throw new Error('dist/ is missing: run "npm run build" first (npm test does).');
  });

  it('imports as ESM and validates an example', () => {
    const out = node(['--input-type=module', '-e', "import { validate, schema, checklist } from 'secretome-checklist'; const r = validate({ checklistVersion: '1.0' }); console.log(r.reportVersion, r.score.overall, schema.$id, checklist.items.length);"]);
    expect(out.trim()).toBe('1 0 urn:secretome-checklist:schema:study-report:1.0 79');
  });

  it('requires as CommonJS', () => {
    const out = node(['-e', "const { createValidator } = require('secretome-checklist'); const v = createValidator({ profile: 'journal-strict' }); console.log(v.validate({ checklistVersion: '1.0' }).checklist.profile);"]);
    expect(out.trim()).toBe('journal-strict');
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

  it('resolves its types under node10, node16 (CJS and ESM) and bundler resolution (attw --pack)', () => {
    const bin = join(ROOT, 'node_modules/.bin/attw');
    let output: string;
    try {
      // node10 resolution predates "exports"; the schema's subpath is for modern resolvers (the file itself
      // is at schemas/study-report-1.0.schema.json for anyone on node10).
      output = execFileSync(bin, ['--pack', '.', '--format', 'json', '--exclude-entrypoints', './schema.json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const result = JSON.parse(output) as { analysis: { problems: unknown[] } };
    expect(result.analysis.problems).toEqual([]);
  }, 120_000);
});
