/**
 * `npm run bench`: the library against baselines measured in this process on the same documents.
 *
 *   ajv  — the whole schema compiled with Ajv2020 (allErrors: false): structural validation alone, what a
 *          user would otherwise run;
 *   zod  — the schema written as zod (bench/zod-model.ts), parsed with safeParse;
 *   ours — createValidator().validate: structural validation, scoring and the full report (and, for the
 *          split, validateStructure alone).
 *
 * Tasks run interleaved in rounds (tinybench, order reversed every other round); each ratio is taken per
 * round and reported as the median with its run-to-run noise (half the interquartile range across rounds).
 * The process exits 1 when a target is missed by more than that noise.
 *
 * Environment: BENCH_ROUNDS (default 12), BENCH_TASK_MS (time per task and round, default 150).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Bench } from 'tinybench';
import { validateStructure } from '../src/schema/validate-structure.js';
import { createValidator } from '../src/validator.js';
import { ARM_COUNTS, armDocuments, damaged, exampleDocuments, random, SCHEMA_FILE, type NamedDocument } from './lib/documents.js';
import { checkResults, type Check } from './lib/checks.js';
import { estimate, geometricMean, median, type Estimate } from './lib/stats.js';
import { count, fixed, table, withNoise } from './lib/table.js';
import { SCHEMA_SHA256, StudyReport } from './zod-model.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 12);
const TASK_MS = Number(process.env.BENCH_TASK_MS ?? 150);

type Json = Record<string, unknown>;

function log(text = ''): void {
  process.stdout.write(`${text}\n`);
}

// --- Setup: the baselines and our validator, each timed once. ---------------------------------------
const schemaText = readFileSync(SCHEMA_FILE, 'utf8');
if (createHash('sha256').update(schemaText).digest('hex').slice(0, 16) !== SCHEMA_SHA256) {
  process.stderr.write('bench: bench/zod-model.ts was made from another version of the schema; run "npx tsx bench/generate-zod-model.ts".\n');
  process.exit(1);
}
const schema = JSON.parse(schemaText) as Json;
let started = performance.now();
const ajv = new Ajv2020({ allErrors: false, strictTypes: false, strictRequired: false });
ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
const ajvValidate = ajv.compile(schema);
const ajvCompileMs = performance.now() - started;

const examples = exampleDocuments();
const arms = armDocuments();
started = performance.now();
const validator = createValidator();
validator.validate(examples[0]!.document);
const oursSetupMs = performance.now() - started;

// --- Timing. -------------------------------------------------------------------------------------------
interface Group {
  name: string;
  documents: Json[];
}
const groups: Group[] = [
  { name: `examples (${examples.length})`, documents: examples.map((entry) => entry.document) },
  ...arms.map((entry: NamedDocument) => ({ name: entry.name, documents: [entry.document] })),
];
const CONTENDERS = {
  ajv: (document: Json) => ajvValidate(document),
  zod: (document: Json) => StudyReport.safeParse(document),
  structure: (document: Json) => validateStructure(document),
  ours: (document: Json) => validator.validate(document),
} as const;
type Contender = keyof typeof CONTENDERS;

/** Per group and contender: microseconds per document, one value per round. */
const perDocument = new Map<string, number[]>();
const key = (group: Group, contender: Contender): string => `${group.name}|${contender}`;

log(`secretome-checklist bench — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);
log(`${ROUNDS} rounds × ${TASK_MS} ms per task`);

const tasks: Array<{ group: Group; contender: Contender }> = groups.flatMap((group) => (Object.keys(CONTENDERS) as Contender[]).map((contender) => ({ group, contender })));
for (let round = 0; round <= ROUNDS; round++) {
  // Round 0 warms every task up and is not counted.
  const bench = new Bench({ time: round === 0 ? TASK_MS * 2 : TASK_MS, warmup: round === 0, throws: true });
  const order = round % 2 === 0 ? tasks : [...tasks].reverse();
  for (const { group, contender } of order) {
    const check = CONTENDERS[contender];
    const documents = group.documents;
    bench.add(key(group, contender), () => {
      for (const document of documents) check(document);
    });
  }
  bench.runSync();
  if (round === 0) continue;
  for (const task of bench.tasks) {
    const group = groups.find((entry) => task.name.startsWith(`${entry.name}|`))!;
    const latency = task.result.state === 'completed' ? task.result.latency.p50 : Number.NaN;
    const list = perDocument.get(task.name) ?? [];
    list.push(((latency ?? Number.NaN) * 1000) / group.documents.length);
    perDocument.set(task.name, list);
  }
  process.stderr.write(`\rround ${round}/${ROUNDS}`);
}
process.stderr.write('\r\u001b[K');

const series = (group: Group, contender: Contender): number[] => perDocument.get(key(group, contender)) ?? [];
const perRound = (a: number[], b: number[], f: (x: number, y: number) => number): number[] => a.map((value, index) => f(value, b[index]!));

// --- Agreement: the baselines check the same thing we do, or the comparison means nothing. Run after the
// timing, so that the damaged documents do not shape what the JIT compiles for the timed runs. -------------
const next = random(20260101);
const corpus: Json[] = [...examples, ...arms].flatMap(({ document }) => [document, ...Array.from({ length: 40 }, () => damaged(document, next))]);
let zodDisagrees = 0;
let oursDisagrees = 0;
let invalid = 0;
for (const document of corpus) {
  const valid = ajvValidate(document);
  if (!valid) invalid++;
  if (StudyReport.safeParse(document).success !== valid) zodDisagrees++;
  if ((validateStructure(document).length === 0) !== valid) oursDisagrees++;
}

// --- Results. ------------------------------------------------------------------------------------------
const rows: string[][] = [];
const overheadRounds: number[][] = [];
const zodRounds: number[][] = [];
for (const group of groups) {
  const ajvTimes = series(group, 'ajv');
  const zodTimes = series(group, 'zod');
  const oursTimes = series(group, 'ours');
  const structureTimes = series(group, 'structure');
  const overhead = perRound(oursTimes, ajvTimes, (ours, base) => ours / base);
  const versusZod = perRound(zodTimes, oursTimes, (zod, ours) => zod / ours);
  overheadRounds.push(overhead);
  zodRounds.push(versusZod);
  const ours = estimate(oursTimes);
  rows.push([
    group.name,
    fixed(estimate(ajvTimes).median),
    fixed(estimate(zodTimes).median),
    fixed(estimate(structureTimes).median),
    fixed(ours.median),
    count(1e6 / ours.median),
    withNoise(estimate(overhead).median, estimate(overhead).noise),
    withNoise(estimate(versusZod).median, estimate(versusZod).noise),
  ]);
}
log();
log(
  table(['documents', 'ajv µs/doc', 'zod µs/doc', 'ours: structure µs/doc', 'ours: validate+score µs/doc', 'ours docs/s', 'ours ÷ ajv (overhead)', 'zod ÷ ours (speed-up)'], rows),
);

// Per round, the geometric mean over document groups; then the median over rounds.
const acrossGroups = (perGroup: number[][]): number[] => perGroup[0]!.map((_, round) => geometricMean(perGroup.map((values) => values[round]!)));
const overheadAll = estimate(acrossGroups(overheadRounds));
const zodAll = estimate(acrossGroups(zodRounds));

// Linear growth with arms: the cost of one more arm between 10 and 100 arms, over that between 1 and 10.
const armGroups = groups.slice(1);
const [one, ten, hundred] = armGroups.map((group) => series(group, 'ours')) as [number[], number[], number[]];
// The slope from 1 to 10 arms is a small difference of two timings, so the ratio is taken of the medians
// (a single round can even make it negative); its noise is still the spread over the rounds.
const slopeRatio = (h: number, t: number, o: number): number => (h - t) / (ARM_COUNTS[2] - ARM_COUNTS[1]) / ((t - o) / (ARM_COUNTS[1] - ARM_COUNTS[0]));
const perArmEstimate: Estimate = {
  ...estimate(one.map((_, round) => slopeRatio(hundred[round]!, ten[round]!, one[round]!))),
  median: slopeRatio(median(hundred), median(ten), median(one)),
};
const armCost = estimate(perRound(hundred, one, (h, o) => (h - o) / (ARM_COUNTS[2] - ARM_COUNTS[0])));

const checks: Check[] = [
  { name: 'validate+score ÷ ajv structural validation (geometric mean of the rows)', value: overheadAll, target: { kind: 'at-most', limit: 3 } },
  { name: 'zod safeParse ÷ our validate (geometric mean of the rows)', value: zodAll },
  { name: 'cost of one arm, µs (1 → 100 arms)', value: armCost },
  { name: 'per-arm cost 10→100 ÷ per-arm cost 1→10 (1 = linear)', value: perArmEstimate, target: { kind: 'at-most', limit: 1.5 } },
];
const { text: checksTable, missed } = checkResults(checks);
log();
log(checksTable);
log();
log(`agreement with ajv on ${corpus.length} documents (${invalid} of them invalid): zod model ${corpus.length - zodDisagrees}/${corpus.length}, our structural validation ${corpus.length - oursDisagrees}/${corpus.length}`);
log(`setup: ajv compile of the whole schema ${fixed(ajvCompileMs, 0)} ms; createValidator + first validate ${fixed(oursSetupMs, 0)} ms`);
log(`load average at the end: ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);

const failures = [...missed];
if (zodDisagrees > 0 || oursDisagrees > 0) failures.push('agreement with ajv');
if (failures.length > 0) {
  process.stderr.write(`bench: target missed beyond the measured noise: ${failures.join('; ')}\n`);
  process.exitCode = 1;
}
