/** Writing streamed output without letting it pile up in memory when the reader is slower than we are. */

interface Writable {
  write(text: string): unknown;
  once?(event: string, listener: () => void): unknown;
  off?(event: string, listener: () => void): unknown;
}

/** Writes `text`; when the stream asks to wait (write returned false), waits until it drains or closes. */
export async function writeAndWait(stream: Writable, text: string): Promise<void> {
  if (stream.write(text) !== false || typeof stream.once !== 'function') return;
  await new Promise<void>((resolve) => {
    // A reader that went away (`| head`) never drains: closing or failing ends the wait as well.
    const done = (): void => {
      for (const event of ['drain', 'close', 'error']) stream.off?.(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) stream.once!(event, done);
  });
}

/**
 * The file of --output, written under a temporary name beside it and renamed into place when complete:
 * a reader never sees half a report, and a check that stops early leaves the previous report as it was.
 */
export interface OutputFile {
  sink: Writable;
  /** Flushes, then renames into place; throws the write error (e.g. ENOSPC) if there was one. */
  commit(): Promise<void>;
  /** Removes the temporary file. */
  abort(): void;
}

export async function openOutputFile(target: string): Promise<OutputFile> {
  const { createWriteStream, renameSync, rmSync } = await import('node:fs');
  const { basename, dirname, join } = await import('node:path');
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  const stream = createWriteStream(temporary, { flags: 'wx' });
  let failure: Error | undefined;
  let done = false;
  stream.on('error', (error) => (failure ??= error));
  await new Promise<void>((resolve) => {
    stream.once('ready', () => resolve());
    stream.once('error', () => resolve());
  });
  if (failure) throw failure;
  const sink: Writable = {
    write: (text: string) => (failure ? true : stream.write(text)),
    once: (event, listener) => stream.once(event, listener),
    off: (event, listener) => stream.off(event, listener),
  };
  return {
    sink,
    async commit() {
      await new Promise<void>((resolve) => stream.end(() => resolve()));
      if (failure) {
        rmSync(temporary, { force: true });
        throw failure;
      }
      renameSync(temporary, target);
      done = true;
    },
    abort() {
      if (done) return;
      stream.destroy();
      rmSync(temporary, { force: true });
    },
  };
}
