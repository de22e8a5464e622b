/**
 * `npm run bench:cli`: whole-process timings of the built CLI (dist/cli.cjs; run `npm run build` first)
 * against ajv-cli validating the same files, and against `node -e 0` for cold start.
 *
 *   cold start   `check` on one study report (the YAML example, and the same document as JSON)
 *   1 file       one JSON document: ours vs `ajv validate`
 *   1,000 files  a directory of JSON variants of the examples: `check DIR --format ndjson` as a user runs it
 *                (default --jobs auto), and with --jobs 1 and --jobs 2, vs `ajv validate -d "dir/*.json"`; one
 *                extra run checks that every finding it prints is located
 *
 * The documents are the examples as they are (checklist 1.1), and ajv-cli gets the schema of that version.
 *   NDJSON       10,000 documents on standard input (--ndjson-input --ndjson): documents per second and peak
 *                RSS, by default and with --jobs 1; peak RSS again at 100,000 documents (by default), which
 *                must stay flat
 *
 * Every timing is the median of several runs, interleaved with its baseline; each ratio is taken per run
 * and reported with its run-to-run noise (half the interquartile range). Exit 1 when a target is missed
 * by more than that noise.
 *
 * Environment: BENCH_CLI_RUNS (default 5), BENCH_COLD_RUNS (default 15), BENCH_NDJSON_RUNS (default 3),
 * BENCH_NDJSON_LARGE (default 100000; 0 skips the large run).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CURRENT_EXAMPLES_DIR, CURRENT_SCHEMA_FILE, exampleDocuments, ROOT } from './lib/documents.js';
import { checkResults, type Check } from './lib/checks.js';
import { estimate, median } from './lib/stats.js';
import { count, fixed, table } from './lib/table.js';

const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 5);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);
const NDJSON_RUNS = Number(process.env.BENCH_NDJSON_RUNS ?? 3);
const NDJSON_COUNT = 10_000;
const NDJSON_LARGE = Number(process.env.BENCH_NDJSON_LARGE ?? 100_000);
const FILE_COUNT = 1000;

const CLI = join(ROOT, 'dist/cli.cjs');
const AJV = join(ROOT, 'node_modules/ajv-cli/dist/index.js');
// The schema of the documents' own version (examples/ are checklist 1.1): the same work for both tools.
const SCHEMA = CURRENT_SCHEMA_FILE;
const RSS_PROBE = join(ROOT, 'bench/lib/rss-probe.cjs');
const YAML_EXAMPLE = join(ROOT, 'examples/complete-in-vivo-ev.yaml');

function log(text = ''): void {
  process.stdout.write(`${text}\n`);
}

if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist/worker.cjs'))) {
  process.stderr.write('bench:cli needs the built CLI: run "npm run build" first.\n');
  process.exit(2);
}

// --- Inputs, generated into a temporary directory. ----------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'secretome-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const examples = exampleDocuments(CURRENT_EXAMPLES_DIR);
const filesDir = join(work, 'files');
mkdirSync(filesDir);
for (let index = 0; index < FILE_COUNT; index++) {
  const { document } = examples[index % examples.length]!;
  const variant = structuredClone(document) as { study?: { title?: string } };
  variant.study = { ...variant.study, title: `${variant.study?.title ?? 'Study'} (variant ${index + 1})` };
  writeFileSync(join(filesDir, `study-${String(index + 1).padStart(4, '0')}.json`), `${JSON.stringify(variant, null, 2)}\n`);
}
const singleJson = join(work, 'complete-in-vivo-ev.json');
writeFileSync(singleJson, `${JSON.stringify(examples.find((entry) => entry.name === 'complete-in-vivo-ev.yaml')!.document, null, 2)}\n`);
const ndjsonLines = examples.map(({ document }) => `${JSON.stringify(document)}\n`);

// --- Running a process. ---------------------------------------------------------------------------------

/** The 1,000-file run once more with its output read: every finding of every report must carry a location. */
function locatedFindings(): { reports: number; findings: number; unlocated: number } {
  const result = spawnSync(process.execPath, [CLI, 'check', filesDir, '--format', 'ndjson'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30, encoding: 'utf8' });
  const lines = result.stdout.split('\n').filter((line) => line !== '');
  let findings = 0;
  let unlocated = 0;
  for (const line of lines) {
    for (const finding of (JSON.parse(line) as { findings: Array<{ location?: unknown }> }).findings) {
      findings++;
      if (finding.location === undefined) unlocated++;
    }
  }
  return { reports: lines.length, findings, unlocated };
}
interface Run {
  ms: number;
  code: number | null;
  rssKb: number;
  stderr: string;
}

interface Command {
  args: string[];
  /** Documents to write to standard input, as NDJSON lines. */
  ndjsonDocuments?: number;
  /** Exit codes that mean the command worked (ours exits 1 when a document fails its thresholds). */
  okCodes?: number[];
}

let rssFile = 0;
async function run(command: Command): Promise<Run> {
  const probe = join(work, `rss-${rssFile++}`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--require', RSS_PROBE, ...command.args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RSS_FILE: probe, NO_COLOR: '1' },
    stdio: [command.ndjsonDocuments ? 'pipe' : 'ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    if (stderr.length < 4000) stderr += chunk.toString();
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  if (command.ndjsonDocuments) {
    const input = child.stdin!;
    input.on('error', () => undefined);
    for (let index = 0; index < command.ndjsonDocuments; index++) {
      if (!input.write(ndjsonLines[index % ndjsonLines.length]!)) await new Promise((resolve) => input.once('drain', resolve));
    }
    input.end();
  }
  const code = await closed;
  const ms = performance.now() - started;
  const rssKb = existsSync(probe) ? Number(readFileSync(probe, 'utf8')) : Number.NaN;
  if (!(command.okCodes ?? [0]).includes(code ?? -1)) throw new Error(`${command.args.join(' ')} exited with ${String(code)}: ${stderr.slice(0, 500)}`);
  return { ms, code, rssKb, stderr };
}

const ours = (...args: string[]): Command => ({ args: [CLI, 'check', ...args], okCodes: [0, 1] });
const many = (...args: string[]): Command => ours(filesDir, '--format', 'ndjson', ...args);
const ajvCli = (data: string): Command => ({
  args: [AJV, 'validate', '--spec=draft2020', '-c', './bench/ajv-x-message.cjs', '--strict-types=false', '-s', SCHEMA, '-d', data],
});

/** Runs the commands in turn, `rounds` times, and returns each one's runs. */
async function interleaved(commands: Command[], rounds: number, label: string): Promise<Run[][]> {
  const results: Run[][] = commands.map(() => []);
  for (let round = 0; round < rounds; round++) {
    process.stderr.write(`\r\u001b[K${label}: run ${round + 1}/${rounds}`);
    const order = round % 2 === 0 ? commands.map((_, index) => index) : commands.map((_, index) => commands.length - 1 - index);
    for (const index of order) results[index]!.push(await run(commands[index]!));
  }
  process.stderr.write('\r\u001b[K');
  return results;
}

const times = (runs: Run[]): number[] => runs.map((entry) => entry.ms);
const ratios = (a: Run[], b: Run[]): number[] => a.map((entry, index) => entry.ms / b[index]!.ms);

// --- Measurements. ----------------------------------------------------------------------------------------
log(`secretome-checklist bench:cli — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);

// Warm the file system cache and both programs once.
await run(many());
await run(ajvCli(join(filesDir, '*.json')));
const located = locatedFindings();

const [nodeBare, coldYaml, coldJson] = await interleaved([{ args: ['-e', '0'] }, ours(YAML_EXAMPLE), ours(singleJson)], COLD_RUNS, 'cold start');
const [oursOne, ajvOne] = await interleaved([ours(singleJson), ajvCli(singleJson)], RUNS, '1 file');
const [oursMany, oursManyOne, oursManyTwo, ajvMany] = await interleaved([many(), many('--jobs', '1'), many('--jobs', '2'), ajvCli(join(filesDir, '*.json'))], RUNS, `${FILE_COUNT} files`);
const ndjsonArgs = ['-', '--ndjson-input', '--ndjson', '--fail-on', 'none'];
const [stream, streamOne] = await interleaved(
  [
    { ...ours(...ndjsonArgs), ndjsonDocuments: NDJSON_COUNT },
    { ...ours(...ndjsonArgs, '--jobs', '1'), ndjsonDocuments: NDJSON_COUNT },
  ],
  NDJSON_RUNS,
  `NDJSON ${count(NDJSON_COUNT)}`,
);
let large: Run | undefined;
if (NDJSON_LARGE > 0) {
  process.stderr.write(`NDJSON ${count(NDJSON_LARGE)}: one run`);
  large = await run({ ...ours(...ndjsonArgs), ndjsonDocuments: NDJSON_LARGE });
  process.stderr.write('\r\u001b[K');
}

// --- Results. ------------------------------------------------------------------------------------------------
const ms = (runs: Run[]): string => fixed(median(times(runs)), 0);
const perSecond = (runs: Run[], documents: number): string => count(documents / (median(times(runs)) / 1000));
const rss = (runs: Run[]): string => `${fixed(median(runs.map((entry) => entry.rssKb)) / 1024, 0)} MB`;

log();
log(
  table(
    ['run', 'ours ms', 'baseline', 'baseline ms', 'documents/s (ours)', 'peak RSS (ours)'],
    [
      ['cold start: check 1 YAML file', ms(coldYaml!), 'node -e 0', ms(nodeBare!), '', rss(coldYaml!)],
      ['cold start: check 1 JSON file', ms(coldJson!), 'node -e 0', ms(nodeBare!), '', rss(coldJson!)],
      ['1 JSON file', ms(oursOne!), 'ajv-cli', ms(ajvOne!), '', rss(oursOne!)],
      [`${count(FILE_COUNT)} JSON files, --format ndjson (default: --jobs auto)`, ms(oursMany!), 'ajv-cli', ms(ajvMany!), perSecond(oursMany!, FILE_COUNT), rss(oursMany!)],
      [`${count(FILE_COUNT)} JSON files, --format ndjson --jobs 1`, ms(oursManyOne!), 'ajv-cli', ms(ajvMany!), perSecond(oursManyOne!, FILE_COUNT), rss(oursManyOne!)],
      [`${count(FILE_COUNT)} JSON files, --format ndjson --jobs 2`, ms(oursManyTwo!), 'ajv-cli', ms(ajvMany!), perSecond(oursManyTwo!, FILE_COUNT), rss(oursManyTwo!)],
      [`NDJSON stream, ${count(NDJSON_COUNT)} documents (default: --jobs auto)`, ms(stream!), '', '', perSecond(stream!, NDJSON_COUNT), rss(stream!)],
      [`NDJSON stream, ${count(NDJSON_COUNT)} documents, --jobs 1`, ms(streamOne!), '', '', perSecond(streamOne!, NDJSON_COUNT), rss(streamOne!)],
      ...(large ? [[`NDJSON stream, ${count(NDJSON_LARGE)} documents`, fixed(large.ms, 0), '', '', count(NDJSON_LARGE / (large.ms / 1000)), `${fixed(large.rssKb / 1024, 0)} MB`]] : []),
    ],
  ),
);

const checks: Check[] = [
  { name: 'cold start: check (YAML) ÷ node -e 0', value: estimate(ratios(coldYaml!, nodeBare!)), target: { kind: 'at-most', limit: 3 } },
  { name: 'cold start: check (JSON) ÷ node -e 0', value: estimate(ratios(coldJson!, nodeBare!)), target: { kind: 'at-most', limit: 3 } },
  { name: '1 file: ajv-cli time ÷ ours', value: estimate(ratios(ajvOne!, oursOne!)) },
  { name: `${count(FILE_COUNT)} files (--format ndjson): wall time ours ÷ ajv-cli`, value: estimate(ratios(oursMany!, ajvMany!)), target: { kind: 'at-most', limit: 0.5 } },
  { name: `${count(FILE_COUNT)} files, --jobs 1: wall time ours ÷ ajv-cli`, value: estimate(ratios(oursManyOne!, ajvMany!)) },
  { name: `${count(FILE_COUNT)} files, --jobs 2: wall time ours ÷ ajv-cli`, value: estimate(ratios(oursManyTwo!, ajvMany!)) },
  { name: `${count(FILE_COUNT)} files: speed-up of the default over --jobs 1`, value: estimate(ratios(oursManyOne!, oursMany!)) },
  // What --jobs auto would gain by adding a thread here (it adds one per 1.35 cores: none on two).
  { name: `${count(FILE_COUNT)} files: speed-up of --jobs 2 over --jobs 1`, value: estimate(ratios(oursManyOne!, oursManyTwo!)) },
  { name: `NDJSON ${count(NDJSON_COUNT)}: speed-up of the default over --jobs 1`, value: estimate(ratios(streamOne!, stream!)) },
];
if (large) {
  // Memory must not grow with the number of documents: one run each, so the tolerance is fixed.
  const flat = median(stream!.map((entry) => entry.rssKb));
  checks.push({ name: `NDJSON peak RSS, ${count(NDJSON_LARGE)} ÷ ${count(NDJSON_COUNT)} documents (1 = flat)`, value: { median: large.rssKb / flat, noise: 0.1, rounds: 1 }, target: { kind: 'at-most', limit: 1.25 } });
}
// Speed must not come from leaving positions out: a finding without a location fails the run outright.
checks.push({ name: `${count(FILE_COUNT)} files: findings without a location (of ${count(located.findings)} in ${count(located.reports)} reports)`, value: { median: located.unlocated, noise: 0, rounds: 1 }, target: { kind: 'at-most', limit: 0 } });
const { text: checksTable, missed } = checkResults(checks);
log();
log(checksTable);
log();
log(`${RUNS} runs per timing (${COLD_RUNS} for cold start, ${NDJSON_RUNS} for NDJSON); ajv-cli ${JSON.parse(readFileSync(join(ROOT, 'node_modules/ajv-cli/package.json'), 'utf8')).version as string} with -c bench/ajv-x-message.cjs --strict-types=false -s schemas/study-report-1.1.schema.json`);
log(`load average at the end: ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);

if (missed.length > 0) {
  process.stderr.write(`bench:cli: target missed beyond the measured noise: ${missed.join('; ')}\n`);
  process.exitCode = 1;
}
