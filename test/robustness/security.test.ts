/**
 * Security properties of what ships: no code is built from strings at run time, hostile keys cannot
 * pollute prototypes, and no regular expression (in the schemas or in src/) backtracks catastrophically.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { applyOverlay, builtinChecklist } from '../../src/checklist/checklist.js';
import { parseReportText } from '../../src/io/parse.js';
import { REPORTER_FORMATS, loadReporter } from '../../src/reporters/index.js';
import { reporterOptions } from '../../src/reporters/options.js';
import { validate } from '../../src/validator.js';
import { CORPUS_DIR } from '../../scripts/make-bad-corpus.js';
import { runInProcess } from './harness.js';

const ROOT = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, keep) : keep(path) ? [path] : [];
  });
}

describe('no code from strings', () => {
  it('the built package (dist/) calls neither eval nor the Function constructor', () => {
    const files = filesUnder(join(ROOT, 'dist'), (file) => /\.(c|m)?js$/.test(file));
    expect(files.map((file) => relative(ROOT, file)), 'dist/ is missing: "npm test" builds before it runs vitest').toContain('dist/cli.cjs');
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [name, pattern] of [
        ['eval(', /(?<![\w$.])eval\s*\(/],
        ['new Function(', /\bnew\s+Function\s*\(/],
        ['Function(…) call', /(?<![\w$.])Function\s*\(\s*["'`]/],
        ['setTimeout/setInterval with a string', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
      ] as const) {
        if (pattern.test(text)) offenders.push(`${relative(ROOT, file)}: ${name}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('prototype pollution', () => {
  const hostile = [
    ['{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "checklistVersion": "1.0"}', 'a.json'],
    ['{"study": {"__proto__": {"polluted": "yes"}, "design": ["in-vivo"]}, "storage": {"temperature": {"__proto__": {"polluted": "yes"}, "value": -80, "unit": "°C"}}}', 'b.json'],
    ['{"production": {"preparations": [{"id": "__proto__", "__proto__": {"polluted": "yes"}}, {"id": "constructor"}]}, "storage": {"preparations": [{"preparationId": "__proto__"}, {"preparationId": "toString"}]}, "doseAdministration": {"arms": [{"id": "prototype", "preparationId": "constructor"}]}}', 'c.json'],
    ['__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nchecklistVersion: "1.0"\n', 'd.yaml'],
    ['p: &p { polluted: yes }\nstudy:\n  __proto__: *p\n  design: [in-vivo]\nstorage:\n  form: { value: frozen, __proto__: *p }\n', 'e.yaml'],
    ['"__proto__": { "toString": 1, "valueOf": 2, "hasOwnProperty": 3 }\nhasOwnProperty: 1\n', 'f.yaml'],
  ] as const;

  function assertClean(): void {
    for (const prototype of [Object.prototype, Array.prototype, Function.prototype, String.prototype]) {
      expect(Object.prototype.hasOwnProperty.call(prototype, 'polluted')).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString).toBe(Object.prototype.toString);
  }

  it('parsing, validating and rendering hostile documents in every format leaves every prototype alone', async () => {
    const builtinsBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const [text, filename] of hostile) {
      const parsed = parseReportText(text, { filename });
      expect(parsed.ok, filename).toBe(true);
      if (!parsed.ok) continue;
      const report = validate(parsed.document, { ledger: true, sourceMap: parsed.sourceMap, file: filename });
      for (const format of REPORTER_FORMATS) {
        const render = await loadReporter(format);
        render([report], reporterOptions(builtinChecklist(), { color: false, quiet: false, verbose: true, batch: false }));
      }
      // The key is data: an own property of the parsed object, never its prototype.
      expect(Object.getPrototypeOf(parsed.document)).toBe(Object.prototype);
      assertClean();
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(builtinsBefore);
  });

  it('the CLI on the corpus cases with prototype keys leaves every prototype alone', async () => {
    const dir = join(CORPUS_DIR, 'prototype');
    for (const name of readdirSync(dir)) {
      for (const format of ['json', 'text', 'sarif']) await runInProcess(['check', join('prototype', name), '--format', format], CORPUS_DIR);
      assertClean();
    }
  });

  it('a user checklist with prototype keys is refused or applied as data', () => {
    const overlays = [
      JSON.parse('{"items": {"__proto__": {"level": "essential"}}}'),
      JSON.parse('{"__proto__": {"polluted": "yes"}, "levels": {"__proto__": {"polluted": "yes"}}}'),
      JSON.parse('{"add": [{"__proto__": {"polluted": "yes"}, "id": "storage.x"}]}'),
    ];
    for (const overlay of overlays) {
      applyOverlay(builtinChecklist(), overlay, { file: 'hostile.json' });
      assertClean();
    }
  });
});

/** Every regular expression literal in src/ (the generated validators hold the schema's patterns, checked below). */
function sourceRegexes(): Array<{ where: string; regex: RegExp }> {
  const out: Array<{ where: string; regex: RegExp }> = [];
  for (const file of filesUnder(join(ROOT, 'src'), (path) => path.endsWith('.ts') && !path.includes(`${join('schema', 'generated')}`))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        out.push({ where: `${relative(ROOT, file)}:${line + 1}`, regex: new RegExp(text.slice(1, end), text.slice(end + 1).replace('g', '')) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

function schemaPatterns(): Array<{ where: string; pattern: string }> {
  const out: Array<{ where: string; pattern: string }> = [];
  for (const file of filesUnder(join(ROOT, 'schemas'), (path) => path.endsWith('.json'))) {
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((entry, index) => walk(entry, `${path}/${index}`));
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'pattern' && typeof value === 'string') out.push({ where: `${relative(ROOT, file)}#${path}`, pattern: value });
          else walk(value, `${path}/${key}`);
        }
      }
    };
    walk(JSON.parse(readFileSync(file, 'utf8')), '');
  }
  return out;
}

/**
 * Inputs that make a backtracking engine explode on a vulnerable pattern: long runs of one character
 * (or two alternating) drawn from the pattern's own literals and from common classes, ending in a
 * character that makes the match fail at the last moment.
 */
function attackStrings(regex: RegExp, length: number): string[] {
  const literals = new Set(regex.source.replace(/\\[dDwWsSbB]/g, '').replace(/\\u[0-9a-fA-F]{4}/g, '').replace(/[\\^$()[\]{}|?*+]/g, ''));
  const pumps = [...new Set(['a', 'A', '0', ' ', '\t', '\n', '.', '/', '-', '_', ':', 'é', '\u202E', ...literals])].slice(0, 40);
  const endings = ['\u0000', '!', ' ', '\n'];
  const out: string[] = [];
  for (const pump of pumps) for (const ending of endings) out.push(pump.repeat(length) + ending);
  for (let index = 0; index + 1 < pumps.length; index++) out.push(`${pumps[index]}${pumps[index + 1]}`.repeat(length / 2) + '\u0000');
  return out;
}

/** A quantifier applied to a group that itself holds an unbounded quantifier: the shape behind catastrophic backtracking. */
function hasNestedUnboundedQuantifier(source: string): boolean {
  const stack: Array<{ unbounded: boolean }> = [];
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\\') {
      index++;
      continue;
    }
    if (char === '[') {
      // Skip a character class.
      for (index++; index < source.length && source[index] !== ']'; index++) if (source[index] === '\\') index++;
      continue;
    }
    const unboundedQuantifier = char === '*' || char === '+' || (char === '{' && /^\{\d*,\}/.test(source.slice(index)));
    if (char === '(') stack.push({ unbounded: false });
    else if (char === ')') {
      const group = stack.pop();
      const next = source.slice(index + 1);
      const quantified = /^([*+?]|\{\d*,?\d*\})/.test(next);
      if (group?.unbounded && quantified && !/^\?(?![?+*])/.test(next) && !/^\{\d+\}/.test(next) && !/^\{0?,?1\}/.test(next)) return true;
      if (group?.unbounded && stack.length > 0) stack[stack.length - 1]!.unbounded = true;
    } else if (unboundedQuantifier && stack.length > 0) stack[stack.length - 1]!.unbounded = true;
  }
  return false;
}

describe('regular expressions', () => {
  const LENGTH = 30_000;
  // Generous, so a loaded CI machine does not fail it: catastrophic backtracking on 30 000 characters takes
  // minutes to ages, not seconds, so the bound still separates safe from unsafe patterns.
  const BOUND_MS = 2_000;

  it('every pattern in the schemas is anchored at the start and bounded (no *, + or open {n,})', () => {
    const patterns = schemaPatterns();
    expect(patterns.length).toBeGreaterThan(5);
    const unbounded = patterns.filter(({ pattern }) => !pattern.startsWith('^') || /(?<!\\)[*+]|\{\d+,\}/.test(pattern.replace(/\[[^\]]*\]/g, '[]')));
    expect(unbounded).toEqual([]);
  });

  it('no regular expression nests unbounded quantifiers', () => {
    const all = [...sourceRegexes().map(({ where, regex }) => ({ where, source: regex.source })), ...schemaPatterns().map(({ where, pattern }) => ({ where, source: pattern }))];
    expect(all.length).toBeGreaterThan(40);
    expect(all.filter(({ source }) => hasNestedUnboundedQuantifier(source))).toEqual([]);
    // The detector itself bites on the classic shapes.
    for (const evil of ['(a+)+$', '(a*)*b', '^(\\w+\\s?)*$', '(x+x+)+y', '((ab)*)+c']) expect(hasNestedUnboundedQuantifier(evil), evil).toBe(true);
    for (const fine of ['^[a-z]{1,9}(\\/[a-z]{1,9}){0,5}$', '(a|b)+', '^(\\d+)?$', '[(a+)+]']) expect(hasNestedUnboundedQuantifier(fine), fine).toBe(false);
  });

  it(`every regular expression in src/ and the schemas answers ${LENGTH}-character adversarial inputs within ${BOUND_MS} ms`, () => {
    const regexes = [
      ...sourceRegexes(),
      ...schemaPatterns().map(({ where, pattern }) => ({ where, regex: new RegExp(pattern, 'u') })),
    ];
    const slow: string[] = [];
    for (const { where, regex } of regexes) {
      const started = performance.now();
      for (const input of attackStrings(regex, LENGTH)) {
        regex.test(input);
        input.replace(new RegExp(regex.source, `${regex.flags.replace('g', '')}g`), '');
      }
      const elapsed = performance.now() - started;
      if (elapsed > BOUND_MS) slow.push(`${where} ${regex} took ${Math.round(elapsed)} ms`);
    }
    expect(slow).toEqual([]);
  });

  it('the timing check catches a catastrophic pattern', () => {
    const evil = /^(a+)+$/;
    const started = performance.now();
    evil.test(`${'a'.repeat(25)}!`);
    expect(performance.now() - started).toBeGreaterThan(BOUND_MS / 5);
  });
});
