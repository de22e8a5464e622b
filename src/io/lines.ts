/**
 * NDJSON input as a stream of lines: bytes are split at line feeds as they arrive and each line is
 * decoded on its own, so only the line being read is held in memory however long the input is.
 */

/** One line of the input (1-based), a line that is not valid UTF-8, or one longer than the limit (its bytes were dropped as they came). */
export type InputLine = { line: number; text: string } | { line: number; notUtf8: true } | { line: number; tooLong: true };

const LINE_FEED = 0x0a;

/**
 * Splits at `\n` only, as `String.split('\n')` does (a `\r` before it stays in the line, and JSON reads it as
 * space); a UTF-8 sequence never contains the byte 0x0A, so splitting bytes is splitting text. The final
 * piece after the last line feed is a line too.
 */
export async function* inputLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxLineBytes = Number.POSITIVE_INFINITY): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes: Uint8Array, line: number): InputLine => {
    try {
      return { line, text: decoder.decode(bytes) };
    } catch {
      return { line, notUtf8: true };
    }
  };
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  // Set once the line being read passes the limit: its bytes are dropped until its line feed.
  let overLimit = false;
  let line = 0;
  const finish = (piece: Uint8Array): InputLine => {
    line++;
    const total = pendingBytes + piece.length;
    const result: InputLine = overLimit || total > maxLineBytes ? { line, tooLong: true } : decode(pending.length === 0 ? piece : Buffer.concat([...pending, piece]), line);
    pending = [];
    pendingBytes = 0;
    overLimit = false;
    return result;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(LINE_FEED); end !== -1; end = chunk.indexOf(LINE_FEED, start)) {
      yield finish(chunk.subarray(start, end));
      start = end + 1;
    }
    if (start < chunk.length && !overLimit) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > maxLineBytes) {
        pending = [];
        overLimit = true;
      }
    }
  }
  yield finish(new Uint8Array(0));
}
