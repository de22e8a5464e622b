/** Input errors: values with stable codes, never exceptions. */

export type InputErrorCode =
  | 'read-failed'
  | 'not-a-file'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'json-syntax'
  | 'yaml-syntax'
  | 'duplicate-key'
  | 'not-a-document'
  /** Nested deeper than the depth limit. */
  | 'too-deep'
  /** A text value or key longer than the string-length limit. */
  | 'too-long'
  /** A list with more entries than the list-length limit. */
  | 'too-many-items'
  /** More values in one document than the value limit. */
  | 'too-many-values'
  /** A number JSON cannot hold (1e400 overflows to infinity) or YAML's .inf and .nan. */
  | 'number-out-of-range'
  /** The checker failed on this input (a bug): reported like an input error so a batch goes on. */
  | 'internal-error';

export interface InputError {
  code: InputErrorCode;
  /** The file as the user named it (or `<stdin>`). */
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** How to fix it. */
  hint?: string;
}

/**
 * Control characters (escape sequences, line breaks), bidirectional overrides and invisible characters,
 * which a crafted key or file name could use to rewrite the terminal or hide what it says.
 */
const UNSAFE_CHARS = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/** Text that stays on one line and shows hidden characters as `\u202E`-style escapes. */
export function visibleText(text: string): string {
  return text.replace(UNSAFE_CHARS, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** `file:line:column: message`, the one-line form every front end prints. */
export function formatInputError(error: InputError): string {
  const place = error.line !== undefined ? `:${error.line}${error.column !== undefined ? `:${error.column}` : ''}` : '';
  return visibleText(`${error.file}${place}: ${error.message}${error.hint ? ` ${error.hint}` : ''}`);
}
