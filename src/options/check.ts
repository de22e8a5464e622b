/**
 * The options of a check that every front end takes (CLI flags, config file, service query parameters),
 * one schema each. The caller names the option as its users spell it (`--min-score`, `minScore`), so the
 * message speaks their language.
 */
import * as z from 'zod';

export const PROFILE_NAMES = ['default', 'journal-strict'] as const;
export const FAIL_ON_LEVELS = ['essential', 'recommended', 'none'] as const;

export function profileOption(name: string) {
  return z.enum(PROFILE_NAMES, { error: `${name} must be default or journal-strict` });
}

export function failOnOption(name: string) {
  return z.enum(FAIL_ON_LEVELS, { error: `${name} must be essential, recommended or none` });
}

/**
 * A score threshold given as text: a decimal from 0 to 100. Number() would also read '', '0x10', '1e1' and
 * ' 16 ' and pass them silently.
 */
export function minScoreOption(name: string) {
  return z
    .string()
    .regex(/^\d{1,3}(\.\d{1,6})?$/, `${name} must be a number from 0 to 100, written as a decimal such as 80 or 92.5`)
    .transform(Number)
    .pipe(z.number().max(100, `${name} must be at most 100`));
}
