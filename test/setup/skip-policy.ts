/**
 * No test may skip silently in CI. Under `CI=true` a skipped test fails the run, except the cases
 * listed here, each documented in docs/testing.md: a skip that depends on who runs the suite, not on
 * what is installed.
 */
export const ALLOWED_SKIPS: ReadonlyArray<{ note: RegExp; why: string }> = [
  { note: /^running as root\b/, why: 'chmod 000 does not stop root from reading a file or a folder, so the unreadable-file and unreadable-folder cases cannot be made' },
];

export interface SkippedTest {
  /** `file: suite > test`. */
  name: string;
  /** The note given to `context.skip(note)`, if any. */
  note?: string;
}

/** Whether the run is in CI, as CI services announce it (`CI=true`, `CI=1`). */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env['CI']?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/** The skipped tests that make a CI run fail: every skip not in ALLOWED_SKIPS. */
export function disallowedSkips(skipped: readonly SkippedTest[]): SkippedTest[] {
  return skipped.filter((test) => !ALLOWED_SKIPS.some((allowed) => test.note !== undefined && allowed.note.test(test.note)));
}
