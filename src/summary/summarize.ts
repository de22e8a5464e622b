/**
 * From checked studies (each report with its ledger, and the document) to the Summary: rows per study ×
 * item, then tallies per item, per section and per split group. Pure: no I/O, same input same output.
 */
import type { Checklist } from '../checklist/checklist.js';
import { SECTION_KEYS, type Report, type SectionKey } from '../report/types.js';
import { classifyEntry, unitCounts } from './classify.js';
import { studyFacts, studyName } from './study-facts.js';
import { TallyCounter } from './tally.js';
import { NOT_STATED, SPLIT_KEYS, type ItemSummary, type SplitGroup, type SplitKey, type StudyFacts, type StudyItem, type Summary } from './types.js';

/** One checked study: its report (made with `ledger: true`), its document and, for a spreadsheet row, its id. */
export interface CheckedStudy {
  report: Report;
  document: Record<string, unknown>;
  label?: string;
}

export class SummaryInputError extends Error {
  override name = 'SummaryInputError';
}

/** The rows of one study, in checklist (ledger) order. */
export function studyRows(study: string, report: Report): StudyItem[] {
  if (!report.ledger) throw new SummaryInputError(`the report of ${study} has no ledger: validate with { ledger: true }.`);
  return report.ledger.map((entry) => {
    const state = classifyEntry(entry);
    return {
      study,
      itemId: entry.itemId,
      section: entry.section,
      level: entry.level,
      weight: entry.weight,
      state,
      credit: state === 'not-applicable' ? null : entry.credit,
      deferred: entry.deferred,
      units: unitCounts(entry),
    };
  });
}

/** Which groups a study falls in for a split; a study with two designs counts in both. */
const SPLIT_VALUES: Record<SplitKey, (facts: StudyFacts) => string[]> = {
  design: (facts) => facts.designs,
  preparation: (facts) => facts.preparations,
  year: (facts) => [facts.year === null ? NOT_STATED : String(facts.year)],
};

/** Groups in a stable order: alphabetical (years ascending), `not stated` last. */
function byGroup(a: string, b: string): number {
  if (a === NOT_STATED || b === NOT_STATED) return a === b ? 0 : a === NOT_STATED ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Counters {
  overall: TallyCounter;
  items: Map<string, TallyCounter>;
  sections: Map<SectionKey, TallyCounter>;
}

function counters(): Counters {
  return { overall: new TallyCounter(), items: new Map(), sections: new Map() };
}

function count(into: Counters, row: StudyItem): void {
  into.overall.add(row.state, row.credit);
  let item = into.items.get(row.itemId);
  if (!item) into.items.set(row.itemId, (item = new TallyCounter()));
  item.add(row.state, row.credit);
  let section = into.sections.get(row.section);
  if (!section) into.sections.set(row.section, (section = new TallyCounter()));
  section.add(row.state, row.credit);
}

/** A split group while studies are added. */
interface Group {
  studies: number;
  counters: Counters;
}

export interface BuilderOptions {
  /**
   * Keep the rows of the first `keepRows` studies in `Summary.rows` (default: all). The tallies always
   * count every study; an output that needs no rows (Markdown), or only some (the HTML grid), or writes
   * them as they come (the CLI's tidy CSV) keeps memory flat however many studies are read.
   */
  keepRows?: number;
}

/**
 * Builds a Summary one study at a time: `add` tallies the study and returns its facts and rows, keeping
 * neither its document nor its report (the CLI adds each study as it is read). `finish` computes the
 * tallies' rates; the builder can still be added to after it.
 */
export class SummaryBuilder {
  private readonly facts: StudyFacts[] = [];
  private readonly rows: StudyItem[] = [];
  private readonly all = counters();
  private readonly groups: Record<SplitKey, Map<string, Group>> = { design: new Map(), preparation: new Map(), year: new Map() };
  private readonly itemInfo = new Map<string, { section: SectionKey; level: ItemSummary['level']; title: string }>();
  private readonly names = new Map<string, number>();

  private readonly keepRows: number;

  /** `checklist`: the validator's (item titles, section titles, and the item order). */
  constructor(
    private readonly checklist: Checklist,
    options: BuilderOptions = {},
  ) {
    this.keepRows = options.keepRows ?? Number.POSITIVE_INFINITY;
    for (const item of checklist.items) this.itemInfo.set(item.id, { section: item.section as SectionKey, level: item.level, title: item.title });
  }

  /** Adds one study; returns its facts (with the name the summary gives it) and its rows. */
  add(checked: CheckedStudy): { facts: StudyFacts; rows: StudyItem[] } {
    // A spreadsheet row is named by its study id (the report's source.studyId), a file by its name.
    let name = studyName(checked.report.source?.file ?? '', checked.label ?? checked.report.source?.studyId);
    // Two files of one name in different folders stay two studies.
    const seen = this.names.get(name) ?? 0;
    this.names.set(name, seen + 1);
    if (seen > 0) name = `${name} (${seen + 1})`;
    const study = studyFacts(checked.document, checked.report, name);
    this.facts.push(study);
    const studyGroups = SPLIT_KEYS.flatMap((key) =>
      SPLIT_VALUES[key](study).map((group) => {
        let entry = this.groups[key].get(group);
        if (!entry) this.groups[key].set(group, (entry = { studies: 0, counters: counters() }));
        entry.studies++;
        return entry.counters;
      }),
    );
    const rows = studyRows(name, checked.report);
    const keep = this.facts.length <= this.keepRows;
    for (const row of rows) {
      if (keep) this.rows.push(row);
      if (!this.itemInfo.has(row.itemId)) this.itemInfo.set(row.itemId, { section: row.section, level: row.level, title: row.itemId });
      count(this.all, row);
      for (const group of studyGroups) count(group, row);
    }
    return { facts: study, rows };
  }

  finish(): Summary {
    const { all, checklist, itemInfo } = this;
    // Items of older checklist versions found in the reports are listed after the current ones.
    const itemOrder = [...itemInfo.keys()].filter((id) => all.items.has(id));
    const sectionOrder = SECTION_KEYS.filter((key) => all.sections.has(key));
    const splitGroup = (group: string, entry: Group): SplitGroup => ({
      group,
      studies: entry.studies,
      overall: entry.counters.overall.tally(),
      items: itemOrder.filter((id) => entry.counters.items.has(id)).map((itemId) => ({ itemId, tally: entry.counters.items.get(itemId)!.tally() })),
      sections: sectionOrder.filter((key) => entry.counters.sections.has(key)).map((section) => ({ section, tally: entry.counters.sections.get(section)!.tally() })),
    });
    return {
      summaryVersion: '1',
      checklist: { id: checklist.id, version: checklist.version, profile: checklist.profile },
      studies: [...this.facts],
      overall: all.overall.tally(),
      items: itemOrder.map((itemId) => ({ itemId, ...itemInfo.get(itemId)!, tally: all.items.get(itemId)!.tally() })),
      sections: sectionOrder.map((section) => ({ section, title: checklist.sectionTitles[section] ?? section, tally: all.sections.get(section)!.tally() })),
      splits: Object.fromEntries(
        SPLIT_KEYS.map((key) => [key, [...this.groups[key].entries()].sort(([a], [b]) => byGroup(a, b)).map(([group, entry]) => splitGroup(group, entry))]),
      ) as Record<SplitKey, SplitGroup[]>,
      rows: [...this.rows],
    };
  }
}

/** Summarises checked studies against `checklist` (the validator's): SummaryBuilder over all of them. */
export function summarize(studies: readonly CheckedStudy[], checklist: Checklist): Summary {
  const builder = new SummaryBuilder(checklist);
  for (const study of studies) builder.add(study);
  return builder.finish();
}
