/**
 * The fast path for YAML must never change what a user sees: for every text it reads, the yaml package
 * (parseYamlSyntax) reads it too, gives the same value and puts every pointer at the same line and
 * column; for anything else it steps aside. Checked on every YAML file of the repository (the examples,
 * the review's studies, the bad-input corpus), on tricky snippets, and on random documents written out
 * by the yaml package in many styles.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { DEFAULT_LIMITS, resolveLimits, type InputLimits } from '../../src/io/limits.js';
import { parseYamlSyntax } from '../../src/io/parse-yaml.js';
import { parseYamlFast } from '../../src/io/yaml-fast.js';
import { ROOT } from '../helpers.js';

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

/** Every pointer of a value, and one child that is not there below each container. */
function pointers(value: unknown, base = '', out: string[] = []): string[] {
  out.push(base);
  if (value !== null && typeof value === 'object') {
    out.push(`${base}/absent`, `${base}/99`);
    for (const key of Object.keys(value)) pointers((value as Record<string, unknown>)[key], `${base}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, out);
  }
  return out;
}

/** Whether the fast path read the text; fails the test if it read it differently from the yaml package. */
function agrees(text: string, limits: InputLimits = DEFAULT_LIMITS): boolean {
  const fast = parseYamlFast(text, limits);
  if (!fast) return false;
  const slow = parseYamlSyntax(text, 'study.yaml', limits);
  expect(slow.ok, `the yaml package refuses what the fast path read:\n${text.slice(0, 400)}`).toBe(true);
  if (!slow.ok) return true;
  expect(fast.value).toEqual(slow.value);
  for (const pointer of pointers(slow.value)) expect(fast.sourceMap.locate(pointer), pointer).toEqual(slow.sourceMap.locate(pointer));
  return true;
}

const body = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

describe('the YAML fast path', () => {
  const files = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test/fixtures'))];

  it('reads every example and every study of the review exactly as the yaml package does', () => {
    const examples = files.filter((file) => file.includes(`${join(ROOT, 'examples')}`));
    expect(examples.length).toBeGreaterThanOrEqual(35);
    for (const file of examples) expect(agrees(body(readFileSync(file, 'utf8'))), relative(ROOT, file)).toBe(true);
  });

  it('agrees with the yaml package, or steps aside, on every YAML file of the bad-input corpus and the fixtures', () => {
    let read = 0;
    for (const file of files) if (agrees(body(readFileSync(file, 'utf8')))) read++;
    expect(read).toBeGreaterThan(0);
  });

  it.each([
    ['a folded text', 'a: >-\n  one\n  two\nb: 1\n', true],
    ['a literal text kept with its final line break', 'a: |\n  one\n  two\n\nb: 1\n', true],
    ['a blank line inside a folded text', 'a: >\n  one\n\n  two\n', false],
    ['a # line inside a text after a blank line', 'a: |-\n  one\n\n  # two\n', false],
    ['a # line inside a text', 'a: |-\n  one\n  # two\nb: 1\n', true],
    ['a more indented line inside a folded text', 'a: >\n  one\n    two\n', false],
    ['negative numbers and exponents', 'a: -80\nb: { value: -.5, unit: x }\nc: [1e6, 2.5E-3, 0x1F, 0o17, +7, 007]\n', true],
    ['null, booleans and text that only looks like them', 'a: ~\nb: Null\nc: TRUE\nd: yes\ne: tRUE\nf: .5.\ng: 10.5555/abc\n', true],
    ['an empty value', 'a:\nb: 1\n', false],
    ['infinity', 'a: .inf\n', false],
    ['a no-break space at the end of a plain text', 'a: text\u00a0\n', true],
    ['a comment right after a value, without a space', 'a: text#not-a-comment\n', true],
    ['quotes', `a: "Wharton's jelly"\nb: 'it''s'\nc: [ "x y", 'z' ]\n`, true],
    ['an escape in double quotes other than \\" \\\\ \\/', 'a: "tab\\there"\n', false],
    ['escaped quotes, backslashes and slashes', 'a: "say \\"x\\" a\\\\b \\/"\nb: ["\\"", y]\n', true],
    ['a quoted text over two lines', 'a: "one\n  two"\n', false],
    ['a plain text over two lines', 'a: one\n  two\n', false],
    ['a duplicate key', 'a: 1\na: 2\n', false],
    ['a duplicate key in a flow mapping', 'a: { b: 1, b: 2 }\n', false],
    ['an empty entry in a flow list', 'a: [x, , y]\n', false],
    ['a trailing comma in a flow list', 'a: [x, y, ]\n', false],
    ['lists at the key column and below it', 'a:\n- x\n- y\nb:\n  - { c: 1 }\n  - d: 2\n    e: [3]\n  - - 4\n', false],
    ['lists of mappings', 'a:\n- x\n- y\nb:\n  - { c: 1 }\n  - d: 2\n    e: [3]\n', true],
    ['anchors and aliases', 'a: &x 1\nb: *x\n', false],
    ['a tag', 'a: !!str 1\n', false],
    ['a key that is a number', '1: a\n', false],
    ['a key read as a boolean', 'true: a\n', false],
    ['a __proto__ key', '__proto__: { a: 1 }\n', false],
    ['a tab', 'a:\t1\n', false],
    ['a line separator', 'a: x\u2028y\n', false],
    ['a second document', 'a: 1\n---\nb: 2\n', false],
    ['a top-level list', '- a\n- b\n', false],
    ['comments everywhere', '# head\n\na: # after a key\n  # before the first key\n  b: 1 # after a value\n  # between\n  c: 2\n# tail\n', true],
    ['nested flow collections', 'a: { b: [1, { c: x }], d: {} , e: [] }\n', true],
    ['a colon inside a plain text', 'a: 10:30\nb: [10:30, C#]\nc: { d: Mixed 1:1 with medium }\n', true],
    ['a colon and a space inside a flow text', 'a: [b: c]\n', false],
    ['wrong indentation', 'a:\n  b: 1\n c: 2\n', false],
  ])('%s', (_name, text, read) => {
    expect(agrees(text)).toBe(read);
  });

  it('steps aside where the yaml package checks a limit on the syntax', () => {
    const tight = resolveLimits({ maxDepth: 3, maxArrayLength: 2, maxStringLength: 5 });
    expect(parseYamlFast('a:\n  b:\n    c: 1\n', tight)).toBeUndefined();
    // However far --max-depth is raised, deep nesting goes to the slow path, which says what it can follow.
    expect(parseYamlFast(`a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, resolveLimits({ maxDepth: 100_000 }))).toBeUndefined();
    expect(parseYamlFast('a: [1, 2, 3]\n', tight)).toBeUndefined();
    expect(parseYamlFast('a: abcdefgh\n', tight)).toBeUndefined();
    // A folded text is bounded as written, indentation included, as the slow path bounds it.
    expect(parseYamlFast(`a: >-\n${'          x\n'.repeat(3)}`, resolveLimits({ maxStringLength: 20 }))).toBeUndefined();
    expect(parseYamlFast('a: 1\n'.repeat(1000), resolveLimits({ maxValues: 100 }))).toBeUndefined();
  });

  it('agrees with the yaml package on random documents written in many styles', () => {
    const key = fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_$-]{0,8}$/);
    const scalar = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^[-+]?[0-9.eExo_A-F ]{1,8}$/),
      fc.constantFrom('null', '~', 'true', 'False', 'µL', '−80 °C', 'a # b', 'a: b', "it's", '"q"', '- x', '[x]', '', ' '),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    const document = fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 });
    const options = fc.record({
      indent: fc.constantFrom(2, 3, 4),
      indentSeq: fc.boolean(),
      flowCollectionPadding: fc.boolean(),
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      lineWidth: fc.constantFrom(0, 20, 80),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL'),
    }) as fc.Arbitrary<Record<string, unknown>>;
    let read = 0;
    fc.assert(
      fc.property(document, options, (data, style) => {
        const text = stringify(data, { ...style, collectionStyle: style.collectionStyle === 'flow' ? 'any' : style.collectionStyle } as never);
        if (agrees(text)) read++;
      }),
      { numRuns: 400 },
    );
    expect(read).toBeGreaterThan(10);
  });
});
