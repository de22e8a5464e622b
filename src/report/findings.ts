/**
 * Findings: one per missing, not-reported, invalid or declared-not-applicable item (per unit where an item
 * is reported per preparation or arm), plus structural problems that lie outside any item.
 */
import type { ChecklistItem } from '../checklist/model.js';
import type { ItemOutcome, UnitOutcome } from '../scoring/evaluate-item.js';
import { describeUnit } from '../scoring/units.js';
import { parsePointer } from '../schema/pointer.js';
import type { StructuralIssue } from '../schema/validate-structure.js';
import { SECTION_KEYS, type Finding, type SectionKey } from './types.js';

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One finding of an item, its keys always in the same order (reports are compared as text). */
function finding(outcome: ItemOutcome, status: Finding['status'], pointer: string, message: string, hint?: string): Finding {
  const { item, level } = outcome;
  const result: Finding = { itemId: item.id, section: item.section, level, sources: item.sources, status, pointer, message };
  if (hint !== undefined) result.hint = hint;
  return result;
}

function unitFindings(outcome: ItemOutcome, unit: UnitOutcome): Finding[] {
  const { item } = outcome;
  const where = describeUnit(unit.unit);
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
  const message = sentenceCase(unit.shortfall ? `${item.title}${where}: ${unit.shortfall}.` : `${item.title}: not reported${where}.`);
  return [finding(outcome, 'missing', unit.pointer, message, item.hint)];
}

/**
 * Units that all lack a value at the same place (the section-level value they would share) give one
 * finding that names them together, rather than one finding per unit at the same pointer.
 */
function mergeShared(outcome: ItemOutcome): Finding[] {
  const groups = new Map<string, UnitOutcome[]>();
  // Only missing and not-reported units can share a group: the others need no key.
  const keys = outcome.units.map((unit) => (unit.state === 'missing' || unit.state === 'not-reported' ? `${unit.state} ${unit.pointer}` : undefined));
  outcome.units.forEach((unit, index) => {
    if (!unit.counts || unit.satisfied || keys[index] === undefined || unit.shortfall) return;
    const group = groups.get(keys[index]);
    if (group) group.push(unit);
    else groups.set(keys[index], [unit]);
  });
  const findings: Finding[] = [];
  for (const [index, unit] of outcome.units.entries()) {
    // A unit with a value is satisfied, or counts as reported although out of scope: never a finding.
    if (unit.state === 'value') continue;
    const key = keys[index];
    const group = key === undefined || groups.size === 0 ? undefined : groups.get(key);
    if (!group || group.length < 2) {
      findings.push(...unitFindings(outcome, unit));
    } else if (group[0] === unit) {
      const [first] = unitFindings(outcome, unit);
      const names = group.map((member) => describeUnit(member.unit).replace(/^ (for|in) /, '')).join(', ');
      const scope = unit.unit.kind === 'arm' ? 'in' : 'for';
      findings.push({ ...first!, message: first!.message.replace(describeUnit(unit.unit), ` ${scope} ${names}`) });
    }
  }
  return findings;
}

function sectionOf(pointer: string): SectionKey | 'document' {
  const first = parsePointer(pointer)[0];
  return first !== undefined && (SECTION_KEYS as readonly string[]).includes(first) ? (first as SectionKey) : 'document';
}

/** Structural problems no item accounts for (unknown keys, wrong section types, bad references). */
function documentFindings(issues: StructuralIssue[]): Finding[] {
  return issues.map((issue) => ({
    itemId: 'document',
    section: sectionOf(issue.pointer),
    level: 'essential',
    status: 'invalid',
    pointer: issue.pointer,
    message: issue.message,
    hint: 'Fix the structure of the document here; the JSON Schema (secretome-checklist schema) lists what is allowed.',
    sources: ['secretome-checklist JSON Schema 1.0'],
  }));
}

/** Findings in a stable order: document-level first, then by section, item and unit. */
export function buildFindings(outcomes: ItemOutcome[], issues: StructuralIssue[]): Finding[] {
  const consumed = new Set<StructuralIssue>();
  const byItem = new Map<ChecklistItem, Finding[]>();
  for (const outcome of outcomes) {
    for (const unit of outcome.units) for (const issue of unit.issues) consumed.add(issue);
    byItem.set(outcome.item, mergeShared(outcome));
  }
  const loose = documentFindings(issues.filter((issue) => !consumed.has(issue)));
  const order = (section: SectionKey | 'document'): number => (section === 'document' ? -1 : SECTION_KEYS.indexOf(section));
  const ordered: Finding[] = [...loose.filter((finding) => finding.section === 'document')];
  for (const section of SECTION_KEYS) {
    ordered.push(...loose.filter((finding) => finding.section === section));
    for (const outcome of outcomes) if (outcome.item.section === section) ordered.push(...byItem.get(outcome.item)!);
  }
  // Items of sections outside SECTION_KEYS cannot exist (zod checks the section), so nothing is lost.
  return ordered.sort((a, b) => order(a.section) - order(b.section));
}
