/**
 * The fast path for JSON input must never change what a user sees: for every text it accepts, the slow
 * path (jsonc-parser's tree, then the limit checks on the value) would accept it too, give the same value
 * and put every pointer at the same line and column.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { jsonTextSourceMap, parseJsonFast } from '../../src/io/json-fast.js';
import { checkValueLimits, DEFAULT_LIMITS, resolveLimits, scanJsonText, type InputLimits } from '../../src/io/limits.js';
import { treeSourceMap } from '../../src/io/source-map.js';
import { ROOT } from '../helpers.js';

function childOf(node: JsonNode, segment: string): JsonNode | undefined {
  if (node.type === 'object') return node.children?.findLast((entry) => entry.children?.[0]?.value === segment)?.children?.[1];
  if (node.type === 'array' && /^\d+$/.test(segment)) return node.children?.[Number(segment)];
  return undefined;
}

function pointers(value: unknown, base = '', out: string[] = []): string[] {
  out.push(base);
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) pointers((value as Record<string, unknown>)[key], `${base}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, out);
  }
  return out;
}

/** What the slow path says about a text: accepted or not, and where each pointer lies. */
function slowAccepts(text: string, limits: InputLimits): boolean {
  if (scanJsonText(text, limits)) return false;
  const errors: unknown[] = [];
  const tree = parseTree(text, errors as never, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (!tree || errors.length > 0) return false;
  const seen = (node: JsonNode): boolean =>
    node.type !== 'object' ||
    (new Set(node.children?.map((property) => property.children?.[0]?.value)).size === (node.children?.length ?? 0) && (node.children ?? []).every((property) => !property.children?.[1] || seen(property.children[1])));
  const noDuplicates = (node: JsonNode): boolean => seen(node) && (node.children ?? []).every((child) => child.type === 'property' || noDuplicates(child));
  if (!noDuplicates(tree)) return false;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  return checkValueLimits(value, limits) === undefined;
}

function expectSameAsSlowPath(text: string, limits: InputLimits = DEFAULT_LIMITS): void {
  const fast = parseJsonFast(text, limits);
  if (!fast) return; // the slow path speaks: nothing to compare
  expect(slowAccepts(text, limits), text.slice(0, 200)).toBe(true);
  expect(fast.value).toEqual(JSON.parse(text));
  const tree = parseTree(text, [], { disallowComments: true });
  const slow = treeSourceMap(text, tree, childOf, (node) => node.offset);
  const asked = [...pointers(fast.value), '/missing', '/study/missing/deeper', '/0', '/doseAdministration/arms/999', '/doseAdministration/arms/x'];
  for (const pointer of asked) expect(fast.sourceMap.locate(pointer), pointer).toEqual(slow.locate(pointer));
}

const examples = readdirSync(join(ROOT, 'examples'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => parseYaml(readFileSync(join(ROOT, 'examples', file), 'utf8')) as unknown);

describe('the fast path for JSON input', () => {
  it('accepts the examples, written compactly or indented, with the same values and positions', () => {
    for (const example of examples) {
      for (const text of [JSON.stringify(example), JSON.stringify(example, null, 2), JSON.stringify(example, null, '\t')]) {
        expect(parseJsonFast(text, DEFAULT_LIMITS)).toBeDefined();
        expectSameAsSlowPath(text);
      }
    }
  });

  it('steps aside for duplicate keys, even spelt with escapes, and for anything over a limit', () => {
    expect(parseJsonFast('{"a": 1, "a": 2}', DEFAULT_LIMITS)).toBeUndefined();
    expect(parseJsonFast('{"a": 1, "\\u0061": 2}', DEFAULT_LIMITS)).toBeUndefined();
    expect(parseJsonFast(`{${Array.from({ length: 40 }, (_, index) => `"k${index}": ${index}`).join(',')}, "k3": 0}`, DEFAULT_LIMITS)).toBeUndefined();
    const small = resolveLimits({ maxDepth: 3, maxArrayLength: 2, maxStringLength: 5, maxValues: 6 });
    expect(parseJsonFast('{"a": {"b": {"c": {}}}}', small)).toBeUndefined();
    expect(parseJsonFast('{"a": [1, 2, 3]}', small)).toBeUndefined();
    expect(parseJsonFast('{"a": "123456"}', small)).toBeUndefined();
    expect(parseJsonFast('{"abcdef": 1}', small)).toBeUndefined();
    expect(parseJsonFast('{"a": [1, 2], "b": [3, 4]}', small)).toBeUndefined();
    expect(parseJsonFast('{"a": [1, 2], "b": 3}', small)).toBeDefined();
    // Deep nesting is refused without recursion, however deep.
    expect(parseJsonFast(`${'['.repeat(200_000)}${']'.repeat(200_000)}`, DEFAULT_LIMITS)).toBeUndefined();
  });

  it('accepts a value exactly at each limit and refuses one over it, in lists and in objects alike', () => {
    const small = resolveLimits({ maxDepth: 3, maxArrayLength: 2, maxStringLength: 5, maxValues: 6 });
    // The document, a, its two entries, b and its entry: six values.
    expect(parseJsonFast('{"a": [1, 2], "b": [3]}', small)).toBeDefined();
    expect(parseJsonFast('{"a": [1, 2], "b": [3, 4]}', small)).toBeUndefined();
    expect(parseJsonFast('{"a": {"b": [1]}}', small)).toBeDefined();
    expect(parseJsonFast('{"a": {"b": [[]]}}', small)).toBeUndefined();
    expect(parseJsonFast('[[["12345"]]]', small)).toBeDefined();
    expect(parseJsonFast('[[[{}]]]', small)).toBeUndefined();
    expect(parseJsonFast('"12345"', small)).toBeDefined();
    expect(parseJsonFast('"123456"', small)).toBeUndefined();
    expect(parseJsonFast('{"a": [1e400]}', DEFAULT_LIMITS)).toBeUndefined();
    expect(parseJsonFast('{"a": {"b": -1e400}}', DEFAULT_LIMITS)).toBeUndefined();
    expect(parseJsonFast('1e400', DEFAULT_LIMITS)).toBeUndefined();
  });

  it('accepts a value nested more deeply than the call stack allows when the depth limit is raised that far', () => {
    const raised = resolveLimits({ maxDepth: 200_000, maxValues: 999_999 });
    const deep = `{"x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    // The document is at depth 1, so its deepest list at 100 001.
    expect(parseJsonFast(deep, raised)).toBeDefined();
    expect(parseJsonFast(deep, resolveLimits({ maxDepth: 100_001, maxValues: 999_999 }))).toBeDefined();
    expect(parseJsonFast(deep, resolveLimits({ maxDepth: 100_000, maxValues: 999_999 }))).toBeUndefined();
  });

  it('tells keys from text that only looks like a key, so duplicates are never missed', () => {
    // Escaped quotes and colons inside text values are not keys.
    for (const text of ['{"a": "x\\": y", "b": "\\\\"}', '{"url": "https://example.org", "k": {"q": "\\":"}}']) {
      expect(parseJsonFast(text, DEFAULT_LIMITS), text).toBeDefined();
      expectSameAsSlowPath(text);
    }
    // A text that starts with a colon reads like a key end: the count is only an upper bound, so this
    // steps aside (and the slow path accepts it), while a real duplicate next to it still is one.
    expect(parseJsonFast('{"a": ": b"}', DEFAULT_LIMITS)).toBeUndefined();
    expect(parseJsonFast('{"a": ": b", "a": 1}', DEFAULT_LIMITS)).toBeUndefined();
    expect(slowAccepts('{"a": ": b"}', DEFAULT_LIMITS)).toBe(true);
  });

  it('steps aside for text that is not JSON, as JSON.parse reads it', () => {
    for (const text of ['{', '{"a": 1,}', '{"a": 01}', "{'a': 1}", '{"a": 1} x', '\u000b{"a": 1}', '{"a": "\u0001"}', '{"a": 1} // c', '']) {
      expect(parseJsonFast(text, DEFAULT_LIMITS), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('finds positions in keys with escapes, integer-like keys, nested lists and odd spacing', () => {
    const texts = [
      '{"a\\/b": {"~x": [1, {"0": "y", "10": [true, null]}]}, "c": "\\"}{"}',
      ' \n\t{ "1": 1 , "0" : { "2" : [ [ ], { } , "s" ] } }\r\n',
      '[{"a": 1}, [2, [3]], "x"]',
      '{"emoji": "😀", "k\\u00e9y": {"z": -1.5e+10}}',
    ];
    for (const text of texts) expectSameAsSlowPath(text);
    expect(jsonTextSourceMap('{"a\\/b": {"~x": 1}}', { 'a/b': { '~x': 1 } }).locate('/a~1b/~0x')).toEqual({ line: 1, column: 17 });
  });

  it('finds a member by its key only where that key cannot belong to another object', () => {
    const texts = [
      // The same key nested in an earlier member, deeper, or only in a text value before the key itself.
      '{"a": {"k": 1}, "k": 2}',
      // Integer-like keys, which JSON.parse puts first whatever their place in the text.
      '{"b": {"0": 1}, "0": 2}',
      '{"x": {"b": {"0": 1, "k": 3}, "0": 2, "k": 4}}',
      '{"x": {"k": {"k": 3}}, "y": {"k": [{"k": 4}]}}',
      '{"a": "k", "b": ["k", "\\"k\\": 1"], "k": 5}',
      // Brackets and escaped quotes inside texts, next to brackets that count.
      '{"a": "}]{[", "b": {"c": "]"}, "c": 1}',
      '{"a": "x\\"}", "b": [1, "\\\\"], "c": {"d": 2, "e": "\\\\\\"]"}}',
      // Line ends written as CRLF, tabs and no spacing at all.
      '{\r\n  "a": {\r\n    "b": 1\r\n  },\r\n  "b": 2\r\n}\r\n',
      '{"a":{"b":[{"c":1},{"c":2}]},"b":{"c":3}}',
      // Keys that are empty, start with a character that may follow a closing quote, or hold non-ASCII letters.
      '{"": {"": 1}, "x": "", "l": ["a", ", b"], ", ": 1, " k": {"k": 2}}',
      '{"µL": {"Größe": 1}, "é": [{"ß": 2}], "😀": {"µL": 3}}',
      // A key spelt with a \\u escape elsewhere: searching for the key as written could miss it.
      '{"x": {"\\u006b": 1}, "k": 2}',
      '{"x": {"\\u006b": 1, "y": {"k": 2}}}',
      '{"\\u00b5L": 1, "x": {"µL": 2}, "k\\/1": {"k/1": 3}}',
      // Deep nesting, within the limit.
      `${'{"k": '.repeat(60)}{"k": 1}${'}'.repeat(60)}`,
    ];
    for (const text of texts) {
      expect(parseJsonFast(text, DEFAULT_LIMITS), text).toBeDefined();
      expectSameAsSlowPath(text);
    }
  });

  it('finds each entry of a list, whatever the entries before it hold', () => {
    const texts = [
      '[{"k": 1}, {"k": 2}, {"k": 3}]',
      // The same key nested in earlier entries, at any depth, and later in an entry of its own.
      '{"l": [{"a": {"k": [{"k": 1}]}, "k": 2}, {"k": {"k": 3}}, {"k": 4, "a": {"k": 5}}]}',
      // Entries that are not objects, empty, or whose first key is integer-like or spelt with an escape.
      '{"l": [[{"k": 1}], {}, "k", 2, {"1": 3, "k": 4}, {"0": {"k": 5}}, {"k": 6}, {"a\\"b": 7}, {"a\\"b": 8}, {"k": 9}]}',
      // The key token inside a text, and lists nested in lists.
      '[["\\"k\\": 1", {"k": 2}], {"x": "{\\"k\\": 3}", "k": 4}, {"k": [{"k": 5}, {"k": 6}]}]',
      // The key token ending a key that holds an escaped quote.
      '[{"a\\"k": 1, "k": 0}, {"k": 2}]',
      // A \\u escape anywhere: no key is searched for as written.
      '[{"k": "\\u00b5"}, {"k": 2}]',
      JSON.stringify({ arms: [{ id: 'a', dose: { id: 'x' } }, { id: 'b', arms: [{ id: 'c' }, { id: 'd' }] }, { id: 'e' }] }, null, 2),
    ];
    for (const text of texts) {
      expect(parseJsonFast(text, DEFAULT_LIMITS), text).toBeDefined();
      expectSameAsSlowPath(text);
    }
  });

  it('finds every member the same whatever order a report asks for them in, integer-like keys included', () => {
    const texts = [
      '{"a": {"k": 1, "b": {"k": 2}}, "b": {"k": {"k": 3}}, "k": {"a": {"b": 4}}, "c": [{"k": 5}, {"b": 6}]}',
      JSON.stringify({ study: { k: 1 }, storage: { k: { storage: 2 }, where: 'x' }, where: { storage: 3 }, k: 4 }, null, 2),
      '{"b": {"k": 1}, "1": {"k": 2, "0": {"k": 3}}, "k": 3, "0": {"b": {"k": 4}}}',
      '{"x": {"2": {"k": 1}, "k": 2, "1": 3}, "k": {"x": {"k": 4}}}',
      // "1" comes first among the members of the value, last in the text: a search for k must not start after it.
      `{"k": "${'x'.repeat(60)}", "1": {"k": 2}}`,
    ];
    let state = 7;
    const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (const text of texts) {
      const tree = parseTree(text, [], { disallowComments: true });
      const slow = treeSourceMap(text, tree, childOf, (node) => node.offset);
      const asked = [...pointers(JSON.parse(text)), '/missing', '/k/missing'];
      for (let round = 0; round < 20; round++) {
        // A fresh map each round, asked in a shuffled order (the first round: backwards).
        const fast = parseJsonFast(text, DEFAULT_LIMITS)!;
        const order = round === 0 ? [...asked].reverse() : asked.map((pointer) => ({ pointer, at: next() })).sort((a, b) => a.at - b.at).map(({ pointer }) => pointer);
        for (const pointer of order) expect(fast.sourceMap.locate(pointer), `${text} ${pointer}`).toEqual(slow.locate(pointer));
      }
    }
  });

  it('agrees with the slow path on generated documents whose few keys repeat at every depth', () => {
    let state = 11;
    const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const keys = ['k', 'value', 'where', 'a', 'µ', '', 'x/y', 'k~1'];
    const texts = ['k', ']', '}{', 'a\\', 'say "k": 1', 'µL', ', "k": [', ''];
    const spaces = ['', ' ', '\n', '\r\n  ', '\t'];
    const value = (depth: number): unknown => {
      const roll = next();
      if (depth > 4 || roll < 0.3) return roll < 0.15 ? pick(texts) : Math.floor(next() * 100);
      if (roll < 0.5) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: 1 + Math.floor(next() * 4) }, () => [pick(keys), value(depth + 1)]));
    };
    // Written with random white space between tokens (never inside a text).
    const write = (item: unknown): string => {
      const gap = (): string => pick(spaces);
      if (Array.isArray(item)) return `[${gap()}${item.map((entry) => write(entry)).join(`,${gap()}`)}${gap()}]`;
      if (item !== null && typeof item === 'object') {
        return `{${gap()}${Object.entries(item).map(([key, entry]) => `${JSON.stringify(key)}${gap()}:${gap()}${write(entry)}`).join(`${gap()},${gap()}`)}${gap()}}`;
      }
      return JSON.stringify(item);
    };
    for (let round = 0; round < 300; round++) {
      const document = Object.fromEntries(Array.from({ length: 1 + Math.floor(next() * 5) }, () => [pick(keys), value(0)]));
      const text = round % 2 === 0 ? JSON.stringify(document, null, 2) : write(document);
      expect(parseJsonFast(text, DEFAULT_LIMITS), text).toBeDefined();
      expectSameAsSlowPath(text);
    }
  });

  it('agrees with the slow path on thousands of damaged texts', () => {
    let state = 7;
    const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pieces = ['{', '}', '[', ']', ',', ':', '"', '\\', '"a"', '"a": 1', ' ', '\n', '1', 'null', '"\\u0061"', '"x":{"y":[1,2]}'];
    let accepted = 0;
    for (let round = 0; round < 2000; round++) {
      const base = JSON.stringify(examples[round % examples.length]);
      const chars = [...base];
      for (let edit = 0; edit < 1 + Math.floor(next() * 3); edit++) {
        const at = Math.floor(next() * chars.length);
        const roll = next();
        if (roll < 0.4) chars.splice(at, 1);
        else chars.splice(at, roll < 0.7 ? 0 : 1, pieces[Math.floor(next() * pieces.length)]!);
      }
      const text = chars.join('');
      if (parseJsonFast(text, DEFAULT_LIMITS)) accepted++;
      expectSameAsSlowPath(text);
    }
    expect(accepted).toBeGreaterThan(100);
  });
});
