/**
 * `npx tsx bench/scoring-versions.ts`: a whole check (structure, scoring, findings, ledger) under
 * checklist 1.1 against 1.0, on the same five studies: their 1.0 originals (test/fixtures/documents-1.0)
 * checked as 1.0, the same documents with only checklistVersion set to "1.1" (the same content, so the
 * ratio is what 1.1's engine and data cost), and the 1.1 examples (examples/, which say more). Prints
 * the median ratio of rounds run interleaved (order reversed every other round), with its noise (half
 * the interquartile range).
 *
 * Environment: BENCH_ROUNDS (default 10), BENCH_TASK_MS (time per task and round, default 200).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { parseReportText } from '../src/io/parse.js';
import { createValidator } from '../src/validator.js';
import { ROOT } from './lib/documents.js';
import { estimate } from './lib/stats.js';

type Json = Record<string, unknown>;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const TASK_MS = Number(process.env.BENCH_TASK_MS ?? 200);

function load(dir: string): Json[] {
  return readdirSync(join(ROOT, dir))
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const parsed = parseReportText(readFileSync(join(ROOT, dir, file), 'utf8'), { filename: file });
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
      return parsed.document as Json;
    });
}

const originals = load('test/fixtures/documents-1.0');
const sets: Record<string, Json[]> = {
  '1.0': originals,
  '1.1 same content': originals.map((document) => ({ ...document, checklistVersion: '1.1' })),
  '1.1 examples': load('examples'),
};
const validator = createValidator({ ledger: true });
for (const [name, documents] of Object.entries(sets)) {
  for (const document of documents) if (!validator.validate(document).valid) throw new Error(`a document of "${name}" is not valid; the comparison needs valid documents`);
}

const lines: string[] = [];
for (const name of ['1.1 same content', '1.1 examples']) {
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: TASK_MS, warmupTime: 50 });
    const order = round % 2 === 0 ? ['1.0', name] : [name, '1.0'];
    for (const task of order) bench.add(task, () => {
      for (const document of sets[task]!) validator.validate(document);
    });
    await bench.run();
    const latency = (task: string): number => {
      const result = bench.tasks.find((candidate) => candidate.name === task)?.result;
      return result?.state === 'completed' ? result.latency.p50 ?? Number.NaN : Number.NaN;
    };
    ratios.push(latency(name) / latency('1.0'));
  }
  const { median, noise } = estimate(ratios);
  lines.push(`Whole check of ${originals.length} studies with ledger, ${name} / 1.0: ${median.toFixed(2)}× (± ${(noise * 100).toFixed(0)} %, ${ROUNDS} rounds)`);
}
process.stdout.write(`${lines.join('\n')}\n`);
