/**
 * A 10 MB YAML file of many shapes through the parser: each must be checked or refused in seconds, within
 * a small heap. Prints, per shape, the outcome, the time and the heap growth, against a 1 MB baseline of
 * the same shape (a ratio near 10 means the cost grows with the input, not faster).
 *
 *   npx tsx bench/yaml-shapes.ts [megabytes=10] [shape…]
 */
import { parseReportText } from '../src/io/parse.js';

const MB = 1024 * 1024;

/** Text of `bytes` length built from a head, a repeated unit and a tail. */
function fill(head: string, unit: string, tail: string, bytes: number): string {
  return head + unit.repeat(Math.max(0, Math.floor((bytes - head.length - tail.length) / unit.length))) + tail;
}

const HEAD = 'checklistVersion: "1.0"\nstudy:\n  title: ';

export const SHAPES: Record<string, (bytes: number) => string> = {
  'double-quoted over many lines': (n) => fill(`${HEAD}"`, 'a \n', '"\n', n),
  'single-quoted over many lines': (n) => fill(`${HEAD}'`, 'a \n', "'\n", n),
  'plain text over many lines': (n) => fill(HEAD, 'a\n   ', '\n', n),
  'block text': (n) => fill(`${HEAD}|\n`, '    a\n', '', n),
  'blank lines': (n) => fill('checklistVersion: "1.0"\n', '\n', '', n),
  'comment lines': (n) => fill('checklistVersion: "1.0"\n', '#c\n', '', n),
  'trailing comments': (n) => fill('checklistVersion: "1.0"\nstudy:\n', '  # c\n', '', n),
  'one long line of spaces': (n) => fill('checklistVersion: "1.0"', ' ', '\n', n),
  'one long plain text': (n) => fill(HEAD, 'a', '\n', n),
  'one long quoted text': (n) => fill(`${HEAD}"`, 'a', '"\n', n),
  'escapes in quoted text': (n) => fill(`${HEAD}"`, '\\t', '"\n', n),
  'flow list': (n) => fill('a: [', '1,', '1]\n', n),
  'block list': (n) => fill('a:\n', '- 1\n', '', n),
  'nested block lists': (n) => fill('a:\n', '- ', '1\n', n),
  'nested flow lists': (n) => fill('a: ', '[', '\n', n),
  'mapping keys': (n) => fill('', 'k: 1\n', '', n),
  'anchors': (n) => fill('a: ', '&a ', '1\n', n),
  'tags': (n) => fill('a: ', '!t ', '1\n', n),
  'document markers': (n) => fill('', '---\n', '', n),
  'directives': (n) => fill('', '%YAML 1.2\n', '---\na: 1\n', n),
  'question marks': (n) => fill('', '? ', 'a\n', n),
  'colons': (n) => fill('a', ': ', '1\n', n),
  'quotes only': (n) => fill('a: ', "''", '\n', n),
  'tabs': (n) => fill('a:', '\t', '1\n', n),
  'carriage returns': (n) => fill('a: "', '\r', '"\n', n),
};

function measure(text: string): { ms: number; heapMb: number; outcome: string } {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const started = performance.now();
  const result = parseReportText(text, { filename: 'x.yaml', maxBytes: 64 * MB });
  const ms = performance.now() - started;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { ms, heapMb: (peak - before) / MB, outcome: result.ok ? 'checked' : result.error.code };
}

const megabytes = Number(process.argv[2] ?? 10);
const only = process.argv.slice(3);
console.log(`shape${' '.repeat(28)}outcome            ${megabytes} MB: ms   heap MB   1 MB: ms   time ratio`);
for (const [name, make] of Object.entries(SHAPES)) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
  const base = measure(make(MB));
  const big = measure(make(megabytes * MB));
  console.log(
    `${name.padEnd(33)}${big.outcome.padEnd(19)}${big.ms.toFixed(0).padStart(9)}${big.heapMb.toFixed(0).padStart(10)}${base.ms.toFixed(0).padStart(11)}${(big.ms / Math.max(base.ms, 1)).toFixed(1).padStart(13)}`,
  );
}
