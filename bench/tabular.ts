/**
 * `npx tsx bench/tabular.ts`: the tabular model's conversion, documents → tables (every field written and
 * read back to check it) and tables → documents, against parsing the same documents from their YAML text,
 * in the same run. Two sets: the 30 studies of the review corpus, and the multi-arm example with 100 arms.
 * Prints the median ratio of rounds run interleaved (order reversed every other round), with its noise.
 *
 * Environment: BENCH_ROUNDS (default 6), BENCH_TASK_MS (time per task and round, default 300).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { stringify } from 'yaml';
import { parseReportText } from '../src/io/parse.js';
import { documentsToTables } from '../src/tabular/to-tables.js';
import { tablesToDocuments } from '../src/tabular/from-tables.js';
import { ROOT, withArms } from './lib/documents.js';
import { estimate } from './lib/stats.js';

type Json = Record<string, unknown>;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const TASK_MS = Number(process.env.BENCH_TASK_MS ?? 300);

function load(dir: string): Array<{ id: string; document: Json; text: string }> {
  return readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(ROOT, dir, name), 'utf8');
      const parsed = parseReportText(text, { filename: name });
      if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
      return { id: name.replace(/\.yaml$/, ''), document: parsed.document as Json, text };
    });
}

const corpus = load('examples/review-2025');
const multiArm = load('examples').find((entry) => entry.id === 'multi-arm-three-doses')!;
const hundred = withArms(multiArm.document, 100);
const sets = {
  'the review corpus (30 studies)': corpus,
  'one study with 100 arms': [{ id: 'arms-100', document: hundred, text: stringify(hundred) }],
};

for (const [name, studies] of Object.entries(sets)) {
  const tables = documentsToTables(studies);
  const cells = tables.sheets.reduce((sum, sheet) => sum + sheet.rows.slice(3).reduce((count, row) => count + row.filter((cell) => cell !== null).length, 0), 0);
  const tasks = {
    yaml: () => {
      for (const { text } of studies) parseReportText(text, { filename: 'study.yaml' });
    },
    write: () => documentsToTables(studies),
    read: () => tablesToDocuments(tables, 'studies.xlsx'),
  };
  const ratios = { write: [] as number[], read: [] as number[] };
  let last = { yaml: 0, write: 0, read: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: TASK_MS, warmupTime: 100 });
    const order = round % 2 === 0 ? (['yaml', 'write', 'read'] as const) : (['read', 'write', 'yaml'] as const);
    for (const task of order) bench.add(task, tasks[task]);
    await bench.run();
    const latency = (task: string): number => {
      const result = bench.tasks.find((candidate) => candidate.name === task)?.result;
      return result?.state === 'completed' ? (result.latency.p50 ?? Number.NaN) : Number.NaN;
    };
    last = { yaml: latency('yaml'), write: latency('write'), read: latency('read') };
    ratios.write.push(last.write / last.yaml);
    ratios.read.push(last.read / last.yaml);
  }
  const write = estimate(ratios.write);
  const read = estimate(ratios.read);
  process.stdout.write(
    `${name}, ${cells} filled cells: parsing the YAML ${last.yaml.toFixed(1)} ms; ` +
      `documents → tables ${write.median.toFixed(1)}× that (± ${(write.noise * 100).toFixed(0)} %, ${last.write.toFixed(1)} ms), ` +
      `tables → documents ${read.median.toFixed(1)}× (± ${(read.noise * 100).toFixed(0)} %, ${last.read.toFixed(1)} ms); ${ROUNDS} rounds\n`,
  );
}
