/** What the CLI needs from the outside world, injected so tests can run it in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** All of standard input, or its first `limit` bytes when there are more (reading stops there). */
  readStdin(limit?: number): Promise<Uint8Array>;
  /** Standard input as a stream, for inputs read line by line (--ndjson-input); without it, readStdin is used. */
  stdinStream?(): AsyncIterable<Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

export const EXIT = { pass: 0, fail: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
