/**
 * A document lives only while it is checked. Nothing the checker makes for one document may keep it
 * reachable through V8's young-generation collections (scavenges): each document checked then is copied
 * and promoted to the old generation, there to wait for a full collection. A property added to a function
 * made per document did exactly that (the fact lookup's `invalid`; src/scoring/facts.ts): 19 kB promoted
 * per document of this batch, 15 MB on the bench's 1,000 files and about 5 % of their time.
 *
 * Read from V8's own trace of its collections (--trace-gc-nvp), not from a clock: what a scavenge promotes
 * once the first report is out, per document. What stays by design is a digest of each report for the
 * batch's summary, a few hundred bytes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CLI, ROOT, requireBuiltCli } from './helpers.js';

const DOCUMENTS = 600;
/** Per document after the first report: about 1.7 kB as the checker is now, 19 kB with the lookup's property back. */
const MOST_PROMOTED_PER_DOCUMENT = 6_000;

let batch: string;
beforeAll(() => {
  requireBuiltCli();
  batch = mkdtempSync(join(tmpdir(), 'young-generation-'));
  const examples = readdirSync(join(ROOT, 'examples'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => parseYaml(readFileSync(join(ROOT, 'examples', file), 'utf8')) as unknown);
  for (let index = 0; index < DOCUMENTS; index++) {
    writeFileSync(join(batch, `study-${String(index).padStart(4, '0')}.json`), JSON.stringify(examples[index % examples.length], null, 2));
  }
});
afterAll(() => rmSync(batch, { recursive: true, force: true }));

/** Bytes each scavenge promoted, and whether a report line had been written before it (V8 traces to standard output). */
function scavenges(output: string): Array<{ promoted: number; afterFirstReport: boolean }> {
  const found: Array<{ promoted: number; afterFirstReport: boolean }> = [];
  let reported = false;
  for (const line of output.split('\n')) {
    if (line.startsWith('{')) reported = true;
    else if (/\bgc=s\b/.test(line)) found.push({ promoted: Number(/\bpromoted=(\d+)/.exec(line)?.[1] ?? Number.NaN), afterFirstReport: reported });
  }
  return found;
}

describe('memory of a batch', () => {
  it('lets each document go once it is checked: young-generation collections promote next to nothing per document', () => {
    const result = spawnSync(process.execPath, ['--trace-gc-nvp', CLI, 'check', batch, '--format', 'ndjson', '--fail-on', 'none'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(result.status, result.stderr).toBe(0);
    const reports = result.stdout.split('\n').filter((line) => line.startsWith('{')).length;
    expect(reports).toBe(DOCUMENTS);
    const during = scavenges(result.stdout).filter((scavenge) => scavenge.afterFirstReport);
    // Enough collections while documents were checked for the measure to mean something.
    expect(during.length).toBeGreaterThanOrEqual(5);
    const promoted = during.reduce((sum, scavenge) => sum + scavenge.promoted, 0);
    expect(promoted / DOCUMENTS).toBeLessThanOrEqual(MOST_PROMOTED_PER_DOCUMENT);
  });
});
