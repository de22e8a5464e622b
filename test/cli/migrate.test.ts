/** `migrate` and `changes` on the command line, run as a user runs them (the built CLI, a temporary project). */
import { chmodSync, lstatSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistChanges } from '../../src/migrate/changes.js';
import { changesMarkdown } from '../../src/migrate/changes-format.js';
import { STACK_TRACE, createWorkspace, exampleText, expectUsageError, parseJson, requireBuiltCli, type Workspace } from './helpers.js';

let ws: Workspace;

beforeAll(() => {
  requireBuiltCli();
  ws = createWorkspace();
});

afterAll(() => ws?.remove());

const ORIGINAL = 'examples/clinical-knee-oa.yaml';

/** A 1.1 document with two values 1.0 cannot hold: a not-reported sub-field and a bare-number dose. */
const ONLY_1_1 = [
  'checklistVersion: "1.1" # written for 1.1',
  'cellSource:',
  '  donors: { count: 3, sex: { notReported: true } }',
  'doseAdministration:',
  '  dose: { amounts: [{ value: 2000000 }] }',
  '',
].join('\n');

describe.concurrent('migrate', () => {
  it('prints the migrated document to standard output and leaves the input as it was', async () => {
    const result = await ws.run(['migrate', ORIGINAL]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const original = exampleText('clinical-knee-oa.yaml');
    expect(result.stdout).toBe(original.replace('checklistVersion: "1.0"', 'checklistVersion: "1.1"').replace('study-report-1.0.schema.json', 'study-report-1.1.schema.json'));
    expect(ws.read(ORIGINAL)).toBe(original);
  });

  it('--in-place rewrites each input; the way back with --to 1.0 gives back the same bytes', async () => {
    const names = ['inplace/a.yaml', 'inplace/b.yaml'];
    ws.write(names[0]!, exampleText('complete-in-vivo-ev.yaml'));
    ws.write(names[1]!, exampleText('multi-arm-three-doses.yaml'));
    const up = await ws.run(['migrate', 'inplace', '--in-place']);
    expect(up).toEqual({ code: 0, stdout: '', stderr: '' });
    for (const name of names) expect(ws.read(name)).toContain('checklistVersion: "1.1"');
    const down = await ws.run(['migrate', ...names, '--in-place', '--to', '1.0']);
    expect(down).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(ws.read(names[0]!)).toBe(exampleText('complete-in-vivo-ev.yaml'));
    expect(ws.read(names[1]!)).toBe(exampleText('multi-arm-three-doses.yaml'));
  });

  it('--in-place keeps a symbolic link a link (its target is rewritten) and the file\'s permissions', async () => {
    const target = ws.write('linked/target.yaml', 'checklistVersion: "1.0" # mine\n');
    chmodSync(join(ws.dir, target), 0o640);
    symlinkSync('target.yaml', join(ws.dir, 'linked/link.yaml'));
    const result = await ws.run(['migrate', 'linked/link.yaml', '--in-place']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(lstatSync(join(ws.dir, 'linked/link.yaml')).isSymbolicLink()).toBe(true);
    expect(ws.read(target)).toBe('checklistVersion: "1.1" # mine\n');
    expect(statSync(join(ws.dir, target)).mode & 0o777).toBe(0o640);
  });

  it('--output writes one file, in the syntax of the input; JSON keeps its indentation', async () => {
    const json = `${JSON.stringify({ checklistVersion: '1.0', study: { design: ['in-vivo'] } }, null, 4)}\n`;
    ws.write('out/study.json', json);
    const result = await ws.run(['migrate', 'out/study.json', '-o', 'out/study-1.1.json']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(ws.read('out/study-1.1.json')).toBe(json.replace('"1.0"', '"1.1"'));
    const [same, otherSyntax] = await Promise.all([ws.run(['migrate', 'out/study.json', '-o', 'out/study.json']), ws.run(['migrate', 'out/study.json', '-o', 'out/study.yaml'])]);
    expectUsageError(same, 'out/study.json: this is the input itself; use --in-place to rewrite it.');
    expectUsageError(otherSyntax, 'the input is JSON, and migrate keeps it so; name the output .json.');
    expect(ws.read('out/study.json')).toBe(json);
  });

  it('reads standard input with -', async () => {
    const result = await ws.run(['migrate', '-'], { input: 'checklistVersion: "1.0"\n' });
    expect(result).toEqual({ code: 0, stdout: 'checklistVersion: "1.1"\n', stderr: '' });
  });

  it('1.1 → 1.0 refuses a document that uses what 1.0 lacks: one line per value, with its place, and nothing is written', async () => {
    const name = ws.write('only-1.1.yaml', ONLY_1_1);
    const result = await ws.run(['migrate', name, '--to', '1.0', '--in-place']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.slice(0, -1).every((line) => /^only-1\.1\.yaml:\d+:\d+: \/\S+: checklist 1\.0 cannot hold this: /.test(line))).toBe(true);
    expect(lines.some((line) => line.startsWith('only-1.1.yaml:3:'))).toBe(true);
    expect(lines.some((line) => line.startsWith('only-1.1.yaml:5:'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^only-1\.1\.yaml: not migrated: checklist 1\.0 cannot hold the \d+ values above\./);
    expect(ws.read(name)).toBe(ONLY_1_1);
  });

  it('an unreadable input, a document without a version and a bad --to are one line each, exit 2', async () => {
    ws.write('noversion.yaml', 'study: { design: [in-vivo] }\n');
    const [missing, noVersion, badTarget, tooLarge] = await Promise.all([
      ws.run(['migrate', 'nowhere.yaml']),
      ws.run(['migrate', 'noversion.yaml']),
      ws.run(['migrate', ORIGINAL, '--to', '2.0']),
      ws.run(['migrate', ORIGINAL, '--max-file-size', '1k']),
    ]);
    expectUsageError(missing, 'nowhere.yaml: no such file.');
    expectUsageError(noVersion, 'noversion.yaml:1:1: the document does not say which checklist version it was written for. Add checklistVersion: "1.0"');
    expectUsageError(badTarget, '--to must be 1.0 or 1.1, not "2.0".');
    expectUsageError(tooLarge, `${ORIGINAL}: the file is`);
    for (const result of [missing, noVersion, badTarget, tooLarge]) expect(result.stdout).toBe('');
  });

  it('several inputs need --in-place; --in-place and --output contradict each other', async () => {
    const [several, both, stdinInPlace] = await Promise.all([
      ws.run(['migrate', 'examples']),
      ws.run(['migrate', ORIGINAL, '--in-place', '-o', 'x.yaml']),
      ws.run(['migrate', '-', '--in-place']),
    ]);
    expectUsageError(several, '5 documents: migrate them with --in-place');
    expectUsageError(both, '--output and --in-place contradict each other');
    expectUsageError(stdinInPlace, '--in-place cannot rewrite standard input');
  });
});

describe.concurrent('changes', () => {
  it('--format json is the library result for 1.0 → 1.1', async () => {
    const result = await ws.run(['changes', '--format', 'json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(parseJson(result.stdout)).toEqual(JSON.parse(JSON.stringify(checklistChanges('1.0', '1.1'))));
  });

  it('--format markdown is the text of docs/checklist-versions.md; text names each part', async () => {
    const [markdown, text] = await Promise.all([ws.run(['changes', '--from', '1.0', '--to', '1.1', '-f', 'markdown']), ws.run(['changes'])]);
    expect(markdown.stdout).toBe(`${changesMarkdown(checklistChanges('1.0', '1.1'))}\n`);
    expect(text.code).toBe(0);
    for (const part of ['Checklist 1.0 → 1.1', 'Items added: ', 'Items removed: ', 'Items changed: ', 'Vocabularies changed: ']) expect(text.stdout).toContain(part);
  });

  it('an unknown version or format is a usage error', async () => {
    const [version, format] = await Promise.all([ws.run(['changes', '--from', '0.9']), ws.run(['changes', '--format', 'html'])]);
    expectUsageError(version, '--from must be 1.0 or 1.1, not "0.9".');
    expectUsageError(format, '--format must be text, markdown, json.');
  });
});
