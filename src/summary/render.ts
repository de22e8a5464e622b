/** One entry point from a Summary (and evidence tables) to the text of an output format. */
import { evidenceCsv } from './evidence/csv.js';
import type { EvidenceTable } from './evidence/types.js';
import { tidyCsv } from './formats/csv.js';
import { summaryHtml } from './formats/html.js';
import { summaryJson } from './formats/json.js';
import { summaryMarkdown } from './formats/markdown.js';
import type { Summary } from './types.js';

export const SUMMARY_FORMATS = ['markdown', 'csv', 'json', 'html'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

export interface RenderOptions {
  toolVersion: string;
  /** Evidence tables: added to Markdown, HTML and JSON; with CSV they are the output (one cell per line). */
  tables?: readonly EvidenceTable[];
}

export function renderSummary(format: SummaryFormat, summary: Summary, options: RenderOptions): string {
  switch (format) {
    case 'csv':
      return options.tables ? evidenceCsv(options.tables) : tidyCsv(summary);
    case 'json':
      return summaryJson(summary, options.tables);
    case 'html':
      return summaryHtml(summary, { toolVersion: options.toolVersion, ...(options.tables ? { tables: options.tables } : {}) });
    case 'markdown':
      return summaryMarkdown(summary, options.tables);
  }
}
