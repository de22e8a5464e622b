/**
 * JSON files as one-byte text (Node only). A study report is UTF-8 with a few non-ASCII characters (µ, °,
 * –, ≥), and those few make the decoded string two bytes a character: slower to decode (about 45 µs for
 * 20 kB, as long as JSON.parse takes for half of it) and to parse. Read as Latin-1 instead (a plain copy),
 * with each non-ASCII character rewritten as the \uXXXX escape JSON.parse reads as that very character,
 * the text stays one byte a character and parses to the same value; columns are counted back in the
 * characters of the text the user wrote.
 *
 * Only a text the fast JSON path accepts is answered here. Anything else (a byte order mark, bytes that
 * are not UTF-8, YAML, invalid JSON, a limit passed) returns undefined and goes the general way
 * (parseBytesWith), which reports it exactly as it always has.
 */
import { Buffer, isAscii, isUtf8 } from 'node:buffer';
import { hasUnicodeEscape, isEscaped, parseJsonFast, type ColumnOf } from './json-fast.js';
import { resolveLimits } from './limits.js';
import { detectFormat, type ParseResult, type ParseTextOptions } from './parse.js';

/** The high bit of each byte of a 32-bit word: set in a byte ≥ 0x80 (whichever the byte order). */
const HIGH_BITS = 0x80808080;
const NO_WORDS = new Uint32Array(0);

/**
 * Where each run of bytes ≥ 0x80 starts and ends (one or more whole UTF-8 characters, as the bytes are
 * valid UTF-8), as [start, end, start, end, …]. The bytes are read four at a time, sixteen per step, where
 * they are aligned for it. A study report is nearly all ASCII: on 20 kB this takes about 3 µs, a fifth of
 * what a regular expression over its Latin-1 reading took to find the same runs.
 */
export function nonAsciiRuns(bytes: Uint8Array): number[] {
  const length = bytes.length;
  // Bytes before the first 4-byte boundary of the underlying buffer, then whole words, then the rest.
  const head = (4 - (bytes.byteOffset & 3)) & 3;
  const words = length > head ? new Uint32Array(bytes.buffer, bytes.byteOffset + head, (length - head) >>> 2) : NO_WORDS;
  const runs: number[] = [];
  let index = 0;
  while (index < length) {
    // Byte by byte up to a word's start …
    while (index < length && bytes[index]! < 0x80 && ((index - head) & 3) !== 0) index++;
    if (index < length && bytes[index]! < 0x80) {
      // … then four words at a time to the first four holding a byte ≥ 0x80, and byte by byte to that byte
      // (or to the end, past the last four whole words).
      let word = (index - head) >>> 2;
      const lastFour = words.length - 3;
      while (word < lastFour && ((words[word]! | words[word + 1]! | words[word + 2]! | words[word + 3]!) & HIGH_BITS) === 0) word += 4;
      index = head + word * 4;
      while (index < length && bytes[index]! < 0x80) index++;
    }
    if (index === length) break;
    const start = index;
    while (index < length && bytes[index]! >= 0x80) index++;
    runs.push(start, index);
  }
  return runs;
}

/** Escapes of the runs met so far: a batch repeats the same few (µ, °C, –). Bounded, as user text may hold thousands. */
const escapes = new Map<string, string>();
const MAX_KEPT_ESCAPES = 2048;

/** The run's characters as \uXXXX escapes, one per UTF-16 unit (so its length is 6 × the units). */
function escapeRun(run: string): string {
  let escaped = escapes.get(run);
  if (escaped !== undefined) return escaped;
  const characters = Buffer.from(run, 'latin1').toString('utf8');
  escaped = '';
  for (let index = 0; index < characters.length; index++) escaped += `\\u${characters.charCodeAt(index).toString(16).padStart(4, '0')}`;
  if (escapes.size < MAX_KEPT_ESCAPES) escapes.set(run, escaped);
  return escaped;
}

const ESCAPE_LENGTH = 6;

/**
 * At most 32 runs of non-ASCII characters and one more per 64 bytes begun: a text denser in them (a report
 * written in Greek or Chinese) would grow up to threefold and keep a long table of columns, so it goes the
 * general way. A batch's reports have about one run per 600 bytes.
 */
const FEW_RUNS = 32;
const BYTES_PER_RUN = 64;

/**
 * The Latin-1 reading of UTF-8 bytes with every non-ASCII character escaped, and the columns of the text
 * the user wrote; undefined when a non-ASCII character follows a backslash that escapes it ("\µ", not
 * JSON), which the escape written here would turn into valid JSON, or when the text is dense in them.
 */
function escapeNonAscii(bytes: Uint8Array, latin1: string): { text: string; column: ColumnOf } | undefined {
  const runs = nonAsciiRuns(bytes);
  if (runs.length / 2 > FEW_RUNS + Math.ceil(latin1.length / BYTES_PER_RUN)) return undefined;
  // Where each escaped run starts in the new text, and how many characters all runs up to it added.
  const starts: number[] = [];
  const added: number[] = [];
  let text = '';
  let copied = 0;
  let extra = 0;
  for (let index = 0; index < runs.length; index += 2) {
    const start = runs[index]!;
    if (isEscaped(latin1, start)) return undefined;
    const escaped = escapeRun(latin1.slice(start, runs[index + 1]));
    text += latin1.slice(copied, start);
    starts.push(text.length);
    text += escaped;
    copied = runs[index + 1]!;
    extra += escaped.length - escaped.length / ESCAPE_LENGTH;
    added.push(extra);
  }
  if (copied < latin1.length) text += latin1.slice(copied);
  /** Characters the escapes before `offset` added (offsets asked never fall inside an escape: they are ASCII). */
  const addedBefore = (offset: number): number => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? 0 : added[low - 1]!;
  };
  const column: ColumnOf = (lineStart, offset) => offset - lineStart - (starts.length === 0 ? 0 : addedBefore(offset) - addedBefore(lineStart)) + 1;
  return { text, column };
}

const sameColumns: ColumnOf = (lineStart, offset) => offset - lineStart + 1;

/**
 * A study report from UTF-8 bytes by the one-byte way, when they hold JSON that the fast path accepts and
 * that is a document; undefined for anything else (the general way then speaks).
 */
export function parseJsonBytes(bytes: Uint8Array, options: ParseTextOptions = {}): ParseResult | undefined {
  const limits = resolveLimits(options);
  // 0xEF starts a byte order mark (JSON cannot start with the other characters it begins).
  if (bytes.length > limits.maxBytes || bytes[0] === 0xef || !isUtf8(bytes)) return undefined;
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  // Detecting on the Latin-1 reading: where it says JSON, the text starts with the same ASCII.
  if ((options.format ?? detectFormat(options.filename, latin1)) !== 'json') return undefined;
  // ASCII bytes need no escape: their Latin-1 reading is the text (isAscii costs a twentieth of the search for non-ASCII runs).
  const escaped = isAscii(bytes) ? { text: latin1, column: sameColumns } : escapeNonAscii(bytes, latin1);
  if (!escaped) return undefined;
  const fast = parseJsonFast(escaped.text, limits, { unicodeEscapes: hasUnicodeEscape(latin1), column: escaped.column });
  const value = fast?.value;
  if (!fast || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return { ok: true, document: value as Record<string, unknown>, sourceMap: fast.sourceMap, format: 'json', file: options.filename ?? '<input>' };
}
