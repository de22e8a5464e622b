/** What every reporter receives: the reports and the facts about the checklist they were scored against. */
import type { Level, Report, SectionKey } from '../report/types.js';

/** The parts of a checklist item a reporter may show (SARIF rules, explanations, verbose listings). */
export interface ReporterItemInfo {
  id: string;
  section: SectionKey;
  title: string;
  rationale: string;
  hint: string;
  level: Level;
  sources: string[];
}

export interface ReporterOptions {
  /** ANSI colours (text reporter only). */
  color: boolean;
  /** Essential findings only. */
  quiet: boolean;
  /** Also list satisfied items (uses `report.ledger` when present). */
  verbose: boolean;
  /** More than one document was checked: print a summary, an array, a heatmap. */
  batch: boolean;
  /** Items of the checklist the reports were scored against, in checklist order. */
  items: ReporterItemInfo[];
  /** Section titles, in report order. */
  sectionTitles: Record<SectionKey, string>;
  /** Package version, for tool metadata (SARIF driver, HTML footer). */
  toolVersion: string;
}

/** A reporter turns reports into one output text. Pure: no I/O, no clock, no randomness. */
export type Reporter = (reports: Report[], options: ReporterOptions) => string;
