/**
 * YAML whose cost is in its syntax, not its values (issue 11, point 1): a text within the size limit made
 * of millions of cheap syntax elements (lines of a quoted text, blank or comment lines, anchors, tags) is
 * refused by counting them before the parser holds them, so it can never exhaust the heap.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/io/parse.js';
import { YAML_TOKENS_PER_VALUE } from '../../src/io/parse-yaml.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';

const parse = (text: string, limits: Record<string, number> = {}) => parseReportText(text, { filename: 'study.yaml', ...limits });
const HEAD = 'checklistVersion: "1.0"\nstudy:\n  title: ';
const budget = YAML_TOKENS_PER_VALUE * DEFAULT_LIMITS.maxValues;

describe('YAML made of many syntax elements', () => {
  it('a quoted text over 300 000 short lines is refused by its syntax elements even when the text limit allows it', () => {
    const result = parse(`${HEAD}"${'a \n'.repeat(300_000)}"\n`, { maxStringLength: 10_000_000 });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-many-values', message: expect.stringContaining(`more than ${budget} syntax elements`) } });
  });

  it.each([
    ['single-quoted lines', `${HEAD}'${'a \n'.repeat(300_000)}'\n`],
    ['blank lines', `checklistVersion: "1.0"\n${'\n'.repeat(500_000)}`],
    ['comment lines', `checklistVersion: "1.0"\n${'#c\n'.repeat(500_000)}`],
    ['anchors on one value', `a: ${'&a '.repeat(300_000)}1\n`],
    ['tags on one value', `a: ${'!t '.repeat(300_000)}1\n`],
    ['directives', `${'%YAML 1.2\n'.repeat(300_000)}---\na: 1\n`],
  ])('%s are refused the same way, with the line where the budget ran out', (_name, text) => {
    const result = parse(text, { maxStringLength: 10_000_000 });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-many-values', line: expect.any(Number), hint: expect.stringContaining('--max-values') } });
  });

  it('the budget follows --max-values: raising it lets the same text through to the other checks', () => {
    const text = `checklistVersion: "1.0"\n${'#c\n'.repeat(500_000)}`;
    expect(parse(text).ok).toBe(false);
    expect(parse(text, { maxValues: 200_000 }).ok).toBe(true);
  });

  it('an indented quoted text over 300 000 lines is one syntax element: it reaches the text limit instead', () => {
    expect(parse(`${HEAD}"${'a \n   '.repeat(300_000)}"\n`)).toMatchObject({ ok: false, error: { code: 'too-long' } });
  });

  it('a study report with comments and a multi-line quoted text stays well inside the budget', () => {
    const text = `# A study\ncheckListComment: 1\n${HEAD}"A quoted title\n    over three\n    lines"\n  design: [in-vivo] # the design\n`;
    expect(parse(text).ok).toBe(true);
  });
});
