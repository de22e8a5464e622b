/**
 * What the form shows beside each item as the author answers: whether it applies to this study (or to a
 * preparation or arm), does not apply (with the checklist's reason), or waits for a fact not stated yet
 * (and which items state it); and, per preparation or arm, whether the value is its own or the shared
 * section-level value it inherits. Computed by the scorer's own evaluation, so the form and the report
 * never disagree.
 */
import type { Checklist } from '../checklist/checklist.js';
import { FACT_WORDS } from '../checklist/describe.js';
import type { FactName } from '../checklist/model.js';
import type { ItemState } from '../report/types.js';
import { isPlainObject } from '../schema/pointer.js';
import { documentVersion, schemaVersion } from '../schema/versions.js';
import { documentContext, evaluateItem } from '../scoring/evaluate-item.js';
import { unitEntry } from '../scoring/units.js';
import type { FieldAddress } from './address.js';
import type { UnitKind } from './model.js';

type Json = Record<string, unknown>;

export type Applicability = 'applies' | 'not-applicable' | 'waits';

export interface UnitStatus {
  /** The preparation or arm (its position and id); absent for a study-level item or a study without a list of them. */
  unit?: { kind: UnitKind; index: number; id?: string };
  applicability: Applicability;
  /** Why it does not apply (the checklist's words), or what it waits for ("the storage form"). */
  reason?: string;
  /** For `waits`: the items whose answer settles it (e.g. storage.form). */
  waitsFor?: string[];
  /** The value's state as the report scores it. */
  state: ItemState;
  /** 0–1, as in the ledger. */
  credit: number;
  /** Expected details the value lacks (an incomplete value). */
  missingDetails?: string[];
  /**
   * Where the value comes from: the unit's own entry (`unit`), the section-level value every unit shares
   * (`section`: inherited when the unit is listed), or nowhere yet (`none`).
   */
  source: 'unit' | 'section' | 'none';
  /** Where the form edits this unit's own value (the section-level value for a study-level item). */
  address: FieldAddress;
  /** Where the value shown comes from (the section's value for an inheriting unit). */
  sourceAddress: FieldAddress;
}

export interface ItemStatus {
  itemId: string;
  /** `applies` when it applies to any unit; `waits` when none applies and some wait; otherwise `not-applicable`. */
  applicability: Applicability;
  reason?: string;
  waitsFor?: string[];
  units: UnitStatus[];
}

function gateItemsOf(checklist: Checklist, facts: readonly FactName[]): string[] {
  const ids = facts.flatMap((fact) => checklist.settings.gateItems[fact] ?? []);
  return [...new Set(ids)];
}

/** Applicability and inheritance of every item of the checklist for a document (plain data, as parsed). */
export function formStatus(document: unknown, checklist: Checklist): ItemStatus[] {
  const version = documentVersion(document);
  const entry = schemaVersion(version);
  const root: Json = isPlainObject(document) ? document : {};
  const issues = [...entry.validateStructure(root), ...entry.checkReferences(root)];
  const context = documentContext(root, issues, checklist.settings, entry.unitContainers);

  return checklist.items.map((item) => {
    const outcome = evaluateItem(item, context);
    const units = outcome.units.map((unitOutcome): UnitStatus => {
      const { unit } = unitOutcome;
      const kind = unit.kind === 'study' ? undefined : unit.kind;
      const listed = kind !== undefined && unit.index !== undefined;
      const own = listed ? unitEntry(root, item.section, unit, entry.unitContainers) : undefined;
      const sectionAddress: FieldAddress = { section: item.section, path: [...(item.path ?? item.id.split('.')[1]!).split('/')] };
      const unitAddress: FieldAddress | undefined = listed && unit.id !== undefined && entry.unitContainers[item.section]?.unit === kind ? { ...sectionAddress, unit: { kind, id: unit.id } } : undefined;
      const fromUnit = own !== undefined && unitOutcome.pointer.startsWith(`${own.pointer}/`);
      const source = unitOutcome.state === 'missing' ? 'none' : fromUnit ? 'unit' : 'section';
      const applicability: Applicability = unitOutcome.deferred ? 'waits' : unitOutcome.applies ? 'applies' : 'not-applicable';
      const waits = unitOutcome.waitsFor ?? [];
      return {
        ...(kind !== undefined && unit.index !== undefined ? { unit: { kind, index: unit.index, ...(unit.id !== undefined ? { id: unit.id } : {}) } } : {}),
        applicability,
        ...(applicability === 'not-applicable' && item.notApplicableBecause !== undefined ? { reason: item.notApplicableBecause } : {}),
        ...(applicability === 'waits' ? { reason: `waits until the document states ${waits.map((fact) => FACT_WORDS[fact]).join(' and ')}`, waitsFor: gateItemsOf(checklist, waits) } : {}),
        state: unitOutcome.state,
        credit: unitOutcome.credit,
        ...(unitOutcome.missingDetails ? { missingDetails: unitOutcome.missingDetails } : {}),
        source,
        address: unitAddress ?? sectionAddress,
        sourceAddress: source === 'unit' && unitAddress ? unitAddress : sectionAddress,
      };
    });
    const applicability: Applicability = units.some((unit) => unit.applicability === 'applies') ? 'applies' : units.some((unit) => unit.applicability === 'waits') ? 'waits' : 'not-applicable';
    const first = units.find((unit) => unit.applicability === applicability);
    const waitsFor = [...new Set(units.flatMap((unit) => unit.waitsFor ?? []))];
    return {
      itemId: item.id,
      applicability,
      ...(applicability !== 'applies' && first?.reason !== undefined ? { reason: first.reason } : {}),
      ...(applicability === 'waits' && waitsFor.length > 0 ? { waitsFor } : {}),
      units,
    };
  });
}
