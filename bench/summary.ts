/**
 * `npx tsx bench/summary.ts`: how long `summary` takes next to `check` on the same inputs, in the same
 * process and run (both through src/cli/run.ts with captured output, so only the commands' work is timed):
 *
 *   corpus       the 30 study reports of examples/review-2025/
 *   1,000 files  a folder of 1,000 JSON documents (the corpus documents, each under 34 titles)
 *
 * For each: `check --format json --fail-on none` (the baseline: read, parse, validate, print reports),
 * `summary --format csv` (read, parse, validate with the ledger, tally, print the tidy CSV) and
 * `summary --format html --tables` (plus the charts and the evidence tables). Rounds are interleaved;
 * each ratio is taken per round and reported as the median ± half its interquartile range.
 *
 * Environment: BENCH_SUMMARY_ROUNDS (default 5).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../src/cli/io.js';
import { run } from '../src/cli/run.js';
import { parseReportText } from '../src/index.js';
import { ROOT } from './lib/documents.js';
import { estimate, median } from './lib/stats.js';
import { fixed, table, withNoise } from './lib/table.js';

const ROUNDS = Number(process.env.BENCH_SUMMARY_ROUNDS ?? 5);
const CORPUS = join(ROOT, 'examples/review-2025');
const FILE_COUNT = 1000;

const work = mkdtempSync(join(tmpdir(), 'secretome-bench-summary-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const corpus = readdirSync(CORPUS).filter((name) => name.endsWith('.yaml')).sort().map((name) => {
  const parsed = parseReportText(readFileSync(join(CORPUS, name), 'utf8'), { filename: name });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.document as { study?: { title?: string } };
});
const many = join(work, 'many');
mkdirSync(many);
for (let index = 0; index < FILE_COUNT; index++) {
  const document = structuredClone(corpus[index % corpus.length]!);
  document.study = { ...document.study, title: `${document.study?.title ?? 'Study'} (variant ${index + 1})` };
  writeFileSync(join(many, `study-${String(index + 1).padStart(4, '0')}.json`), `${JSON.stringify(document, null, 2)}\n`);
}

async function timed(args: string[]): Promise<{ ms: number; bytes: number }> {
  let bytes = 0;
  let errors = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (bytes += text.length) },
    stderr: { write: (text: string) => (errors += text) },
    readStdin: async () => new Uint8Array(),
    cwd: ROOT,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const started = performance.now();
  const code = await run(args, io);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${errors}`);
  return { ms, bytes };
}

const COMMANDS = {
  check: (input: string) => ['check', input, '--format', 'json', '--fail-on', 'none'],
  'summary csv': (input: string) => ['summary', input, '--format', 'csv'],
  'summary html --tables': (input: string) => ['summary', input, '--format', 'html', '--tables'],
} as const;
type Name = keyof typeof COMMANDS;

const rows: string[][] = [];
for (const [label, input, documents] of [['corpus (30 files)', CORPUS, corpus.length], ['1,000 files', many, FILE_COUNT]] as const) {
  // One warm-up round: module loading and JIT are not what is measured.
  for (const make of Object.values(COMMANDS)) await timed(make(input));
  const times: Record<Name, number[]> = { check: [], 'summary csv': [], 'summary html --tables': [] };
  const sizes: Record<string, number> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, make] of Object.entries(COMMANDS) as Array<[Name, (input: string) => string[]]>) {
      const result = await timed(make(input));
      times[name].push(result.ms);
      sizes[name] = result.bytes;
    }
  }
  for (const name of Object.keys(COMMANDS) as Name[]) {
    const ratio = estimate(times[name].map((ms, round) => ms / times.check[round]!));
    rows.push([label, name, fixed(median(times[name]), 0), fixed((median(times[name]) / documents) * 1000, 0), `${fixed(sizes[name]! / 1024, 0)} KiB`, name === 'check' ? '1 (baseline)' : withNoise(ratio.median, ratio.noise)]);
  }
}
process.stdout.write(`${table(['inputs', 'command', 'median ms', 'µs per document', 'output', '÷ check'], rows)}\n`);
process.stdout.write(`(${ROUNDS} interleaved rounds after one warm-up, in one process; Node ${process.version})\n`);
