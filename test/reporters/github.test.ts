import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { escapeWorkflowData, escapeWorkflowProperty, githubReporter } from '../../src/reporters/github.js';
import { BATCH, EV_STUDY, MOUSE_STUDY, STDIN_STUDY, options } from './fixtures.js';

describe('github reporter', () => {
  it('writes one workflow command per finding', () => {
    const lines = githubReporter(BATCH, options({ batch: true })).trimEnd().split('\n');
    expect(lines).toHaveLength(BATCH.reduce((n, r) => n + r.findings.length, 0));
    expect(lines.every((line) => /^::(error|warning|notice) /.test(line))).toBe(true);
  });

  it('annotates essential problems as errors with file, line, column and item id', () => {
    const out = githubReporter([MOUSE_STUDY], options());
    expect(out).toContain(
      '::error file=studies/amodeo-2025-neuropathy.yaml,line=41,col=7,title=storage.temperature::Storage temperature is not reported for the whole secretome.\n',
    );
  });

  it('annotates recommended problems as warnings, and forward-slashes Windows paths', () => {
    expect(githubReporter([EV_STUDY], options())).toBe(
      '::warning file=studies/lab-b/ev-fraction 2023.json,line=88,col=3,title=qualityControl.endotoxin::Endotoxin levels are not reported.\n',
    );
  });

  it('leaves out line and column without a location, and the file without a source file', () => {
    const out = githubReporter([MOUSE_STUDY, STDIN_STUDY], options({ batch: true }));
    expect(out).toContain('::warning file=studies/amodeo-2025-neuropathy.yaml,title=cellSource.donorAge::Donor age is not reported.\n');
    expect(out).toContain('::error title=study.species::Species and strain are not reported.\n');
  });

  it('annotates a declared exclusion as a notice, not an error', () => {
    expect(githubReporter([MOUSE_STUDY], options())).toMatch(/^::notice [^\n]*title=storage\.reconstitution::/m);
  });

  it('escapes % CR LF in messages, and also : and , in properties', () => {
    expect(escapeWorkflowData('100%\r\nnext: a, b')).toBe('100%25%0D%0Anext: a, b');
    expect(escapeWorkflowProperty('C:\\x,y%\n')).toBe('C%3A\\x%2Cy%25%0A');
  });

  it('keeps a hostile message on one line and its file name from breaking the property list', () => {
    const hostile: Report = { ...STDIN_STUDY, source: { file: 'data/a,b:c.yaml' } };
    const out = githubReporter([hostile], options());
    const first = out.split('\n')[0]!;
    expect(first).toBe(
      '::error file=data/a%2Cb%3Ac.yaml,line=12,col=5,title=document::' +
        'Expected a number for "dose" but found <script>alert(\'x\')</script> & 100%25, 2×10^6:%0Asee \uFFFD line 12',
    );
    expect(out.trimEnd().split('\n')).toHaveLength(hostile.findings.length);
  });

  it('with quiet, annotates essential problems only', () => {
    const out = githubReporter([MOUSE_STUDY], options({ quiet: true }));
    expect(out.trimEnd().split('\n').map((l) => l.slice(0, 8))).toEqual(['::error ', '::error ', '::error ']);
  });

  it('prints nothing for a report without findings', () => {
    expect(githubReporter([{ ...EV_STUDY, findings: [] }], options())).toBe('');
  });
});
