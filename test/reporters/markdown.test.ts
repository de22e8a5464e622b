import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { escapeMarkdown, markdownCode } from '../../src/reporters/shared/escape.js';
import { markdownReporter } from '../../src/reporters/markdown.js';
import { BATCH, MOUSE_STUDY, STDIN_STUDY, options } from './fixtures.js';

describe('markdown reporter', () => {
  const single = markdownReporter([MOUSE_STUDY], options());

  it('opens with the file and the overall verdict', () => {
    expect(single.startsWith('## Secretome checklist: studies/amodeo-2025-neuropathy.yaml\n')).toBe(true);
    expect(single).toContain('**Score 78.9** · minimal set complete: **no** · valid: **no**');
  });

  it('has a summary table: section, score, missing essentials', () => {
    expect(single).toContain('| Section | Score | Missing essentials |\n| --- | ---: | --- |\n');
    expect(single).toContain('| Storage | 55.6 | `storage.temperature`, `storage.freezeThaw` |');
    expect(single).toContain('| Cell source | 80.0 | — |');
    expect(markdownReporter([STDIN_STUDY], options())).toContain('| Dose and administration | n/a | — |');
  });

  it('lists findings under their section with location, pointer and hint', () => {
    expect(single).toContain(
      '#### Storage\n\n- **Storage temperature is not reported for the whole secretome.** `storage.temperature` · essential · missing\n' +
        '  - Where: `studies/amodeo-2025-neuropathy.yaml:41:7`, pointer `/production/preparations/0/storage/temperature`\n' +
        '  - Hint: State the storage temperature (e.g. −80 °C) in °C.\n',
    );
  });

  it('escapes user text so it cannot inject markup or break the list', () => {
    const out = markdownReporter([STDIN_STUDY], options());
    expect(out).not.toContain('<script>');
    expect(out).toContain('\\<script\\>');
    expect(out).not.toContain('\u0007');
    const item = out.split('\n').find((line) => line.includes('Expected a number'))!;
    expect(item).toMatch(/^- \*\*Expected a number .* see \uFFFD line 12\*\* `document` · essential · invalid$/);
  });

  it('with quiet, lists essential problems only', () => {
    const quiet = markdownReporter([MOUSE_STUDY], options({ quiet: true }));
    expect(quiet).toContain('`storage.temperature` · essential');
    expect(quiet).not.toContain('`cellSource.donorAge` · recommended');
    expect(quiet).not.toContain('`storage.reconstitution` · essential · not applicable');
  });

  it('with verbose, lists satisfied items from the ledger', () => {
    const verbose = markdownReporter([MOUSE_STUDY], options({ verbose: true }));
    expect(verbose).toContain('### Satisfied items');
    expect(verbose).toContain('- `storage.form` Storage form · reported');
  });

  it('for a batch, has an overall table and one section per file', () => {
    const out = markdownReporter(BATCH, options({ batch: true }));
    expect(out.startsWith('## Secretome checklist: 3 documents\n')).toBe(true);
    expect(out).toContain('3 documents · 1 passing the minimal set · mean score 77.4');
    expect(out).toContain('| `studies/amodeo-2025-neuropathy.yaml` | 78.9 | no | no | 2 | 2 |');
    expect(out).toContain('| `document 3` | 56.0 | no | no | 4 | 1 |');
    expect(out).toContain('\n### studies/amodeo-2025-neuropathy.yaml\n');
    expect(out).toContain('\n### studies\\\\lab-b\\\\ev-fraction 2023.json\n');
    expect(out).toContain('\n### document 3\n');
  });

  it('says so when there is nothing to list', () => {
    const clean: Report = { ...MOUSE_STUDY, findings: [] };
    expect(markdownReporter([clean], options())).toContain('No findings.');
  });

  it('escapes inline Markdown and fences code spans that contain backticks', () => {
    expect(escapeMarkdown('a*b_c [d](e) <f> | g\nh')).toBe('a\\*b\\_c \\[d\\](e) \\<f\\> \\| g h');
    expect(markdownCode('plain')).toBe('`plain`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(markdownCode('a|b')).toBe('`a\\|b`');
  });
});
