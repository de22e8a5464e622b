/** Evidence tables in the style of the review's Tables 2–5: one row per study, one text per column. */

export interface EvidenceColumn {
  /** Stable key (CSV `column` value is the title, as tables.tsv has it). */
  key: string;
  /** The column heading, as the review prints it. */
  title: string;
}

export interface EvidenceRow {
  study: string;
  file: string;
  /** Cell text by column key; `N/A` where the document says not reported or gives nothing. */
  cells: Record<string, string>;
}

export interface EvidenceTable {
  id: string;
  /** e.g. "Table 2. In vivo studies". */
  title: string;
  columns: EvidenceColumn[];
  rows: EvidenceRow[];
}
