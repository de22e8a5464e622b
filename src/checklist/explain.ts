/**
 * What `explain` says about an item, as data: the CLI prints it as text, the service returns it as JSON.
 * Runtime-agnostic.
 */
import { effectiveWeight } from './checklist.js';
import { describeCondition, describeWhen } from './describe.js';
import type { ChecklistItem } from './model.js';

export interface ItemExplanation {
  id: string;
  section: ChecklistItem['section'];
  title: string;
  level: ChecklistItem['level'];
  /** Conditions that raise or lower the level, in words ("essential when the study design includes clinical"). */
  levelWhen: string[];
  weight: number;
  /** When the item applies, in words ("always", "the preparation is an EV fraction"). */
  appliesWhen: string;
  /** Checked once per study, or for every preparation or arm. */
  scope: ChecklistItem['scope'];
  /** Where the value goes in a study report (a JSON Pointer). */
  pointer: string;
  /** The details a complete value gives (checklist 1.1), by their labels; empty when the value alone is enough. */
  details: string[];
  rationale: string;
  hint: string;
  sources: string[];
  /** The item's value in a made-up study, as it would be written in a study report; absent when there is none. */
  example?: unknown;
}

export function explainItem(item: ChecklistItem): ItemExplanation {
  return {
    id: item.id,
    section: item.section,
    title: item.title,
    level: item.level,
    levelWhen: (item.levelWhen ?? []).map((rule) => `${rule.level} ${describeWhen(rule.when)}`),
    weight: effectiveWeight(item),
    appliesWhen: describeCondition(item.appliesWhen),
    scope: item.scope,
    pointer: `/${item.section}/${(item.path ?? item.id.split('.')[1])!}`,
    details: (item.expects ?? []).map((detail) => detail.label),
    rationale: item.rationale,
    hint: item.hint,
    sources: item.sources,
    ...(item.example !== undefined ? { example: item.example } : {}),
  };
}
