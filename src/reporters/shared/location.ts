/** Where a finding is: file paths and `file:line:column`. */
import type { SourceLocation } from '../../report/types.js';

/** The path with forward slashes, as SARIF, GitHub and Markdown readers expect; otherwise as given. */
export function toPosixPath(file: string): string {
  return file.replace(/\\/g, '/');
}

/**
 * `file:line:column`, or as much of it as is known: `file` without a location, `line:column` without a
 * file, and the empty string with neither.
 */
export function formatLocation(file: string | undefined, location: SourceLocation | undefined): string {
  const position = location ? `${location.line}:${location.column}` : '';
  if (file === undefined || file === '') return position;
  return position === '' ? file : `${file}:${position}`;
}
