/**
 * The cross-study summary: every study × item classified, and counts per item, per section and per split
 * (design, preparation type, year). Plain, JSON-serialisable data (`summaryVersion: "1"`).
 */
import type { Level, SectionKey } from '../report/types.js';

/** How a study reports one item (the five categories), in display order. */
export const REPORTING_STATES = ['reported', 'incomplete', 'not-reported', 'left-out', 'not-applicable'] as const;
export type ReportingState = (typeof REPORTING_STATES)[number];

/** Words for each state, as every output shows them. */
export const STATE_LABELS: Record<ReportingState, string> = {
  reported: 'reported',
  incomplete: 'incomplete',
  'not-reported': 'declared not reported',
  'left-out': 'left out',
  'not-applicable': 'not applicable',
};

/** What a study is, as the splits see it. */
export interface StudyFacts {
  /** The study's name in the summary: the file's stem, or the spreadsheet row's study id. */
  study: string;
  /** Where it came from, as the user named it. */
  file: string;
  title?: string;
  /** `study.design`, or `not stated`. */
  designs: string[];
  /** Preparation types (`production.preparation` and every `production.preparations[].preparation`), or `not stated`. */
  preparations: string[];
  /** Publication year (`study.citation.year`, else the first of `study.citations`), or null. */
  year: number | null;
  valid: boolean;
  /** Overall score, exact. */
  score: number;
}

/** Units (arms, preparations, or the study itself) of one item in one state. */
export type StateCounts = Record<ReportingState, number>;

/** One study × one item: the tidy row. */
export interface StudyItem {
  study: string;
  itemId: string;
  section: SectionKey;
  level: Level;
  weight: number;
  state: ReportingState;
  /** 0–1 credit the scorer gave (incomplete values get part); null when the item does not apply. */
  credit: number | null;
  /** The item waits for a fact the study does not state (not counted, as in the score). */
  deferred: boolean;
  /** The item's units (one per arm or preparation where it is reported per unit, else one) by state. */
  units: StateCounts;
}

/** Counts of studies in each state, and the rates derived from them. */
export interface Tally extends StateCounts {
  /** Studies the item applies to (every state but not applicable). */
  applicable: number;
  /** reported ÷ applicable, or null when nothing applies. */
  rate: number | null;
  /** Mean credit over the applicable studies (incomplete values count in part), or null. */
  meanCredit: number | null;
}

export interface ItemSummary {
  itemId: string;
  section: SectionKey;
  level: Level;
  title: string;
  tally: Tally;
}

export interface SectionSummary {
  section: SectionKey;
  title: string;
  /** Over study × item pairs of the section. */
  tally: Tally;
}

export type SplitKey = 'design' | 'preparation' | 'year';
export const SPLIT_KEYS: readonly SplitKey[] = ['design', 'preparation', 'year'];

export interface SplitGroup {
  group: string;
  studies: number;
  /** Over every study × item pair of the group. */
  overall: Tally;
  items: Array<{ itemId: string; tally: Tally }>;
  sections: Array<{ section: SectionKey; tally: Tally }>;
}

export interface Summary {
  summaryVersion: '1';
  checklist: { id: string; version: string; profile: string };
  studies: StudyFacts[];
  /** Over every study × item pair. */
  overall: Tally;
  items: ItemSummary[];
  sections: SectionSummary[];
  splits: Record<SplitKey, SplitGroup[]>;
  /** Every study × item, in study order then checklist order (only the first studies' when built with `keepRows`). */
  rows: StudyItem[];
}

/** The word for a value a study does not give (a split group, a table cell). */
export const NOT_STATED = 'not stated';
