/**
 * The Report: the contract every reporter, the CLI and outside tools rely on (reportVersion "2"; "1" is
 * kept in schemas/report-1.schema.json for the record). Changing a field here is a breaking change and
 * needs a reportVersion bump. Version 2 added: status `incomplete`, `missingDetails` and `unlocks` on
 * findings, `counts.incomplete`, fractional `satisfied` points, `credit` and `deferred` in the ledger.
 */

/** Section keys of the checklist, in report order. */
export const SECTION_KEYS = [
  'study',
  'cellSource',
  'isolationExpansion',
  'production',
  'storage',
  'qualityControl',
  'characterization',
  'doseAdministration',
  'outcomes',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export type Level = 'essential' | 'recommended';

/** Why an item produced a finding. Satisfied items are not findings. */
export type FindingStatus = 'missing' | 'not-reported' | 'incomplete' | 'invalid' | 'not-applicable';

export interface SourceLocation {
  /** 1-based line; in a spreadsheet, the cell's row. */
  line: number;
  /** 1-based column; in a spreadsheet, the cell's column number (F = 6). */
  column: number;
  /** In a spreadsheet: the sheet the cell is on (`Arms`). */
  sheet?: string;
  /** In a spreadsheet: the cell's name without the sheet (`F7`). */
  cell?: string;
  /** The file the cell lies in, when not the report's own (a CSV sheet read beside it: arms.csv beside studies.csv). */
  file?: string;
}

export interface Finding {
  /** Checklist item id (e.g. `storage.temperature`), or `document` for problems outside any item. */
  itemId: string;
  section: SectionKey | 'document';
  level: Level;
  status: FindingStatus;
  /** JSON pointer (RFC 6901) of the offending value, or of where the missing value belongs. */
  pointer: string;
  /** A sentence a biologist understands. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /** Reporting standards behind the item. */
  sources: string[];
  /** For `incomplete`: the expected details that are missing or not reported, e.g. "the justification". */
  missingDetails?: string[];
  /** Ids of items that wait for the fact this item states: once stated, they may apply. */
  unlocks?: string[];
  /** The manuscript location the document gives for this value (its `where`), when it gives one. */
  where?: string;
  location?: SourceLocation;
}

export interface SectionScore {
  /** 0–100, one decimal; 100 when nothing in the section applies. */
  score: number;
  /** Satisfied weight points: Σ weight × credit, so fractional with incomplete items (two decimals). */
  satisfied: number;
  /** Applicable weight (the denominator). */
  applicable: number;
}

/** The state an item (or one unit of it) was found in. */
export type ItemState = 'value' | 'incomplete' | 'not-applicable' | 'not-reported' | 'missing' | 'invalid';

export interface LedgerEntry {
  itemId: string;
  section: SectionKey;
  level: Level;
  /** Whether the item counted in the denominator. */
  applicable: boolean;
  /** Why it did not apply, or why it counted although its condition was not met. */
  reason?: string;
  state: ItemState;
  weight: number;
  /** 0–1: the lowest credit of the units that count (given / expected details of an incomplete value). */
  credit: number;
  satisfied: boolean;
  /** Some unit waits for a gating fact the document does not state (or states invalidly): not counted. */
  deferred: boolean;
  /** Per preparation or per arm, when the item is reported per unit. */
  units?: Array<{ unit: string; pointer: string; applies: boolean; state: ItemState; credit: number; deferred: boolean }>;
}

export interface Report {
  reportVersion: '2';
  checklist: { id: string; version: string; profile: string };
  /**
   * Where the document came from. `line`: the line it starts on, for an input that holds one document per
   * line (NDJSON); finding locations are then lines and columns of that whole file. For a study of a
   * spreadsheet: `studyId` (its id), `sheet` and `line` (the sheet and row of its Studies row); finding
   * locations are then cells.
   */
  source?: { file: string; line?: number; studyId?: string; sheet?: string };
  /** Which study the document describes (its `study.title`, and `study.citation` as one line), when it says. */
  study?: { title?: string; citation?: string };
  /** No structural errors. */
  valid: boolean;
  /** Every applicable essential item is satisfied. */
  minimalSetComplete: boolean;
  score: {
    overall: number;
    sections: Record<SectionKey, SectionScore>;
  };
  findings: Finding[];
  counts: {
    essentialMissing: number;
    recommendedMissing: number;
    /** Incomplete findings (values that lack expected details). */
    incomplete: number;
    invalid: number;
    notApplicable: number;
  };
  /** Present with `{ ledger: true }`. */
  ledger?: LedgerEntry[];
  /** Units written in an accepted but non-canonical spelling, with the symbol the report uses (the document is not changed). */
  normalisedUnits?: Array<{ pointer: string; given: string; unit: string }>;
}
