/** Reading a study report from disk (Node only). Every failure becomes an InputError, never a throw. */
import { readFile, stat } from 'node:fs/promises';
import type { InputError } from './errors.js';
import { parseReportText, type ParseResult, type ParseTextOptions } from './parse.js';

/** Larger files are refused before they are read: no study report comes near this. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface ReadOptions extends ParseTextOptions {
  maxBytes?: number;
}

function readError(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const words: Record<string, string> = {
    ENOENT: 'no such file.',
    EACCES: 'permission denied.',
    EISDIR: 'this is a directory, not a file.',
    ELOOP: 'too many symbolic links.',
  };
  return { code: 'read-failed', file, message: words[code ?? ''] ?? `cannot be read (${code ?? 'unknown error'}).` };
}

export async function parseReportFile(path: string, options: ReadOptions = {}): Promise<ParseResult> {
  const file = options.filename ?? path;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: { code: 'not-a-file', file, message: 'this is not a regular file.' } };
    if (info.size > maxBytes) {
      return { ok: false, error: { code: 'too-large', file, message: `the file is ${info.size} bytes, more than the limit of ${maxBytes}.`, hint: 'A study report is a few kilobytes; check that this is the right file.' } };
    }
    const bytes = await readFile(path);
    return parseReportBytes(bytes, { ...options, filename: file });
  } catch (error) {
    return { ok: false, error: readError(file, error) };
  }
}

/** Decodes UTF-8 strictly (invalid bytes are an error, not U+FFFD) and parses. */
export function parseReportBytes(bytes: Uint8Array, options: ParseTextOptions = {}): ParseResult {
  const file = options.filename ?? '<input>';
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, error: { code: 'binary', file, message: 'the file is UTF-16 encoded.', hint: 'Save it as UTF-8.' } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'binary', file, message: 'the file is not valid UTF-8 text.', hint: 'Save it as UTF-8.' } };
  }
  return parseReportText(text, { ...options, filename: file });
}
