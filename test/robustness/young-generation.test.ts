/**
 * A document lives only while it is checked. Nothing made for one document may keep it reachable through
 * V8's young-generation collections (scavenges): each document checked would then be copied and promoted
 * to the old generation, there to wait for a full collection. Two things did exactly that on Node 20:
 * - a property added to a function made per document (the fact lookup's `invalid`; src/scoring/facts.ts):
 *   18 kB promoted per document of this batch on the command line, and on the bench's 1,000 files 15 MB
 *   and about 5 % of their time;
 * - a step of the library's copy of a document copied with a spread (`{ ...step, leave: true }`;
 *   src/io/bounded-value.ts): 55 kB per document through `validate`, a quarter of its time.
 *
 * Read from V8's own trace of its collections (--trace-gc-nvp), not from a clock: the bytes promoted once
 * the first 50 documents are checked (what starting up leaves is promoted before), per document after
 * them. What stays by design is a digest of each report for a batch's summary, a few hundred bytes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CLI, ROOT, requireBuiltCli } from '../cli/helpers.js';

const DOCUMENTS = 600;
const WARMED_UP = 50;
/** Per document after the first 50: about 0.2 kB as the checker is now, 18 kB and more with either fault back. */
const MOST_PROMOTED_PER_DOCUMENT = 2_000;

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

/**
 * Bytes promoted per document by the scavenges after the first WARMED_UP documents, from a run that prints
 * a line starting with `{` per document checked and V8's trace of each collection (both on standard output).
 */
function promotedPerDocument(args: readonly string[]): number {
  const result = spawnSync(process.execPath, ['--trace-gc-nvp', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(result.status, result.stderr).toBe(0);
  let checked = 0;
  let scavenges = 0;
  let promoted = 0;
  for (const line of result.stdout.split('\n')) {
    if (line.startsWith('{')) checked++;
    else if (/\bgc=s\b/.test(line) && checked >= WARMED_UP) {
      scavenges++;
      promoted += Number(/\bpromoted=(\d+)/.exec(line)?.[1] ?? Number.NaN);
    }
  }
  expect(checked).toBe(DOCUMENTS);
  // Enough collections while documents were checked for the measure to mean something.
  expect(scavenges).toBeGreaterThanOrEqual(5);
  return promoted / (DOCUMENTS - WARMED_UP);
}

/** One document after another through the library's `validate`, as a service or a page checks them. */
const LIBRARY_RUN = `
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const lib = require(${JSON.stringify(join(ROOT, 'dist', 'index.cjs'))});
const validator = lib.createValidator();
const dir = process.argv[1];
for (const name of readdirSync(dir).sort()) {
  const parsed = lib.parseReportBytes(readFileSync(join(dir, name)), { filename: name });
  const report = validator.validate(parsed.document, { file: name });
  console.log(JSON.stringify({ valid: report.valid }));
}`;

describe('memory of a batch: each document is let go once it is checked', () => {
  it('on the command line, young-generation collections promote next to nothing per document', () => {
    expect(promotedPerDocument([CLI, 'check', batch, '--format', 'ndjson', '--fail-on', 'none'])).toBeLessThanOrEqual(MOST_PROMOTED_PER_DOCUMENT);
  });

  it("through the library's validate, which copies each document first, the same", () => {
    expect(promotedPerDocument(['-e', LIBRARY_RUN, batch])).toBeLessThanOrEqual(MOST_PROMOTED_PER_DOCUMENT);
  });
});
