/**
 * Evidence tables as CSV in the long shape of examples/review-2025/tables.tsv: one line per cell
 * (table, row, study, file, column, text), so every table fits one file and a cell holds one text.
 */
import { csvText } from '../formats/csv.js';
import type { EvidenceTable } from './types.js';

export const EVIDENCE_COLUMNS = ['table', 'row', 'study', 'file', 'column', 'text'] as const;

export function evidenceCsv(tables: readonly EvidenceTable[]): string {
  const records = tables.flatMap((evidence) =>
    evidence.rows.flatMap((row, index) => evidence.columns.map((column) => [evidence.title, index + 1, row.study, row.file, column.title, row.cells[column.key] ?? 'N/A'])),
  );
  return csvText(EVIDENCE_COLUMNS, records);
}
