/**
 * The options of a check that every front end takes (CLI flags, config file, service query parameters),
 * one schema each. The caller names the option as its users spell it (`--min-score`, `minScore`), so the
 * message speaks their language.
 *
 * Each option comes twice, from the same rules and messages: as a zod schema (the service and the other
 * commands, which parse with zod anyway) and as a plain reader of a flag's text (`check`, which reads its
 * flags at every start, where building and running the zod schemas was a measurable part of the set-up).
 * test/options/check.test.ts holds the two to the same answers.
 */
import * as z from 'zod';

export const PROFILE_NAMES = ['default', 'journal-strict'] as const;
export const FAIL_ON_LEVELS = ['essential', 'recommended', 'none'] as const;

/** A score threshold as text: a decimal, at most three digits before the point and six after it. */
const MIN_SCORE_TEXT = /^\d{1,3}(\.\d{1,6})?$/;
const MAX_SCORE = 100;

const profileMessage = (name: string): string => `${name} must be default or journal-strict`;
const failOnMessage = (name: string): string => `${name} must be essential, recommended or none`;
const minScoreTextMessage = (name: string): string => `${name} must be a number from 0 to 100, written as a decimal such as 80 or 92.5`;
const minScoreMaxMessage = (name: string): string => `${name} must be at most 100`;

export function profileOption(name: string) {
  return z.enum(PROFILE_NAMES, { error: profileMessage(name) });
}

export function failOnOption(name: string) {
  return z.enum(FAIL_ON_LEVELS, { error: failOnMessage(name) });
}

/**
 * A score threshold given as text: a decimal from 0 to 100. Number() would also read '', '0x10', '1e1' and
 * ' 16 ' and pass them silently.
 */
export function minScoreOption(name: string) {
  return z.string().regex(MIN_SCORE_TEXT, minScoreTextMessage(name)).transform(Number).pipe(z.number().max(MAX_SCORE, minScoreMaxMessage(name)));
}

/** An option's value read from its text, or the message the zod schema of the option gives. */
export type OptionRead<T> = { ok: true; value: T } | { ok: false; message: string };

/** One of a list of words (an enum), as `z.enum(words, { error: message })` reads it. */
export function readWord<const Words extends readonly string[]>(words: Words, text: string, message: string): OptionRead<Words[number]> {
  return words.includes(text) ? { ok: true, value: text as Words[number] } : { ok: false, message };
}

/** `profileOption(name)` without zod. */
export function readProfile(name: string, text: string): OptionRead<(typeof PROFILE_NAMES)[number]> {
  return readWord(PROFILE_NAMES, text, profileMessage(name));
}

/** `failOnOption(name)` without zod. */
export function readFailOn(name: string, text: string): OptionRead<(typeof FAIL_ON_LEVELS)[number]> {
  return readWord(FAIL_ON_LEVELS, text, failOnMessage(name));
}

/** `minScoreOption(name)` without zod: the text's form first, then its value. */
export function readMinScore(name: string, text: string): OptionRead<number> {
  if (!MIN_SCORE_TEXT.test(text)) return { ok: false, message: minScoreTextMessage(name) };
  const value = Number(text);
  return value <= MAX_SCORE ? { ok: true, value } : { ok: false, message: minScoreMaxMessage(name) };
}
