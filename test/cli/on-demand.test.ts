/**
 * The built CLI loads what a batch of valid JSON documents does not need only when an input first needs it
 * (src/cli/on-demand.ts): the explaining validators (ajv's generated code), the YAML parser, jsonc-parser
 * (for JSON the fast path refuses) and the spreadsheet reader. Every input gets exactly the report or error
 * it gets from the sources, where all of it is loaded from the start, wherever it stands in a batch and on
 * whichever thread it is checked.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkTask, createChecker } from '../../src/cli/batch/check-task.js';
import type { CheckSettings } from '../../src/cli/batch/types.js';
import { createValidator } from '../../src/validator.js';
import { CLI, createWorkspace, exampleText, requireBuiltCli, ROOT, type Workspace } from './helpers.js';

let ws: Workspace;
const SETTINGS: CheckSettings = { validator: {}, limits: {}, streamNdjson: true, thresholds: { failOn: 'essential' } };

const latest = (name: string): Record<string, unknown> => parseYaml(readFileSync(join(ROOT, 'examples', name), 'utf8')) as Record<string, unknown>;
const original = (name: string): Record<string, unknown> => parseYaml(exampleText(name)) as Record<string, unknown>;
/** A document the fast check rejects: its title is a number. */
const broken = (document: Record<string, unknown>): Record<string, unknown> => ({ ...document, study: { ...(document.study as object), title: 42 } });

/** The batch: valid and invalid documents of both schema versions, JSON and YAML. */
const BATCH: ReadonlyArray<[string, string]> = [
  ['a-valid.json', JSON.stringify(latest('complete-in-vivo-ev.yaml'))],
  ['b-valid.json', JSON.stringify(original('clinical-knee-oa.yaml'))],
  ['c-invalid-1.1.json', JSON.stringify(broken(latest('in-vitro-microglia.yaml')))],
  ['d-valid.yaml', readFileSync(join(ROOT, 'examples', 'multi-arm-three-doses.yaml'), 'utf8')],
  ['e-invalid-1.0.json', JSON.stringify(broken(original('under-reported-concentrated-cm.yaml')))],
  ['f-invalid-1.1.yaml', `checklistVersion: "1.1"\nstudy:\n  title: 42\n  design: [in-vivo, nowhere]\n`],
];

/** Each document's NDJSON line as the sources (explaining validators loaded from the start) make it. */
async function fromSources(dir: string, names: readonly string[]): Promise<string> {
  const checker = createChecker(createValidator({}), SETTINGS);
  let out = '';
  for (const name of names) {
    const outcome = await checkTask({ kind: 'file', path: join(ws.dir, dir, name), display: `${dir}/${name}` }, checker);
    if (outcome.kind !== 'line') throw new Error(`${name}: expected a report, got ${JSON.stringify(outcome)}`);
    out += outcome.text;
  }
  return out;
}

beforeAll(() => {
  requireBuiltCli();
  ws = createWorkspace();
  for (const [name, text] of BATCH) ws.write(`batch/${name}`, text);
  // A larger batch for two threads: every third document invalid, so the worker gets some of them.
  for (let index = 0; index < 90; index++) {
    const [name, text] = BATCH[index % BATCH.length]!;
    ws.write(`large/${String(index).padStart(3, '0')}-${name}`, text);
  }
});

afterAll(() => ws?.remove());

/** Reports and errors of one run, for comparing runs. */
const both = (result: { stdout: string; stderr: string; code: number | null }): string => `${result.stdout}\n--- stderr\n${result.stderr}\n--- exit ${result.code}`;

describe('explaining validators loaded on demand (built CLI)', () => {
  it('reports every document of a batch exactly as the sources do, invalid ones among valid ones', async () => {
    const names = BATCH.map(([name]) => name);
    const result = await ws.run(['check', ...names.map((name) => `batch/${name}`), '--format', 'ndjson', '--fail-on', 'none']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(await fromSources('batch', names));
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { findings: Array<{ code?: string; pointer?: string }> });
    // The point of the fixture: the third document is reported invalid, with its title as the place.
    expect(JSON.stringify(lines[2])).toContain('/study/title');
  });

  it('gives an invalid document in a batch the report it gets when checked alone', async () => {
    for (const name of ['c-invalid-1.1.json', 'e-invalid-1.0.json', 'f-invalid-1.1.yaml']) {
      const alone = await ws.run(['check', `batch/${name}`, '--format', 'ndjson', '--fail-on', 'none']);
      const batch = await ws.run(['check', ...BATCH.map(([each]) => `batch/${each}`), '--format', 'ndjson', '--fail-on', 'none']);
      const index = BATCH.findIndex(([each]) => each === name);
      expect(batch.stdout.split('\n')[index]).toBe(alone.stdout.trimEnd());
    }
  });

  it('gives the same reports on two threads as on one, the worker loading them itself', async () => {
    const names = readdirSync(join(ws.dir, 'large')).sort();
    const one = await ws.run(['check', 'large', '--format', 'ndjson', '--fail-on', 'none', '--jobs', '1']);
    const two = await ws.run(['check', 'large', '--format', 'ndjson', '--fail-on', 'none', '--jobs', '2']);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toBe(await fromSources('large', names));
  });

  it('reads YAML, a CSV Studies sheet, and JSON the fast path refuses, after valid JSON, as each alone', async () => {
    const csv = await ws.run(['convert', 'examples/clinical-knee-oa.yaml', '--output', 'mixed/studies.csv']);
    expect(csv.code, csv.stderr).toBe(0);
    ws.write('mixed/a.json', JSON.stringify(latest('complete-in-vivo-ev.yaml')));
    ws.write('mixed/b.yaml', readFileSync(join(ROOT, 'examples', 'in-vitro-microglia.yaml'), 'utf8'));
    ws.write('mixed/c-duplicate.json', '{"checklistVersion": "1.1", "study": {}, "study": {}}');
    ws.write('mixed/d-syntax.json', '{"checklistVersion": "1.1",, }');
    const inputs = ['mixed/a.json', 'mixed/b.yaml', 'mixed/c-duplicate.json', 'mixed/d-syntax.json', 'mixed/studies.csv'];
    const args = ['--format', 'ndjson', '--fail-on', 'none'];
    const batch = await ws.run(['check', ...inputs, ...args]);
    const alone = await Promise.all(inputs.map((input) => ws.run(['check', input, ...args])));
    expect(batch.stdout).toBe(alone.map((result) => result.stdout).join(''));
    expect(batch.stderr).toBe(alone.map((result) => result.stderr).join(''));
    expect(batch.stderr).toContain('appears twice');
    expect(batch.stdout.trimEnd().split('\n')).toHaveLength(3); // a.json, b.yaml and the CSV's one study
    const reversed = await ws.run(['check', ...[...inputs].reverse(), ...args, '--jobs', '2']);
    expect(reversed.stdout.trimEnd().split('\n').sort()).toEqual(batch.stdout.trimEnd().split('\n').sort());
  });

  it('reads a YAML config file before checking JSON documents', async () => {
    ws.write('configured/secretome-checklist.config.yaml', 'format: ndjson\nfailOn: none\n');
    ws.write('configured/a.json', JSON.stringify(latest('complete-in-vivo-ev.yaml')));
    const configured = await ws.run(['check', 'a.json'], { cwd: 'configured' });
    const flagged = await ws.run(['check', 'batch/a-valid.json', '--format', 'ndjson', '--fail-on', 'none']);
    expect(both(configured)).toBe(both(flagged).replace('batch/a-valid.json', 'a.json'));
  });

  it('runs none of it (nor the batch writers of formats other than NDJSON) for a batch of valid JSON documents, though the bundle carries it all', () => {
    // V8 logs each function of the bundle the first time it runs, by its place in the bundle's text.
    const log = join(ws.dir, 'functions.log');
    const result = spawnSync(process.execPath, ['--log-function-events', `--logfile=${log}`, '--no-logfile-per-isolate', CLI, 'check', 'batch/a-valid.json', 'batch/b-valid.json', '--format', 'ndjson', '--fail-on', 'none'], { cwd: ws.dir, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const bundleFile = join(dirname(CLI), 'cli-bundle.cjs');
    // Places count in the bundle as Node compiles it: inside the CommonJS wrapper.
    const [wrapperStart] = Module.wrap('\0').split('\0') as [string];
    const text = Module.wrap(readFileSync(bundleFile, 'utf8'));
    const events = readFileSync(log, 'utf8').split('\n').map((line) => line.split(','));
    const scriptId = events.find((event) => event[0] === 'script-details' && event[2] === bundleFile)?.[1];
    expect(scriptId, 'the log names the bundle').toBeDefined();
    // Every function that ran, but the two that hold the whole bundle (its top level and the wrapper).
    const ran = events
      .filter((event) => event[0] === 'function' && event[1] === 'first-execution' && event[2] === scriptId)
      .map((event) => [Number(event[3]), Number(event[4])] as const)
      .filter(([start]) => start >= wrapperStart.length);
    expect(ran.length).toBeGreaterThan(100);
    // A string each one's code holds.
    const MARKERS: Record<string, string> = {
      'explaining validators': 'schemaPath:"#/', // ajv's generated code writes error objects with literal schema paths
      yaml: 'BAD_INDENT',
      'jsonc-parser': 'Can not delete in empty document',
      'csv-parse': 'CSV_QUOTE_NOT_CLOSED',
      fflate: 'invalid zip data',
      // Every format's batch writer (src/cli/batch/report-stream.ts): only a batch written whole needs them.
      'JUnit reporter': '</testsuites>',
    };
    for (const [what, marker] of Object.entries(MARKERS)) {
      const places: number[] = [];
      for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) places.push(at);
      expect(places.length, what).toBeGreaterThan(0);
      // No function around any of its places ran: neither its own code nor the module that holds it (whose lazy initialiser encloses it).
      expect(places.filter((place) => ran.some(([start, end]) => start <= place && place < end)).length, what).toBe(0);
    }
  });
});
