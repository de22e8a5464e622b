import { describe, expect, it } from 'vitest';
import { jsonReporter } from '../../src/reporters/json.js';
import { BATCH, MOUSE_STUDY, options } from './fixtures.js';

describe('json reporter', () => {
  it('prints one report as the report object, 2-space indented, with a trailing newline', () => {
    const out = jsonReporter([MOUSE_STUDY], options());
    expect(out).toBe(`${JSON.stringify(MOUSE_STUDY, null, 2)}\n`);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(MOUSE_STUDY)));
  });

  it('prints a batch as an array of reports', () => {
    const parsed = JSON.parse(jsonReporter(BATCH, options({ batch: true }))) as unknown[];
    expect(parsed).toEqual(JSON.parse(JSON.stringify(BATCH)));
  });

  it('prints an array for a batch of one, so batch output always has the same shape', () => {
    expect(JSON.parse(jsonReporter([MOUSE_STUDY], options({ batch: true })))).toHaveLength(1);
  });

  it('keeps every finding, even with quiet: the JSON is the report contract', () => {
    const parsed = JSON.parse(jsonReporter([MOUSE_STUDY], options({ quiet: true }))) as typeof MOUSE_STUDY;
    expect(parsed.findings).toHaveLength(MOUSE_STUDY.findings.length);
  });
});
