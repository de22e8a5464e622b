/**
 * What `npm pack` ships works in a project of its own: a fresh copy of the sources (no dist/) is
 * packed, which must build it, and the tarball is installed into an empty project, offline, from the
 * npm cache that `npm ci` filled. There the package is imported as a user would: ESM, CommonJS, the
 * browser entry, the JSON Schema, TypeScript under nodenext and bundler resolution, and the bin.
 * The empty project's lockfile pins the dependencies to the versions in ours: `npm ci --offline` then
 * takes each tarball from the cache by its integrity, with no registry request.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** Left out of the fresh copy: what a clone does not have, and what the build makes. */
const NOT_IN_A_CLONE = new Set(['node_modules', 'dist', '.git', 'reports', 'coverage', '.stryker-tmp', '.vitest-cache']);

let work = '';
let app = '';
let packOutput = '';
let packed: { filename: string; size: number; unpackedSize: number; files: Array<{ path: string }> };

const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: npmEnv });
}

const node = (args: string[]): string => run(process.execPath, args, app).trim();

interface LockEntry {
  version?: string;
  dev?: boolean;
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** A lockfile for a project that depends on the tarball only: the tarball plus our production dependencies as locked. */
function appLockfile(tarball: string): unknown {
  const ours = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string> };
  const packages: Record<string, LockEntry> = {
    '': { name: 'app', version: '1.0.0', dependencies: { 'secretome-checklist': `file:${tarball}` } },
    'node_modules/secretome-checklist': { version: manifest.version, resolved: `file:${tarball}`, dependencies: manifest.dependencies, bin: manifest.bin, engines: manifest.engines, license: 'MIT' },
  };
  for (const [path, entry] of Object.entries(ours.packages)) if (path !== '' && !entry.dev) packages[path] = entry;
  return { name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}

describe('the packed tarball, installed into an empty project', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'secretome-pack-'));
    const source = join(work, 'source');
    cpSync(ROOT, source, { recursive: true, filter: (path) => !NOT_IN_A_CLONE.has(relative(ROOT, path).split(/[\\/]/)[0]!) });
    // The build tools come from this checkout; the copy has everything else a clone has.
    symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');
    const pack = spawnSync(NPM, ['pack', '--json', '--pack-destination', work], { cwd: source, encoding: 'utf8', env: npmEnv });
    if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
    [packed] = JSON.parse(pack.stdout) as [typeof packed];
    packOutput = pack.stderr;

    app = join(work, 'app');
    mkdirSync(app);
    const tarball = join(work, packed.filename);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, dependencies: { 'secretome-checklist': `file:${tarball}` } }));
    writeFileSync(join(app, 'package-lock.json'), JSON.stringify(appLockfile(tarball)));
    run(NPM, ['ci', '--offline'], app);
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('is built when packed: it holds the library, the browser build, the CLI, the schemas and the licence', () => {
    const files = packed.files.map((file) => file.path);
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/browser.js', 'dist/browser.d.ts', 'dist/cli.cjs', 'schemas/study-report-1.0.schema.json', 'LICENSE', 'README.md']) {
      expect(files).toContain(file);
    }
  });

  it('builds without a word: what the build prints is only npm\'s own "> script" lines', () => {
    const lines = packOutput.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('> '));
    expect(lines).toEqual([]);
  });

  // Each of the four builds (ESM, CommonJS, browser, command line) carries the validators and data of both
  // checklist versions, and the declarations carry both versions' document types: 7.6 MB with 1.1, 8.1 MB
  // with the spreadsheet reader and the form model, 9.2 MB with the command line's code cache (0.9 MB; the
  // CLI bundles its own copy of the library: sharing the ESM chunks would save about 1 MB).
  it('leaves the checker page out (it is served from a build of the repository) and stays under 9.5 MB installed', () => {
    expect(packed.files.filter((file) => file.path.startsWith('dist/web/'))).toEqual([]);
    expect(packed.unpackedSize).toBeLessThan(9_500_000);
  });

  it('imports as ESM', () => {
    expect(node(['--input-type=module', '-e', "import { validate } from 'secretome-checklist'; console.log(validate({ checklistVersion: '1.0' }).reportVersion);"])).toBe('2');
  });

  it('requires as CommonJS', () => {
    expect(node(['-e', "const { createValidator } = require('secretome-checklist'); console.log(createValidator({ profile: 'journal-strict' }).validate({ checklistVersion: '1.0' }).checklist.profile);"])).toBe('journal-strict');
  });

  it('imports the browser entry', () => {
    const code = "import { checkText } from 'secretome-checklist/browser'; const r = checkText('checklistVersion: \"1.0\"', { filename: 'a.yaml' }); console.log(r.ok && r.report.valid);";
    expect(node(['--input-type=module', '-e', code])).toBe('true');
  });

  it('imports the JSON Schema of the latest version, and of each version by number, from ESM and CommonJS', () => {
    expect(node(['--input-type=module', '-e', "import schema from 'secretome-checklist/schema.json' with { type: 'json' }; console.log(schema.$id);"])).toBe('urn:secretome-checklist:schema:study-report:1.1');
    expect(node(['-e', "console.log(require('secretome-checklist/schema.json').$id);"])).toBe('urn:secretome-checklist:schema:study-report:1.1');
    expect(node(['-e', "console.log(require('secretome-checklist/schema-1.0.json').$id);"])).toBe('urn:secretome-checklist:schema:study-report:1.0');
    expect(node(['-e', "console.log(require('secretome-checklist/schema-1.1.json').$id);"])).toBe('urn:secretome-checklist:schema:study-report:1.1');
  });

  it('type-checks a user program under nodenext and bundler module resolution', () => {
    writeFileSync(
      join(app, 'use.mts'),
      [
        "import { validate, type Report, type StudyReport, type V1_0 } from 'secretome-checklist';",
        "import { checkText } from 'secretome-checklist/browser';",
        "const document: StudyReport = { checklistVersion: '1.1', doseAdministration: { arms: ['a', 'b'].map((id) => ({ id })) } };",
        "const older: V1_0.StudyReport = { checklistVersion: '1.0' };",
        'const report: Report = validate(document);',
        'validate(older);',
        "const result = checkText('{}', { filename: 'a.json' });",
        'export const score: number = report.score.overall + (result.ok ? 1 : 0);',
      ].join('\n'),
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const common = ['--noEmit', '--strict', '--skipLibCheck', 'false', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules/@types'), 'use.mts'];
    expect(node([tsc, '--module', 'nodenext', '--moduleResolution', 'nodenext', ...common])).toBe('');
    expect(node([tsc, '--module', 'esnext', '--moduleResolution', 'bundler', ...common])).toBe('');
  }, 120_000);

  it('installs a bin that checks a study report', () => {
    writeFileSync(join(app, 'study.yaml'), 'checklistVersion: "1.0"\n');
    expect(readdirSync(join(app, 'node_modules/.bin'))).toContain('secretome-checklist');
    const out = run(join(app, 'node_modules/.bin/secretome-checklist'), ['check', 'study.yaml', '--format', 'json', '--fail-on', 'none'], app);
    expect((JSON.parse(out) as { source: { file: string } }).source.file).toBe('study.yaml');
  });
});
