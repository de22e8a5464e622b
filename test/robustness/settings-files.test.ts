/**
 * Config and user-checklist files are inputs like any other (issue 11, points 2, 12 and 20): read with the
 * same size and type checks as study reports, parsed by the same strict parsers, and every message about
 * them passes the terminal sanitiser.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_MAX_BYTES } from '../../src/cli/config.js';
import { runInProcess, STACK_LINE } from './harness.js';

const STUDY = 'checklistVersion: "1.0"\nstudy:\n  design: [in-vivo]\n';
/** Raw control characters a terminal would act on (ESC, BEL, CSI and the other C1 controls). */
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'secretome-settings-'));
  writeFileSync(join(dir, 'study.yaml'), STUDY);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function expectOneUsageLine(result: { code: number; stderr: string; stdout: string }, text: string | RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^secretome-checklist: [^\n]+\n$/);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderr.slice(0, -1)).not.toMatch(RAW_CONTROL);
  if (typeof text === 'string') expect(result.stderr).toContain(text);
  else expect(result.stderr).toMatch(text);
}

describe('special files as config or checklist', () => {
  it('a config file found in the working directory that is a symbolic link to /dev/zero is refused as not a regular file', async () => {
    symlinkSync('/dev/zero', join(dir, 'secretome-checklist.config.yaml'));
    expectOneUsageLine(await runInProcess(['check', 'study.yaml'], dir), 'secretome-checklist.config.yaml: the config file cannot be read: this is not a regular file.');
  });

  it('a config file found in a parent folder that is a symbolic link to /dev/zero is refused the same way', async () => {
    symlinkSync('/dev/zero', join(dir, 'secretome-checklist.config.json'));
    mkdirSync(join(dir, 'papers/2025'), { recursive: true });
    writeFileSync(join(dir, 'papers/2025/study.yaml'), STUDY);
    expectOneUsageLine(await runInProcess(['check', 'study.yaml'], join(dir, 'papers/2025')), 'not a regular file');
  });

  it('a --checklist that is a named pipe is refused at once instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [join(dir, 'checklist.yaml')]);
    expectOneUsageLine(await runInProcess(['check', 'study.yaml', '--checklist', 'checklist.yaml'], dir), 'checklist.yaml: the checklist file cannot be read: this is not a regular file.');
  }, 10_000);

  it('--config and --checklist naming a directory or a device are refused', async () => {
    mkdirSync(join(dir, 'folder.yaml'));
    expectOneUsageLine(await runInProcess(['check', 'study.yaml', '--config', 'folder.yaml'], dir), 'not a regular file');
    expectOneUsageLine(await runInProcess(['check', 'study.yaml', '--checklist', '/dev/null'], dir), 'not a regular file');
  });

  it(`a config file over ${SETTINGS_MAX_BYTES} bytes is refused before it is parsed`, async () => {
    writeFileSync(join(dir, 'big.config.yaml'), `# ${'x'.repeat(SETTINGS_MAX_BYTES)}\nprofile: default\n`);
    expectOneUsageLine(await runInProcess(['check', 'study.yaml', '--config', 'big.config.yaml'], dir), `the config file is larger than ${SETTINGS_MAX_BYTES} bytes`);
  });
});

describe('config and checklist YAML follow the rules of study reports', () => {
  it.each([
    ['a duplicate key', 'profile: default\nprofile: journal-strict\n', 'appears twice'],
    ['a YAML 1.1 tag', 'quiet: !!binary aGk=\n', 'not supported'],
    ['an alias bomb', `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`).join('\n')}\n`, 'alias'],
  ])('%s in a config file is refused with its place', async (_name, text, words) => {
    writeFileSync(join(dir, 'lab.config.yaml'), text);
    const result = await runInProcess(['check', 'study.yaml', '--config', 'lab.config.yaml'], dir);
    expectOneUsageLine(result, /^secretome-checklist: lab\.config\.yaml:\d+:\d+: the config file cannot be read: /);
    expect(result.stderr.toLowerCase()).toContain(words);
  });

  it('a merge key is not merged (YAML 1.2, as in study reports): in a config file it is an unknown key', async () => {
    writeFileSync(join(dir, 'lab.config.yaml'), 'profile: default\n<<: { quiet: true }\n');
    expectOneUsageLine(await runInProcess(['check', 'study.yaml', '--config', 'lab.config.yaml'], dir), 'lab.config.yaml (<<): unknown key.');
  });

  it('a merge key in a user checklist is not merged either: the entry is refused', async () => {
    writeFileSync(join(dir, 'lab.yaml'), 'items:\n  storage.temperature:\n    <<: { level: essential }\n');
    const result = await runInProcess(['check', 'study.yaml', '--checklist', 'lab.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('<<');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('an empty config file is an empty mapping: the defaults apply', async () => {
    writeFileSync(join(dir, 'secretome-checklist.config.yaml'), '# nothing set yet\n');
    const result = await runInProcess(['check', 'study.yaml', '--format', 'json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
  });
});

describe('messages about config, checklist and output files reach stderr sanitised', () => {
  it('an unknown config key holding ESC and BEL', async () => {
    writeFileSync(join(dir, 'secretome-checklist.config.json'), '{"\\u001b]0;pwned\\u0007": 1}');
    const result = await runInProcess(['check', 'study.yaml'], dir);
    expectOneUsageLine(result, '\\u001B]0;pwned\\u0007');
  });

  it('a JSON config whose first bytes are an escape sequence (the parser does not echo them raw)', async () => {
    writeFileSync(join(dir, 'secretome-checklist.config.json'), '\u001b[2J\u001b[H not json');
    expectOneUsageLine(await runInProcess(['check', 'study.yaml'], dir), 'the config file cannot be read');
  });

  it('an unknown key of a user checklist holding an escape sequence', async () => {
    writeFileSync(join(dir, 'lab.json'), '{"\\u001b[31mred": true}');
    const result = await runInProcess(['check', 'study.yaml', '--checklist', 'lab.json'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(RAW_CONTROL.source.includes('\\u000A') ? RAW_CONTROL : /[\u001b\u0007\u009b]/);
  });

  it('--output and --checklist paths holding escape sequences', async () => {
    const output = await runInProcess(['check', 'study.yaml', '-o', 'missing-dir/\u001b[2Jr.json'], dir);
    expectOneUsageLine(output, 'missing-dir/\\u001B[2Jr.json');
    const checklist = await runInProcess(['check', 'study.yaml', '--checklist', '\u001b[2J\u0007.yaml'], dir);
    expectOneUsageLine(checklist, '\\u001B[2J\\u0007.yaml');
  });
});
