/** Where a finding is: file paths, `file:line:column`, and spreadsheet cells (`studies.xlsx › Arms!F7`). */
import type { SourceLocation } from '../../report/types.js';

/** Between a file and the place inside it that is not a line (a cell, a study of a workbook). */
export const PLACE_SEPARATOR = ' › ';

/** The path with forward slashes, as SARIF, GitHub and Markdown readers expect; otherwise as given. */
export function toPosixPath(file: string): string {
  return file.replace(/\\/g, '/');
}

/** A sheet name as a formula would write it: quoted (`'Dose arms'!F7`) unless it is one plain word. */
function sheetReference(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `Arms!F7` for a location in a spreadsheet cell; undefined for a line and column of a text file. */
export function cellName(location: Pick<SourceLocation, 'sheet' | 'cell'> | undefined): string | undefined {
  if (location?.cell === undefined || location.cell === '') return undefined;
  return location.sheet === undefined || location.sheet === '' ? location.cell : `${sheetReference(location.sheet)}!${location.cell}`;
}

/**
 * The file a location lies in: the location's own when it names one (a CSV sheet read from a file beside
 * the one checked, e.g. arms.csv beside studies.csv), else the report's.
 */
export function locationFile(file: string | undefined, location: Pick<SourceLocation, 'file'> | undefined): string | undefined {
  return location?.file !== undefined && location.file !== '' ? location.file : file;
}

/**
 * `file:line:column`, or as much of it as is known: `file` without a location, `line:column` without a
 * file, and the empty string with neither. A cell reads `file › Sheet!F7` (or `Sheet!F7` without a file).
 */
export function formatLocation(file: string | undefined, location: SourceLocation | undefined): string {
  const at = locationFile(file, location);
  const cell = cellName(location);
  if (cell !== undefined) return at === undefined || at === '' ? cell : `${at}${PLACE_SEPARATOR}${cell}`;
  const position = location ? `${location.line}:${location.column}` : '';
  if (at === undefined || at === '') return position;
  return position === '' ? at : `${at}:${position}`;
}
