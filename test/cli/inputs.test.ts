/** What `check` reads: files, directories, quoted globs, standard input, NDJSON; and what it says about bad input. */
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import {
  EXAMPLES,
  STACK_TRACE,
  createWorkspace,
  exampleText,
  expectUsageError,
  parseJson,
  reportOf,
  reportsOf,
  requireBuiltCli,
  type Workspace,
} from './helpers.js';

let ws: Workspace;

/** The examples as compact JSON, one per line: what a lab's export step would write. */
const CORPUS = EXAMPLES.map((name) => JSON.stringify(parseYaml(exampleText(name)))).join('\n');

beforeAll(() => {
  requireBuiltCli();
  ws = createWorkspace();
  ws.write('bad/invalid.json', '{"checklistVersion": "1.0",, "study": {}}\n');
  ws.write('bad/invalid.yaml', 'checklistVersion: "1.0"\nstudy:\n  design: [in-vivo\n  title: x\n');
  ws.write('bad/list.yaml', '- checklistVersion: "1.0"\n- study: {}\n');
  ws.write('bad/empty.yaml', '');
  ws.write('tree/a/complete.yaml', exampleText('complete-in-vivo-ev.yaml'));
  ws.write('tree/b/clinical.yml', exampleText('clinical-knee-oa.yaml'));
  ws.write('tree/b/multi-arm.json', JSON.stringify(parseYaml(exampleText('multi-arm-three-doses.yaml')), null, 2));
  ws.write('tree/b/notes.txt', 'not a study report');
  ws.write('tree/.hidden/skipped.yaml', '- not checked\n');
  ws.write('tree/node_modules/skipped.yaml', '- not checked\n');
  ws.write('empty-dir/README.md', '# nothing to check here\n');
  ws.write('corpus.ndjson', `${CORPUS}\n\n{"checklistVersion": \n[1, 2]\n`);
});

afterAll(() => ws?.remove());

describe.concurrent('standard input (-)', () => {
  it('reads a YAML document and calls it <stdin>', async () => {
    const result = await ws.run(['check', '-'], { input: exampleText('multi-arm-three-doses.yaml') });
    expect(result.code).toBe(1);
    expect(result.stdout.startsWith('<stdin>\n')).toBe(true);
    expect(result.stdout).toMatch(/^ {4}<stdin>:\d+:\d+ +missing +essential +doseAdministration\.volume /m);
  });

  it('uses --stdin-filename as the name, and its extension decides the syntax', async () => {
    const json = JSON.stringify(parseYaml(exampleText('complete-in-vivo-ev.yaml')));
    const [named, forcedJson] = await Promise.all([
      ws.run(['check', '-', '--stdin-filename', 'papers/smith-2024.json', '-f', 'json'], { input: json }),
      // YAML text named *.json is read as JSON, so it fails to parse, with the given name in the error.
      ws.run(['check', '-', '--stdin-filename', 'study.json'], { input: exampleText('complete-in-vivo-ev.yaml') }),
    ]);
    expect(named.code).toBe(0);
    expect(reportOf(named).source).toEqual({ file: 'papers/smith-2024.json' });
    expect(reportOf(named).score.overall).toBe(100);
    expectUsageError(forcedJson, /^study\.json:\d+:\d+: invalid JSON/);
  });

  it('reports an empty or invalid standard input in one line', async () => {
    const [empty, invalid] = await Promise.all([ws.run(['check', '-']), ws.run(['check', '-'], { input: 'study: [unclosed\n' })]);
    expectUsageError(empty, /^<stdin>: the file is empty\./);
    expectUsageError(invalid, /^<stdin>:2:1: invalid YAML/);
  });

  it('can be named only once', async () => {
    expectUsageError(await ws.run(['check', '-', '-']), 'standard input (-) can be named only once');
  });
});

describe.concurrent('quoted globs', () => {
  it('check every file that matches, in name order, as a batch', async () => {
    const result = await ws.run(['check', 'examples/*.yaml', '--format', 'json']);
    expect(reportsOf(result).map((r) => r.source?.file)).toEqual(EXAMPLES.map((name) => `examples/${name}`));
    expect(result.code).toBe(1);
  });

  it('that match nothing are an error (exit 2) unless --allow-empty', async () => {
    const [strict, allowed] = await Promise.all([
      ws.run(['check', 'papers/**/*.yaml']),
      ws.run(['check', 'papers/**/*.yaml', '--allow-empty', '--format', 'json']),
    ]);
    expectUsageError(strict, 'papers/**/*.yaml: the pattern matches no file. Check the pattern, or use --allow-empty.');
    expect(strict.stdout).toBe('');
    expect(allowed).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });
});

describe.concurrent('directories', () => {
  it('are searched recursively for .json, .yaml and .yml files, skipping hidden folders and node_modules', async () => {
    const result = await ws.run(['check', 'tree', '-f', 'json']);
    expect(result.stderr).toBe('');
    const reports = reportsOf(result);
    expect(reports.map((r) => r.source?.file)).toEqual(['tree/a/complete.yaml', 'tree/b/clinical.yml', 'tree/b/multi-arm.json']);
    // The JSON copy of an example gives the same finding as the YAML, with a location in the JSON file.
    const volume = reports[2]!.findings.find((f) => f.itemId === 'doseAdministration.volume');
    expect(volume?.pointer).toBe('/doseAdministration/arms/2/volume');
    expect(volume?.location?.line).toBeGreaterThan(1);
  });

  it('are searched relative to the working directory, and reports name files as given', async () => {
    const result = await ws.run(['check', '../tree/a', '-f', 'json'], { cwd: 'empty-dir' });
    expect(reportsOf(result).map((r) => r.source?.file)).toEqual(['../tree/a/complete.yaml']);
  });

  it('without documents are an error (exit 2) unless --allow-empty', async () => {
    const [strict, allowed] = await Promise.all([ws.run(['check', 'empty-dir']), ws.run(['check', 'empty-dir', '--allow-empty'])]);
    expectUsageError(strict, /^empty-dir: the directory holds no \.json, \.yaml, \.yml, \.xlsx, \.csv or \.tsv files\./);
    expect(allowed).toEqual({ code: 0, stdout: '', stderr: 'No documents: empty-dir matched no .json, .yaml, .yml, .xlsx, .csv or .tsv file (--allow-empty).\n' });
  });
});

describe.concurrent('NDJSON', () => {
  it('--ndjson-input reads one document per line; --ndjson writes one report per line; a bad line is reported and skipped', async () => {
    const result = await ws.run(['check', 'corpus.ndjson', '--ndjson-input', '--ndjson', '--fail-on', 'none']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const errors = result.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^corpus\.ndjson:7:\d+: invalid JSON/);
    expect(errors[1]).toMatch(/^corpus\.ndjson:8:1: the file holds a list, not a study report\./);

    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(EXAMPLES.length);
    const reports = lines.map((line) => parseJson<Report>(line));
    // Each report names the file and the line its document came from; its findings are placed on that line of the file.
    expect(reports.map((r) => r.source)).toEqual([1, 2, 3, 4, 5].map((line) => ({ file: 'corpus.ndjson', line })));
    const located = reports.flatMap((r) => r.findings.filter((f) => f.location).map((f) => [f.location!.line, r.source!.line]));
    expect(located.length).toBeGreaterThan(10);
    for (const [findingLine, documentLine] of located) expect(findingLine).toBe(documentLine);
    expect(reports.map((r) => r.minimalSetComplete)).toEqual([true, true, true, false, false]);
    expect(reports[1]!.score.overall).toBe(100);
  });

  it('annotations and SARIF results of an NDJSON input point at the real file and the document\'s line', async () => {
    const github = await ws.run(['check', 'corpus.ndjson', '--ndjson-input', '--format', 'github', '--fail-on', 'none']);
    const annotations = github.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations.length).toBeGreaterThan(10);
    for (const annotation of annotations) expect(annotation).toMatch(/ file=corpus\.ndjson,line=[1-5],col=\d+/);
    const sarif = parseJson<{ runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }> }> }> }>(
      (await ws.run(['check', 'corpus.ndjson', '--ndjson-input', '--format', 'sarif', '--fail-on', 'none'])).stdout,
    );
    const places = sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation);
    expect(new Set(places.map((place) => place.artifactLocation.uri))).toEqual(new Set(['corpus.ndjson']));
    expect(places.every((place) => place.region === undefined || (place.region.startLine >= 1 && place.region.startLine <= 5))).toBe(true);
  });

  it('--ndjson-input reads standard input too', async () => {
    const result = await ws.run(['check', '-', '--ndjson-input', '-f', 'json'], { input: `${CORPUS}\n` });
    expect(result.stderr).toBe('');
    expect(reportsOf(result).map((r) => r.source)).toEqual(EXAMPLES.map((_, i) => ({ file: '<stdin>', line: i + 1 })));
  });
});

describe.concurrent('bad input', () => {
  it('is one line on stderr naming the file (and line:column where there is one), exit 2, no stack trace', async () => {
    const [missing, json] = await Promise.all([ws.run(['check', 'bad/missing.yaml']), ws.run(['check', 'bad/invalid.json'])]);
    expectUsageError(missing, /^bad\/missing\.yaml: no such file\.$/);
    expectUsageError(json, /^bad\/invalid\.json:1:28: invalid JSON: /);
    expect(missing.stdout + json.stdout).toBe('');
  });

  it('does not stop the batch: each bad file is one line, the other documents are still reported', async () => {
    const files = ['bad/missing.yaml', 'bad/invalid.json', 'examples/complete-in-vivo-ev.yaml', 'bad/invalid.yaml', 'bad/list.yaml', 'bad/empty.yaml'];
    const result = await ws.run(['check', ...files, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('bad/missing.yaml: no such file.');
    expect(lines[1]).toMatch(/^bad\/invalid\.json:1:28: invalid JSON: /);
    expect(lines[2]).toMatch(/^bad\/invalid\.yaml:\d+:\d+: invalid YAML: /);
    expect(lines[3]).toMatch(/^bad\/list\.yaml:1:1: the file holds a list, not a study report\./);
    expect(lines[4]).toMatch(/^bad\/empty\.yaml: the file is empty\./);
    expect(reportsOf(result).map((r) => [r.source?.file, r.score.overall])).toEqual([['examples/complete-in-vivo-ev.yaml', 100]]);
  });

  it('beats a failing document: exit 2 even when another document fails the threshold', async () => {
    const result = await ws.run(['check', 'examples/multi-arm-three-doses.yaml', 'bad/empty.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('doseAdministration.volume');
  });
});
