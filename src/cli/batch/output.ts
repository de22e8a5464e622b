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
