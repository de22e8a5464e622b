/**
 * `npx tsx bench/schema-versions.ts`: structural validation under schema 1.1 against 1.0, on the same
 * documents (the five 1.0 originals of the examples, and the same documents with only checklistVersion
 * set to "1.1", which 1.1 accepts unchanged). 1.1 wraps every detail of a value in a detail-state check,
 * so it does more work per field; this prints how much, as the median ratio of rounds run interleaved
 * (order reversed every other round), with its noise (half the interquartile range).
 *
 * Environment: BENCH_ROUNDS (default 10), BENCH_TASK_MS (time per task and round, default 200).
 */
import { Bench } from 'tinybench';
import { SCHEMAS } from '../src/schema/versions.js';
import { exampleDocuments } from './lib/documents.js';
import { estimate } from './lib/stats.js';

type Json = Record<string, unknown>;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const TASK_MS = Number(process.env.BENCH_TASK_MS ?? 200);
// The five 1.0 originals of the examples (bench/lib/documents.ts reads them from test/fixtures/documents-1.0).
const documents10: Json[] = exampleDocuments().map(({ document }) => document);
const documents11 = documents10.map((document) => ({ ...document, checklistVersion: '1.1' }));
for (const [version, documents] of [['1.0', documents10], ['1.1', documents11]] as const) {
  for (const document of documents) {
    if (SCHEMAS[version].validateStructure(document).length > 0) throw new Error(`a ${version} document is not valid; the comparison needs valid documents`);
  }
}

const tasks = {
  '1.0': () => {
    for (const document of documents10) SCHEMAS['1.0'].validateStructure(document);
  },
  '1.1': () => {
    for (const document of documents11) SCHEMAS['1.1'].validateStructure(document);
  },
};

const ratios: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: TASK_MS, warmupTime: 50 });
  const order = round % 2 === 0 ? (['1.0', '1.1'] as const) : (['1.1', '1.0'] as const);
  for (const name of order) bench.add(name, tasks[name]);
  await bench.run();
  const latency = (name: string): number => {
    const result = bench.tasks.find((task) => task.name === name)?.result;
    return result?.state === 'completed' ? result.latency.p50 ?? Number.NaN : Number.NaN;
  };
  ratios.push(latency('1.1') / latency('1.0'));
}
const { median, noise } = estimate(ratios);
process.stdout.write(
  `Structural validation of ${documents10.length} documents, schema 1.1 / schema 1.0: ${median.toFixed(2)}× (± ${(noise * 100).toFixed(0)} %, ${ROUNDS} rounds)\n`,
);
