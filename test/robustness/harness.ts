/** Runs the CLI in-process through src/cli/run.ts, with captured output and a clock. */
import { run } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall time of the run, in milliseconds. */
  ms: number;
}

export async function runInProcess(args: string[], cwd: string, stdin: Uint8Array = new Uint8Array(), more: Partial<CliIo> = {}): Promise<InProcessResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    readStdin: async (limit?: number) => (limit === undefined ? stdin : stdin.subarray(0, limit)),
    cwd,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    ...more,
  };
  const started = performance.now();
  const code = await run(args, io);
  return { code, stdout, stderr, ms: performance.now() - started };
}

/** A stack trace line, as V8 prints it. */
export const STACK_LINE = /^\s+at\s/m;
