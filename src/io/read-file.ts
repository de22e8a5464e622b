/** Reading a study report from disk (Node only). Every failure becomes an InputError, never a throw. */
import { Buffer, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { InputError } from './errors.js';
import { parseJsonBytes } from './json-bytes.js';
import { DEFAULT_MAX_FILE_BYTES, resolveLimits } from './limits.js';
import type { ParseResult, ParseTextOptions } from './parse.js';
import { parseBytesWith, parseReportBytes, tooLarge, type Utf8Decoder } from './parse-bytes.js';

export { DEFAULT_MAX_FILE_BYTES, parseReportBytes, tooLarge };

/** `maxBytes` (default 10 MiB) is checked before the file is read. */
export type ReadOptions = ParseTextOptions;

export function readError(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const words: Record<string, string> = {
    ENOENT: 'no such file.',
    EACCES: 'permission denied.',
    EPERM: 'permission denied.',
    EISDIR: 'this is a directory, not a file.',
    ELOOP: 'too many symbolic links.',
    ENAMETOOLONG: 'the file name is too long.',
  };
  return { code: 'read-failed', file, message: words[code ?? ''] ?? `cannot be read (${code ?? 'unknown error'}).` };
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; error: InputError };

/** A directory, device or pipe named as an input. */
export function notAFileError(file: string): InputError {
  return { code: 'not-a-file', file, message: 'this is not a regular file.' };
}

const notAFile = (file: string): ReadResult => ({ ok: false, error: notAFileError(file) });

/** The next read: the rest of the file and one byte more, at least 64 KiB, at most 1 MiB, never past limit + 1. */
function chunkSize(size: number, length: number, maxBytes: number): number {
  return Math.min(Math.max(size - length + 1, 1 << 16), 1 << 20, maxBytes + 1 - length);
}

/**
 * Opening for reading, without waiting: O_NONBLOCK lets a named pipe open at once (without it, open would
 * wait for a writer) and O_NOCTTY keeps a terminal named as input from becoming ours; fstat on the open
 * file then refuses anything that is not a regular file, before a byte is read. (A stat before the open
 * cost a tenth of reading a small file.)
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

/**
 * A path that could not be opened, said as a stat before the open would have said it (`info` is that
 * stat): not a regular file when it is something else (a socket cannot be opened), else the open's error.
 */
function openFailed(file: string, error: unknown, info: { isFile(): boolean }): ReadResult {
  return info.isFile() ? { ok: false, error: readError(file, error) } : notAFile(file);
}

/**
 * The bytes of a regular file, refused when larger than `maxBytes`. The size is checked on the open file
 * and the read never takes more than the limit, so a file that grows in between cannot get past it.
 */
export async function readInputFile(path: string, file: string, maxBytes: number): Promise<ReadResult> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    try {
      return openFailed(file, error, await stat(path));
    } catch (statError) {
      return { ok: false, error: readError(file, statError) };
    }
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return notAFile(file);
    if (info.size > maxBytes) return { ok: false, error: tooLarge(file, info.size, maxBytes) };
    // Read to the end, but never more than one byte past the limit (a file may grow, or report no size).
    const chunks: Buffer[] = [];
    let length = 0;
    while (length <= maxBytes) {
      const chunk = Buffer.allocUnsafe(chunkSize(info.size, length, maxBytes));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      // Less than asked of a regular file: its end (no second read to be told so).
      if (bytesRead < chunk.length) break;
    }
    if (length > maxBytes) return { ok: false, error: tooLarge(file, undefined, maxBytes) };
    return { ok: true, bytes: Buffer.concat(chunks, length) };
  } catch (error) {
    return { ok: false, error: readError(file, error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The buffer synchronous reads go through, kept for the next file (at most 1 MiB: see chunkSize): a batch
 * reads one small file after another, and a fresh 64 KiB chunk per file, copied again to its size, cost
 * more than the read (and pushed the garbage collector with 64 MB of short-lived memory per 1,000 files).
 */
let scratch = Buffer.allocUnsafe(0);

/**
 * readInputFile without the event loop, step for step the same: for the command line, which reads one
 * small file after another and has nothing else to do meanwhile (four thread-pool round trips per file
 * cost more than checking it). Each read goes into the kept buffer and only the bytes read are copied
 * out, unless `borrow` is set: then a file read in one go is returned as a view on the kept buffer, good
 * until the next read, for a caller done with it by then (copying a 20 kB file cost a third of the read).
 */
export function readInputFileSync(path: string, file: string, maxBytes: number, borrow = false): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    try {
      return openFailed(file, error, statSync(path));
    } catch (statError) {
      return { ok: false, error: readError(file, statError) };
    }
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return notAFile(file);
    if (info.size > maxBytes) return { ok: false, error: tooLarge(file, info.size, maxBytes) };
    const chunks: Buffer[] = [];
    let length = 0;
    while (length <= maxBytes) {
      const wanted = chunkSize(info.size, length, maxBytes);
      if (scratch.length < wanted) scratch = Buffer.allocUnsafe(wanted);
      const bytesRead = readSync(fd, scratch, 0, wanted, length);
      if (bytesRead === 0) break;
      if (borrow && length === 0 && bytesRead < wanted) return { ok: true, bytes: scratch.subarray(0, bytesRead) };
      chunks.push(Buffer.from(scratch.subarray(0, bytesRead)));
      length += bytesRead;
      if (bytesRead < wanted) break;
    }
    if (length > maxBytes) return { ok: false, error: tooLarge(file, undefined, maxBytes) };
    return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length) };
  } catch (error) {
    return { ok: false, error: readError(file, error) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing was lost: the bytes, or the error, are already in hand.
    }
  }
}

/**
 * TextDecoder's strict UTF-8, the Node way: Node's validator and decoder run over the bytes in native code
 * (about a quarter faster on a batch of files), and the byte order mark is dropped as TextDecoder drops it.
 */
const decodeUtf8Node: Utf8Decoder = (bytes) => {
  if (!isUtf8(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};

/**
 * parseReportBytes, the Node way (same results): JSON as one-byte text where it can be (json-bytes.ts),
 * anything else decoded with Node's native UTF-8 validator.
 */
export function parseReportBytesNode(bytes: Uint8Array, options: ReadOptions = {}): ParseResult {
  return parseJsonBytes(bytes, options) ?? parseBytesWith(decodeUtf8Node, bytes, options);
}

export async function parseReportFile(path: string, options: ReadOptions = {}): Promise<ParseResult> {
  const file = options.filename ?? path;
  const read = await readInputFile(path, file, resolveLimits(options).maxBytes);
  return read.ok ? parseReportBytesNode(read.bytes, { ...options, filename: file }) : read;
}
