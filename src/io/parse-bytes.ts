/** Bytes to a study report (runtime-agnostic: the browser entry has it too). Every failure is an InputError. */
import type { InputError } from './errors.js';
import { LIMIT_FLAGS, resolveLimits } from './limits.js';
import { parseReportText, type ParseResult, type ParseTextOptions } from './parse.js';

/** Over the size limit; `size` is left out where reading stopped one byte past the limit, so the size is unknown. */
export function tooLarge(file: string, size: number | undefined, maxBytes: number): InputError {
  return {
    code: 'too-large',
    file,
    message: size === undefined ? `the input is more than the limit of ${maxBytes} bytes.` : `the file is ${size} bytes, more than the limit of ${maxBytes}.`,
    hint: `A study report is a few kilobytes; check that this is the right file (or raise the limit with ${LIMIT_FLAGS.maxBytes}).`,
  };
}

/** Strict UTF-8 (invalid bytes are an error, not U+FFFD), without a leading byte order mark; undefined for bytes that are not UTF-8. */
export type Utf8Decoder = (bytes: Uint8Array) => string | undefined;

const decodeUtf8: Utf8Decoder = (bytes) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/** Decodes UTF-8 strictly (invalid bytes are an error, not U+FFFD) and parses. */
export function parseReportBytes(bytes: Uint8Array, options: ParseTextOptions = {}): ParseResult {
  return parseBytesWith(decodeUtf8, bytes, options);
}

/** parseReportBytes with a given decoder (Node has a faster one: read-file.ts). */
export function parseBytesWith(decode: Utf8Decoder, bytes: Uint8Array, options: ParseTextOptions = {}): ParseResult {
  const file = options.filename ?? '<input>';
  const { maxBytes } = resolveLimits(options);
  if (bytes.length > maxBytes) return { ok: false, error: tooLarge(file, bytes.length, maxBytes) };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, error: { code: 'binary', file, message: 'the file is UTF-16 encoded.', hint: 'Save it as UTF-8.' } };
  }
  const text = decode(bytes);
  if (text === undefined) return { ok: false, error: { code: 'binary', file, message: 'the file is not valid UTF-8 text.', hint: 'Save it as UTF-8.' } };
  return parseReportText(text, { ...options, filename: file });
}
