// The browser build runs under `script-src 'self'` (no 'unsafe-eval') and outside Node: nothing in it may
// evaluate strings or import Node built-ins. These checks read the built files (npm test builds first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The checker page is split (the form view loads on first use): every module of dist/web is checked. */
function webModules(): string[] {
  if (!existsSync('dist/web')) return ['dist/web/checker.js'];
  return readdirSync('dist/web').filter((name) => name.endsWith('.js')).map((name) => `dist/web/${name}`);
}

const BUNDLES = ['dist/browser.js', ...webModules()];

function bundle(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first.`);
  return readFileSync(file, 'utf8');
}

describe('the browser bundles', () => {
  for (const file of BUNDLES) {
    it(`${file} evaluates no strings as code`, () => {
      const code = bundle(file);
      expect(code.match(/\beval\s*\(/g) ?? []).toEqual([]);
      expect(code.match(/\bnew\s+Function\b/g) ?? []).toEqual([]);
    });

    it(`${file} imports no Node built-ins and nothing else`, () => {
      const code = bundle(file);
      expect(code.match(/["'`]node:[a-z_/]+["'`]/g) ?? []).toEqual([]);
      expect(code.match(/\brequire\s*\(\s*["'`]/g) ?? []).toEqual([]);
      // Self-contained: every dependency is bundled, so the file loads as it is from any folder. The
      // page's modules import only their sibling chunks (./chunk-*.js), which the folder carries.
      const imports = [...code.matchAll(/(?:^|[;\s])import\s*(?:[\w*{][^;]*?from\s*)?["'`]([^"'`]+)["'`]/g)].map((match) => match[1]!);
      const foreign = file.startsWith('dist/web/') ? imports.filter((path) => !/^\.\/[\w-]+\.js$/.test(path) || !existsSync(`dist/web/${path.slice(2)}`)) : imports;
      expect(foreign).toEqual([]);
    });

    it(`${file} carries zod's English messages only, not its other locales (about 350 KB)`, () => {
      // \`import { z } from 'zod'\` anywhere would pull in every locale: zod is imported as a namespace.
      const code = bundle(file);
      // German and Spanish "invalid input", in ASCII: minifiers may escape the accented letters.
      expect(code).not.toMatch(/Ung(?:ü|\\xFC|\\u00FC)ltige Eingabe/);
      expect(code).not.toContain('Entrada inv');
    });

    it(`${file} turns off zod's eval probe before any schema is built`, () => {
      // Zod probes `new Function("")` unless jitless is set; a strict CSP reports the probe as a violation.
      // A split module's imports come first (the modules they name evaluate first and carry the same line).
      const code = bundle(file).replace(/^(?:(?:import|export)\s*(?:\{[^}]*\}\s*from\s*)?'\.\/[\w-]+\.js';)*/, '');
      expect(code.startsWith('((globalThis.__zod_globalConfig ??= {}).jitless ??= true);')).toBe(true);
    });
  }

  it('dist/browser.d.ts declares the browser API', () => {
    const types = bundle('dist/browser.d.ts');
    for (const name of ['checkText', 'reporterOptionsFor', 'buildTemplate', 'jsonReporter', 'markdownReporter', 'htmlReporter', 'createValidator']) {
      expect(types).toContain(name);
    }
  });
});

describe('the command line build', () => {
  it('is plain ASCII, so Node reads each file as a one-byte string (half the memory, faster to compile)', () => {
    // One character outside ASCII (a × in a regular expression, say) turns the whole 2 MB bundle into a
    // two-byte string at every start (and the loader reads it as Latin-1). Write such characters as \\u escapes.
    const files = readdirSync('dist').filter((name) => /\.c?js$/.test(name) && name !== 'browser.js' && name !== 'index.js' && name !== 'index.cjs');
    expect(files).toEqual(expect.arrayContaining(['cli-bundle.cjs', 'cli.cjs', 'worker.cjs']));
    for (const file of [...files.map((name) => `dist/${name}`), ...webModules()]) {
      const outside = bundle(file).match(/[^\u0000-\u007F]/g) ?? [];
      expect(outside, file).toEqual([]);
    }
  });
});

describe('the checker page source', () => {
  it('type-checks as browser code: DOM types, no Node types (web/tsconfig.json)', { timeout: 180_000 }, () => {
    const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic: ts.Diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    } };
    const config = ts.getParsedCommandLineOfConfigFile('web/tsconfig.json', {}, host);
    if (!config) throw new Error('web/tsconfig.json could not be read.');
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined;
      const place = diagnostic.file ? `${diagnostic.file.fileName}${where ? `:${where.line + 1}:${where.character + 1}` : ''}: ` : '';
      return `${place}${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  });
});
