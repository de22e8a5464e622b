/**
 * Findings: one per missing, not-reported, incomplete, invalid or declared-not-applicable item (per unit
 * where an item is reported per preparation or arm), plus structural problems that lie outside any item.
 * The finding of an item that states a gating fact names the items waiting for it (`unlocks`).
 */
import type { ChecklistItem, ChecklistSettings } from '../checklist/model.js';
import type { ItemOutcome, UnitOutcome } from '../scoring/evaluate-item.js';
import { describeUnit } from '../scoring/units.js';
import { parsePointer } from '../schema/pointer.js';
import type { StructuralIssue } from '../schema/validate-structure.js';
import { SECTION_KEYS, type Finding, type SectionKey } from './types.js';

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const capitalTitles = new WeakMap<ChecklistItem, string>();

/**
 * The item's title in sentence case, once per item: a message that starts with the title is then in
 * sentence case as built (rather than copying every message to capitalise it).
 */
function capitalTitle(item: ChecklistItem): string {
  let title = capitalTitles.get(item);
  if (title === undefined) capitalTitles.set(item, (title = sentenceCase(item.title)));
  return title;
}

/** No findings (shared, never written). */
const NONE: Finding[] = [];

/** One finding of an item, its keys always in the same order (reports are compared as text). */
function finding(outcome: ItemOutcome, status: Finding['status'], pointer: string, message: string, hint?: string): Finding {
  const { item, level } = outcome;
  const result: Finding = { itemId: item.id, section: item.section, level, sources: item.sources, status, pointer, message };
  if (hint !== undefined) result.hint = hint;
  return result;
}

/** "the justification is missing", "the unit and the basis are missing". */
function listed(labels: string[]): string {
  return labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)!}`;
}

/** What an incomplete value lacks, in words: missing details, then those the paper does not state. */
function lacking(unit: UnitOutcome): string {
  const parts: string[] = [];
  const missing = unit.missingDetails ?? [];
  const notReported = unit.notReportedDetails ?? [];
  if (missing.length > 0) parts.push(`${listed(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`);
  if (notReported.length > 0) parts.push(`${listed(notReported)} not reported (the paper was checked and does not state it)`);
  return parts.join('; ');
}

/** Whether `unitFindings` gives the unit a finding (the same conditions, without building it). */
function givesFinding(unit: UnitOutcome): boolean {
  if (unit.state === 'invalid') return true;
  if (unit.state === 'not-applicable') return unit.applies;
  return unit.counts && !unit.satisfied;
}

function unitFindings(outcome: ItemOutcome, unit: UnitOutcome): Finding[] {
  const { item } = outcome;
  const where = describeUnit(unit.unit);
  if (unit.state === 'incomplete' && unit.counts) {
    const result = finding(outcome, 'incomplete', unit.pointer, `${item.title}${where}: ${lacking(unit)}.`, item.hint);
    result.missingDetails = [...(unit.missingDetails ?? []), ...(unit.notReportedDetails ?? [])];
    return [result];
  }
  if (unit.state === 'invalid') {
    return unit.issues.map((issue) => finding(outcome, 'invalid', issue.pointer, `${item.title}${where}: ${issue.message}`, item.hint));
  }
  if (unit.state === 'not-applicable' && unit.applies) {
    return [finding(outcome, 'not-applicable', unit.pointer, `${item.title}${where} is marked not applicable: "${unit.reason ?? ''}".`)];
  }
  if (!unit.counts || unit.satisfied) return [];
  if (unit.state === 'not-reported') {
    return [finding(outcome, 'not-reported', unit.pointer, `${item.title}: not reported${where} (the paper was checked and does not state it).`, item.hint)];
  }
  // Titles are at least one character long, so the message's first character is the title's.
  const message = unit.shortfall ? `${capitalTitle(item)}${where}: ${unit.shortfall}.` : `${capitalTitle(item)}: not reported${where}.`;
  return [finding(outcome, 'missing', unit.pointer, message, item.hint)];
}

/**
 * Units that all lack a value at the same place (the section-level value they would share) give one
 * finding that names them together, rather than one finding per unit at the same pointer.
 */
function mergeShared(outcome: ItemOutcome, unlocks: Map<UnitOutcome, string[]>, titles: Map<string, string>): Finding[] {
  const units = outcome.units;
  // Most items of a document give no finding (satisfied, or out of scope without a value): settled
  // before any keys or groups are built; and one unit alone has nobody to share with.
  let pending = 0;
  for (let index = 0; index < units.length; index++) if (givesFinding(units[index]!)) pending++;
  if (pending === 0) return NONE;
  if (units.length === 1) return withUnlocks(unitFindings(outcome, units[0]!), unlocks.get(units[0]!), titles);
  const groups = new Map<string, UnitOutcome[]>();
  // Only missing, not-reported and incomplete units can share a group: the others need no key. Units
  // that wait on different facts keep their own findings (they unlock different items).
  const keys: Array<string | undefined> = [];
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    const key = unit.state === 'missing' || unit.state === 'not-reported' || unit.state === 'incomplete' ? `${unit.state} ${unit.pointer} ${(unlocks.get(unit) ?? []).join(' ')}` : undefined;
    keys.push(key);
    if (!unit.counts || unit.satisfied || key === undefined || unit.shortfall) continue;
    const group = groups.get(key);
    if (group) group.push(unit);
    else groups.set(key, [unit]);
  }
  const findings: Finding[] = [];
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    if (unit.state === 'value') continue;
    const key = keys[index];
    const group = key === undefined || groups.size === 0 ? undefined : groups.get(key);
    if (!group || group.length < 2) {
      findings.push(...withUnlocks(unitFindings(outcome, unit), unlocks.get(unit), titles));
    } else if (group[0] === unit) {
      findings.push(...withUnlocks([groupFinding(outcome, unit, group)], unlocks.get(unit), titles));
    }
  }
  return findings;
}

/**
 * The one finding of units that share a group: the first unit's, naming them all. The finding is new
 * (unitFindings builds it), so its message is set in place: a spread copy of findings of several shapes
 * (with or without a hint or details) made V8 throw away mergeShared's optimised code ("wrong map").
 */
function groupFinding(outcome: ItemOutcome, unit: UnitOutcome, group: UnitOutcome[]): Finding {
  const first = unitFindings(outcome, unit)[0]!;
  const names = group.map((member) => describeUnit(member.unit).replace(/^ (for|in) /, '')).join(', ');
  const scope = unit.unit.kind === 'arm' ? 'in' : 'for';
  first.message = first.message.replace(describeUnit(unit.unit), ` ${scope} ${names}`);
  return first;
}

/** The first finding of a gate unit names the items that wait for it (set in place: see groupFinding). */
function withUnlocks(findings: Finding[], unlocks: string[] | undefined, titles: Map<string, string>): Finding[] {
  const first = findings[0];
  if (!first || !unlocks || unlocks.length === 0) return findings;
  const names = unlocks.map((id) => titles.get(id) ?? id).join(', ');
  // `location` is added later; the fields keep their order: unlocks after sources and details.
  first.message = `${first.message} Once stated, these may apply: ${names}.`;
  first.unlocks = unlocks;
  return findings;
}

/** Whether a gate item's unit can settle the fact a deferred unit waits for. */
function related(waiting: UnitOutcome['unit'], gate: UnitOutcome['unit']): boolean {
  if (gate.kind === 'study' || waiting.kind === 'study') return true;
  if (gate.kind === waiting.kind) return gate === waiting;
  if (gate.kind === 'preparation') return waiting.preparation === undefined || waiting.preparation === gate;
  return true;
}

/** Shared by documents where nothing waits (never written to). */
const NO_UNLOCKS = new Map<UnitOutcome, string[]>();
const NO_TITLES = new Map<string, string>();

/**
 * Loops over a document's outcomes and findings are indexed rather than for-of: this code runs once per
 * document and stays in the interpreter for most of a batch, where for-of costs an iterator and an
 * iterator result per step (this loop alone cost ≈ 8 % of building the findings, counted in instructions).
 */
function anyDeferred(outcomes: ItemOutcome[]): boolean {
  for (let index = 0; index < outcomes.length; index++) {
    const units = outcomes[index]!.units;
    for (let at = 0; at < units.length; at++) if (units[at]!.deferred) return true;
  }
  return false;
}

/**
 * For every unit of a gate item: the items (ids, checklist order) that wait for a fact it states. A fact
 * maps to its gate items through the checklist's `gateItems`. A gate unit that waits itself (a route
 * waiting for the design) has no finding, so what waits for it is named by the gates it waits for.
 */
function gateUnlocks(outcomes: ItemOutcome[], gateItems: ChecklistSettings['gateItems']): Map<UnitOutcome, string[]> {
  if (!anyDeferred(outcomes)) return NO_UNLOCKS;
  const byId = new Map(outcomes.map((outcome) => [outcome.item.id, outcome]));
  const order = new Map(outcomes.map((outcome, index) => [outcome.item.id, index]));
  const owner = new Map(outcomes.flatMap((outcome) => outcome.units.map((unit) => [unit, outcome] as const)));
  /** The units of gate items that can settle what a deferred unit of `outcome` waits for. */
  const gatesOf = (outcome: ItemOutcome, unit: UnitOutcome): UnitOutcome[] =>
    (unit.waitsFor ?? []).flatMap((fact) =>
      (gateItems[fact] ?? []).flatMap((gateId) => {
        const gate = byId.get(gateId);
        return !gate || gate === outcome ? [] : gate.units.filter((gateUnit) => related(unit.unit, gateUnit.unit));
      }),
    );
  const result = new Map<UnitOutcome, Set<string>>();
  const add = (gateUnit: UnitOutcome, ids: Iterable<string>): boolean => {
    const set = result.get(gateUnit) ?? new Set<string>();
    const size = set.size;
    for (const id of ids) set.add(id);
    result.set(gateUnit, set);
    return set.size > size;
  };
  for (const outcome of outcomes) {
    for (const unit of outcome.units) if (unit.deferred) for (const gateUnit of gatesOf(outcome, unit)) add(gateUnit, [outcome.item.id]);
  }
  // Pass what waits for a waiting gate on to its own gates, until nothing changes (chains are short).
  for (let changed = true, rounds = 0; changed && rounds < outcomes.length; rounds++) {
    changed = false;
    for (const [gateUnit, ids] of [...result]) {
      if (!gateUnit.deferred) continue;
      for (const next of gatesOf(owner.get(gateUnit)!, gateUnit)) changed = add(next, ids) || changed;
    }
  }
  const lists = new Map<UnitOutcome, string[]>();
  for (const [gateUnit, ids] of result) if (!gateUnit.deferred) lists.set(gateUnit, [...ids].sort((a, b) => order.get(a)! - order.get(b)!));
  return lists;
}

function sectionOf(pointer: string): SectionKey | 'document' {
  const first = parsePointer(pointer)[0];
  return first !== undefined && (SECTION_KEYS as readonly string[]).includes(first) ? (first as SectionKey) : 'document';
}

/** Structural problems no item accounts for (unknown keys, wrong section types, bad references). */
function documentFindings(issues: StructuralIssue[], schemaVersion: string): Finding[] {
  return issues.map((issue) => ({
    itemId: 'document',
    section: sectionOf(issue.pointer),
    level: 'essential',
    status: 'invalid',
    pointer: issue.pointer,
    message: issue.message,
    hint: 'Fix the structure of the document here; the JSON Schema (secretome-checklist schema) lists what is allowed.',
    sources: [`secretome-checklist JSON Schema ${schemaVersion}`],
  }));
}

/** Findings in a stable order: document-level first, then by section, item and unit. */
export function buildFindings(
  outcomes: ItemOutcome[],
  issues: StructuralIssue[],
  { gateItems = {}, schemaVersion = '1.0' }: { gateItems?: ChecklistSettings['gateItems']; schemaVersion?: string } = {},
): Finding[] {
  const unlocks = gateUnlocks(outcomes, gateItems);
  const titles = unlocks.size > 0 ? new Map(outcomes.map((outcome) => [outcome.item.id, outcome.item.title])) : NO_TITLES;
  // The items that have findings (most have none), in checklist order.
  const withFindings: Array<{ section: string; findings: Finding[] }> = [];
  for (let index = 0; index < outcomes.length; index++) {
    const outcome = outcomes[index]!;
    const findings = mergeShared(outcome, unlocks, titles);
    if (findings.length > 0) withFindings.push({ section: outcome.item.section, findings });
  }
  const loose = issues.length === 0 ? NONE : looseFindings(outcomes, issues, schemaVersion);
  const ordered: Finding[] = [];
  for (let index = 0; index < loose.length; index++) if (loose[index]!.section === 'document') ordered.push(loose[index]!);
  for (let at = 0; at < SECTION_KEYS.length; at++) {
    const section = SECTION_KEYS[at]!;
    for (let index = 0; index < loose.length; index++) if (loose[index]!.section === section) ordered.push(loose[index]!);
    for (let index = 0; index < withFindings.length; index++) {
      const entry = withFindings[index]!;
      if (entry.section === section) for (let next = 0; next < entry.findings.length; next++) ordered.push(entry.findings[next]!);
    }
  }
  // Items of sections outside SECTION_KEYS cannot exist (zod checks the section), so nothing is lost; the
  // list is in section order as built.
  return ordered;
}

/** Findings for the structural issues that lie inside no item's value. */
function looseFindings(outcomes: ItemOutcome[], issues: StructuralIssue[], schemaVersion: string): Finding[] {
  const consumed = new Set<StructuralIssue>();
  for (const outcome of outcomes) for (const unit of outcome.units) for (const issue of unit.issues) consumed.add(issue);
  return documentFindings(issues.filter((issue) => !consumed.has(issue)), schemaVersion);
}
