/** The summary as JSON (the Summary type, `summaryVersion: "1"`), with the evidence tables when asked for. */
import type { EvidenceTable } from '../evidence/types.js';
import type { Summary } from '../types.js';

export function summaryJson(summary: Summary, tables?: readonly EvidenceTable[]): string {
  return `${JSON.stringify(tables ? { ...summary, evidenceTables: tables } : summary, null, 2)}\n`;
}
