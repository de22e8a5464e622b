/** A1 cell references read back into numbers (1-based, as spreadsheets count); types.ts writes them. */

/** `F7` → { row: 7, column: 6 }; `$F$7` too. Undefined for anything else (or beyond Excel's XFD1048576 shape). */
export function parseA1(ref: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(ref);
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1]!.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

/** `A1:D3` (or a single cell) → its corners. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [start, end = start] = ref.split(':');
  const from = parseA1(start!);
  const to = parseA1(end!);
  if (!from || !to) return undefined;
  return { top: Math.min(from.row, to.row), left: Math.min(from.column, to.column), bottom: Math.max(from.row, to.row), right: Math.max(from.column, to.column) };
}
