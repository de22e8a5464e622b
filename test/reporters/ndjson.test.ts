import { describe, expect, it } from 'vitest';
import { ndjsonReporter } from '../../src/reporters/ndjson.js';
import { BATCH, MOUSE_STUDY, STDIN_STUDY, options } from './fixtures.js';

describe('ndjson reporter', () => {
  it('prints one compact report per line', () => {
    const out = ndjsonReporter(BATCH, options({ batch: true }));
    const lines = out.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((line) => JSON.parse(line) as unknown)).toEqual(JSON.parse(JSON.stringify(BATCH)));
  });

  it('keeps line breaks inside messages escaped, so each report stays on its line', () => {
    const out = ndjsonReporter([STDIN_STUDY, MOUSE_STUDY], options({ batch: true }));
    expect(out.trimEnd().split('\n')).toHaveLength(2);
  });

  it('prints nothing for no reports', () => {
    expect(ndjsonReporter([], options({ batch: true }))).toBe('');
  });
});
