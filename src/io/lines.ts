/**
 * NDJSON input as a stream of lines: bytes are split at line feeds as they arrive and each line is
 * decoded on its own, so only the line being read is held in memory however long the input is.
 */

/** One line of the input (1-based), or a line that is not valid UTF-8. */
export type InputLine = { line: number; text: string } | { line: number; notUtf8: true };

const LINE_FEED = 0x0a;

/**
 * Splits at `\n` only, as `String.split('\n')` does (a `\r` before it stays in the line, and JSON reads it as
 * space); a UTF-8 sequence never contains the byte 0x0A, so splitting bytes is splitting text. The final
 * piece after the last line feed is a line too.
 */
export async function* inputLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes: Uint8Array, line: number): InputLine => {
    try {
      return { line, text: decoder.decode(bytes) };
    } catch {
      return { line, notUtf8: true };
    }
  };
  let pending: Uint8Array[] = [];
  let line = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(LINE_FEED); end !== -1; end = chunk.indexOf(LINE_FEED, start)) {
      const piece = chunk.subarray(start, end);
      line++;
      yield decode(pending.length === 0 ? piece : Buffer.concat([...pending, piece]), line);
      pending = [];
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  line++;
  yield decode(pending.length === 0 ? new Uint8Array(0) : Buffer.concat(pending), line);
}
