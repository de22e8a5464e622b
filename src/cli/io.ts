import { parseArgs, type ParseArgsConfig } from 'node:util';
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
  /**
   * Sets a flag of this process's JavaScript engine (V8), for the compiler tuning of a short batch
   * (src/cli/batch/compiler-tuning.ts). Only the executable passes it: a host that runs the CLI in its own
   * process (a test, the build making the code cache) keeps its engine as it is.
   */
  setEngineFlag?(flag: string): void;
}

export const EXIT = { pass: 0, fail: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs for a command's flags and operands, its complaints as usage errors without the advice
 * about "--" it appends (which does not apply here).
 */
export function parseCommandArgs<const Options extends OptionsConfig>(args: string[], options: Options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, '.'));
  }
}
