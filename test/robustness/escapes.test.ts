/**
 * User text in the human output formats (issue 11, points 11 and 13): file names and `--stdin-filename`
 * reach the terminal only through the sanitiser, in every column; Markdown shows mentions and links as
 * text; C1 controls (U+009B is a one-character CSI) never reach GitHub, Markdown or HTML output raw.
 */
import { describe, expect, it } from 'vitest';
import { reporterOptions } from '../../src/reporters/options.js';
import { loadReporter, type ReporterFormat } from '../../src/reporters/index.js';
import { createValidator } from '../../src/validator.js';
import { runInProcess } from './harness.js';

const validator = createValidator();
const DOCUMENT = { checklistVersion: '1.0', study: { design: ['in-vivo'] }, storage: { temperature: { value: -80, unit: '°C' } } };
const sourceMap = { locate: () => ({ line: 3, column: 5 }) };

async function render(format: ReporterFormat, file: string, batch = false): Promise<string> {
  const reporter = await loadReporter(format);
  const report = validator.validate(DOCUMENT, { file, sourceMap });
  return reporter([report], reporterOptions(validator.checklist, { color: false, quiet: false, verbose: false, batch }));
}

/** Terminal controls: C0 (but line feed and tab), DEL and C1. */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe('file names in text output', () => {
  it.each([
    ['ESC sequences', 'study\u001b[2J\u001b]0;owned\u0007.yaml'],
    ['a line break', 'study\nFAKE: all passed.yaml'],
    ['a carriage return', 'study\rall passed.yaml'],
    ['a C1 CSI (U+009B)', 'study\u009b31m.yaml'],
  ])('%s never reach the terminal raw, in the header or in any finding location', async (_name, file) => {
    const text = await render('text', file);
    expect(text).not.toMatch(TERMINAL_CONTROLS);
    // Every finding line still starts with the (sanitised) location column: the name cannot add lines.
    const findingLines = text.split('\n').filter((line) => line.includes('not reported'));
    expect(findingLines.length).toBeGreaterThan(10);
    for (const line of findingLines) expect(line).toMatch(/^ {4}study.*:3:5 /);
  });

  it('--stdin-filename with an escape sequence, end to end', async () => {
    const result = await runInProcess(['check', '-', '--stdin-filename', 'x\u001b[31m.json'], process.cwd(), new TextEncoder().encode(JSON.stringify(DOCUMENT)));
    expect(result.stdout).not.toMatch(TERMINAL_CONTROLS);
    expect(result.stdout).toContain('x\uFFFD[31m.json:1:');
  });
});

describe('Markdown shows mentions and links as text', () => {
  it.each([['@everyone'], ['@org/team'], ['https://evil.example/x'], ['HTTP://evil.example'], ['www.evil.example'], ['WWW.evil.example']])('%s in a file name neither mentions nor links', async (name) => {
    const markdown = await render('markdown', `${name}.yaml`, true);
    // Outside code spans (where Markdown makes neither), no mention or autolink can form.
    const prose = markdown.replace(/`+[^`]*`+/g, '');
    expect(prose).not.toMatch(/@[A-Za-z0-9]/);
    expect(prose).not.toMatch(/[a-z]:\/\//i);
    expect(prose).not.toMatch(/\bwww\./i);
    // The name is still there to read (with an invisible word joiner).
    expect(prose.replaceAll('\u2060', '')).toContain(name.replace(/[_*[\]]/g, (c) => `\\${c}`));
  });
});

describe('C1 controls', () => {
  it.each([['github'], ['markdown'], ['html']] as Array<[ReporterFormat]>)('never reach %s output raw', async (format) => {
    const output = await render(format, 'study\u009b2J\u0085\u008d.yaml', true);
    expect(output).not.toMatch(/[\u0080-\u009F]/);
    expect(output).toContain('\uFFFD');
  });
});
