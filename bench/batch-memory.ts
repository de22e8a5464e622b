/**
 * Peak memory of `check` on a large batch, in every output format: the built CLI (dist/cli.cjs) checks an
 * NDJSON corpus of small documents, output to /dev/null, under /usr/bin/time. For each format it prints
 * the peak RSS for a baseline batch and a batch ten times larger, and their ratio: near 1 means memory
 * does not grow with the batch (output is written as documents are checked). The large batch runs once
 * more in a 128 MB heap: V8 lets a heap grow with garbage when it may, so finishing there shows that what
 * is kept is bounded.
 *
 *   npx tsup && npx tsx bench/batch-memory.ts [documents=100000] [baseline=10000] [format…]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPORTER_FORMATS } from '../src/reporters/index.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.cjs');
const large = Number(process.argv[2] ?? 100_000);
const baseline = Number(process.argv[3] ?? 10_000);
const formats = process.argv.length > 4 ? process.argv.slice(4) : [...REPORTER_FORMATS];

/** A small, varied study report per line (a few findings fewer or more from one line to the next). */
function corpus(dir: string, documents: number): string {
  const path = join(dir, `corpus-${documents}.ndjson`);
  const lines: string[] = [];
  for (let index = 0; index < documents; index++) {
    const design = ['in-vivo', 'in-vitro', 'clinical'][index % 3];
    lines.push(JSON.stringify({ checklistVersion: '1.0', study: { design: [design], title: `Study ${index}` }, storage: { temperature: { value: -80, unit: '°C' } } }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function run(format: string, input: string, spill: string, heapMb?: number): { rssMb: number; seconds: number; code: number | null } {
  const result = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), CLI, 'check', input, '--ndjson-input', '--format', format, '--fail-on', 'none', '--max-file-size', '2G'], {
    env: { ...process.env, TMPDIR: spill },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const last = result.stderr.trim().split('\n').pop() ?? '';
  const [kb, seconds] = last.split(' ').map(Number);
  return { rssMb: (kb ?? 0) / 1024, seconds: seconds ?? 0, code: result.status };
}

const dir = mkdtempSync(join(tmpdir(), 'secretome-bench-'));
try {
  const small = corpus(dir, baseline);
  const big = corpus(dir, large);
  console.log(`format     ${String(baseline).padStart(7)} docs: MB   s   ${String(large).padStart(7)} docs: MB    s   RSS ratio   128 MB heap: MB  exit`);
  for (const format of formats) {
    const a = run(format, small, dir);
    const b = run(format, big, dir);
    const capped = run(format, big, dir, 128);
    console.log(
      `${format.padEnd(10)}${a.rssMb.toFixed(0).padStart(17)}${a.seconds.toFixed(0).padStart(4)}${b.rssMb.toFixed(0).padStart(20)}${b.seconds.toFixed(0).padStart(5)}${(b.rssMb / a.rssMb).toFixed(2).padStart(12)}${capped.rssMb.toFixed(0).padStart(18)}${String(capped.code).padStart(6)}${a.code === 0 && b.code === 0 ? '' : `  (exit ${a.code}, ${b.code})`}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
