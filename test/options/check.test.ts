/**
 * `check` reads --profile, --fail-on, --min-score and --format with plain readers, the service and the other
 * commands with zod schemas: both come from the same rules and must give the same value or the same message
 * for any text a user can type.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { failOnOption, minScoreOption, profileOption, readFailOn, readMinScore, readProfile, readWord, type OptionRead } from '../../src/options/check.js';
import { REPORTER_FORMATS } from '../../src/reporters/index.js';

/** What a zod schema makes of a text, in the readers' terms: its value, or its first issue's message. */
function viaZod(schema: z.ZodType, text: string): OptionRead<unknown> {
  const parsed = schema.safeParse(text);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0]!.message };
}

/** Texts near the edges of the rules: thresholds around 100, too many digits, signs, spaces, other spellings of numbers, near-miss words. */
const EDGES = [
  '', ' ', '0', '00', '000', '0000', '100', '100.0', '100.000001', '100.5', '101', '999', '999.999999', '1000', '99.9999999', '80', '92.5',
  '.5', '5.', '-1', '+1', ' 16', '16 ', '1e1', '0x10', '1_0', '٣', '１０', 'NaN', 'Infinity',
  'default', 'Default', 'default ', 'journal-strict', 'journal_strict', 'essential', 'recommended', 'none', 'None', 'text', 'ndjson', 'NDJSON', 'json ',
  '__proto__', 'constructor', 'toString',
];

/** Texts to try: the edges, decimals of every shape, and any text at all. */
const texts = fc.oneof(
  fc.constantFrom(...EDGES),
  fc.tuple(fc.stringMatching(/^\d{0,5}$/), fc.constantFrom('', '.'), fc.stringMatching(/^\d{0,8}$/)).map(([a, dot, b]) => `${a}${dot}${b}`),
  fc.string(),
);

const cases: Array<[string, (text: string) => OptionRead<unknown>, z.ZodType]> = [
  ['--profile', (text) => readProfile('--profile', text), profileOption('--profile')],
  ['--fail-on', (text) => readFailOn('--fail-on', text), failOnOption('--fail-on')],
  ['--min-score', (text) => readMinScore('--min-score', text), minScoreOption('--min-score')],
  ['--format', (text) => readWord(REPORTER_FORMATS, text, 'bad format'), z.enum(REPORTER_FORMATS, { error: 'bad format' })],
];

describe('the plain readers of the check options', () => {
  it.each(cases)('%s gives what its zod schema gives, for the edge cases', (_name, read, schema) => {
    for (const text of EDGES) expect([text, read(text)]).toEqual([text, viaZod(schema, text)]);
  });

  it.each(cases)('%s gives what its zod schema gives, for any text', (_name, read, schema) => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(read(text)).toEqual(viaZod(schema, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('read --min-score 100 as the number 100 and refuse 100.5 as over the top, naming the flag as given', () => {
    expect(readMinScore('--min-score', '100')).toEqual({ ok: true, value: 100 });
    expect(readMinScore('minScore', '100.5')).toEqual({ ok: false, message: 'minScore must be at most 100' });
  });
});
