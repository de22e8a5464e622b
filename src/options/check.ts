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

/** A score threshold given as text. An empty value would coerce to 0 and pass silently. */
export function minScoreOption(name: string) {
  const message = `${name} must be a number from 0 to 100`;
  return z
    .string()
    .trim()
    .min(1, message)
    .pipe(z.coerce.number<string>({ error: message }).min(0, `${name} must be at least 0`).max(100, `${name} must be at most 100`));
}
