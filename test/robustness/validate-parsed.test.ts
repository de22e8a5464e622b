/**
 * The command line validates documents it has just parsed without copying them again (validateParsed):
 * the report must be the one `validate` gives, and the validator's own limits must still hold when the
 * document was parsed under wider ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/io/parse.js';
import { createValidator, validateParsed } from '../../src/validator.js';
import { ROOT } from '../helpers.js';

function parsed(text: string, filename: string, limits: Record<string, number> = {}) {
  const result = parseReportText(text, { filename, ...limits });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe('validateParsed', () => {
  it.each(['complete-in-vivo-ev.yaml', 'multi-arm-three-doses.yaml', 'under-reported-concentrated-cm.yaml'])('gives the report validate gives for %s', (name) => {
    const { document, sourceMap } = parsed(readFileSync(join(ROOT, 'examples', name), 'utf8'), name);
    const validator = createValidator({ ledger: true });
    const call = { file: name, sourceMap };
    expect(validateParsed(validator, document, call, {})).toEqual(validator.validate(document, call));
  });

  it('still refuses a document deeper than the validator allows when it was parsed under a wider depth limit', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 70; level++) deep = { next: deep };
    const { document } = parsed(JSON.stringify({ checklistVersion: '1.1', study: { note: deep } }), 'deep.json', { maxDepth: 100 });
    const report = validateParsed(createValidator(), document, {}, { maxDepth: 100 });
    expect(report.valid).toBe(false);
    expect(report.findings.some((finding) => /The document was not checked: the data is nested more than 64 levels deep/.test(finding.message))).toBe(true);
  });

  it('checks a document parsed under the validator’s own limits as it stands', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 70; level++) deep = { next: deep };
    const text = JSON.stringify({ checklistVersion: '1.1', study: { note: deep } });
    const { document } = parsed(text, 'deep.json', { maxDepth: 100 });
    const validator = createValidator({ limits: { maxDepth: 100 } });
    const report = validateParsed(validator, document, {}, { maxDepth: 100 });
    expect(report).toEqual(validator.validate(document));
    expect(report.findings.some((finding) => /not checked/.test(finding.message))).toBe(false);
  });
});
