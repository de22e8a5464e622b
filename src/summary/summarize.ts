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

/**
 * Summarises checked studies against `checklist` (the validator's, for item titles and section titles).
 * Items of older checklist versions found in the reports are listed after the current ones.
 */
export function summarize(studies: readonly CheckedStudy[], checklist: Checklist): Summary {
  const facts: StudyFacts[] = [];
  const rows: StudyItem[] = [];
  const all = counters();
  const groups: Record<SplitKey, Map<string, { studies: number; counters: Counters }>> = { design: new Map(), preparation: new Map(), year: new Map() };
  const itemInfo = new Map<string, { section: SectionKey; level: ItemSummary['level']; title: string }>();
  for (const item of checklist.items) itemInfo.set(item.id, { section: item.section as SectionKey, level: item.level, title: item.title });

  const names = new Map<string, number>();
  for (const checked of studies) {
    // A spreadsheet row is named by its study id (the report's source.studyId), a file by its name.
    let name = studyName(checked.report.source?.file ?? '', checked.label ?? checked.report.source?.studyId);
    // Two files of one name in different folders stay two studies.
    const seen = names.get(name) ?? 0;
    names.set(name, seen + 1);
    if (seen > 0) name = `${name} (${seen + 1})`;
    const study = studyFacts(checked.document, checked.report, name);
    facts.push(study);
    const studyGroups = SPLIT_KEYS.map((key) =>
      SPLIT_VALUES[key](study).map((group) => {
        let entry = groups[key].get(group);
        if (!entry) groups[key].set(group, (entry = { studies: 0, counters: counters() }));
        entry.studies++;
        return entry.counters;
      }),
    ).flat();
    for (const row of studyRows(name, checked.report)) {
      rows.push(row);
      if (!itemInfo.has(row.itemId)) itemInfo.set(row.itemId, { section: row.section, level: row.level, title: row.itemId });
      count(all, row);
      for (const group of studyGroups) count(group, row);
    }
  }

  const itemOrder = [...itemInfo.keys()].filter((id) => all.items.has(id));
  const sectionOrder = SECTION_KEYS.filter((key) => all.sections.has(key));
  const splitGroup = (group: string, entry: { studies: number; counters: Counters }): SplitGroup => ({
    group,
    studies: entry.studies,
    overall: entry.counters.overall.tally(),
    items: itemOrder.filter((id) => entry.counters.items.has(id)).map((itemId) => ({ itemId, tally: entry.counters.items.get(itemId)!.tally() })),
    sections: sectionOrder.filter((key) => entry.counters.sections.has(key)).map((section) => ({ section, tally: entry.counters.sections.get(section)!.tally() })),
  });

  return {
    summaryVersion: '1',
    checklist: { id: checklist.id, version: checklist.version, profile: checklist.profile },
    studies: facts,
    overall: all.overall.tally(),
    items: itemOrder.map((itemId) => ({ itemId, ...itemInfo.get(itemId)!, tally: all.items.get(itemId)!.tally() })),
    sections: sectionOrder.map((section) => ({ section, title: checklist.sectionTitles[section] ?? section, tally: all.sections.get(section)!.tally() })),
    splits: Object.fromEntries(
      SPLIT_KEYS.map((key) => [key, [...groups[key].entries()].sort(([a], [b]) => byGroup(a, b)).map(([group, entry]) => splitGroup(group, entry))]),
    ) as Record<SplitKey, SplitGroup[]>,
    rows,
  };
}
