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
  | 'not-a-document';

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

/** `file:line:column: message`, the one-line form every front end prints. */
export function formatInputError(error: InputError): string {
  const place = error.line !== undefined ? `:${error.line}${error.column !== undefined ? `:${error.column}` : ''}` : '';
  return `${error.file}${place}: ${error.message}${error.hint ? ` ${error.hint}` : ''}`;
}
