/**
 * The `secretome-checklist` executable: the CLI on this process's standard streams, its exit code set when
 * the report is out. Started by dist/cli.cjs (src/cli/launch/cli.ts), which loads the bundle it is part of.
 */
import { setFlagsFromString } from 'node:v8';
import { run } from './run.js';

async function readStdin(limit = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    // Leaving the loop closes standard input: a huge input is never held whole in memory.
    if (length >= limit) break;
  }
  return Buffer.concat(chunks, Math.min(length, limit));
}

// A reader that stops early (`| head`, `| jq -e … | head`) closes the pipe: not an error. The check
// still runs to the end, so the exit code keeps its meaning under `set -o pipefail`. Any other failure
// (a full disk, `> /dev/full`) means the report is lost: one line and exit code 2, as for `-o`.
let stdoutFailure: NodeJS.ErrnoException | undefined;

/** Waits until what was written to standard output is flushed (or has failed). */
function flushStdout(): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.destroyed) resolve();
    else process.stdout.write('', () => resolve());
  });
}

/** Runs the CLI with this process's arguments and streams; resolves once the report is flushed. */
export async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') stdoutFailure ??= error;
  });
  const code = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
    stdinStream: () => process.stdin,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    setEngineFlag: setFlagsFromString,
  });
  await flushStdout();
  if (stdoutFailure) {
    process.stderr.write(`secretome-checklist: the report cannot be written to standard output (${stdoutFailure.code ?? 'error'}).\n`);
    process.exitCode = 2;
  } else {
    process.exitCode = code;
  }
}
