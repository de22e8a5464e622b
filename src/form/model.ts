/**
 * The form of a study report, generated from the JSON Schema of a version and a checklist (a user
 * checklist's added items included): sections in the checklist's order, one entry per item with its
 * title, level, hint, explanation, scope and fields. A form built this way cannot disagree with the
 * validator: both read the same schema and the same items.
 */
import { itemPath, type Checklist } from '../checklist/checklist.js';
import { explainItem, type ItemExplanation } from '../checklist/explain.js';
import type { ChecklistItem } from '../checklist/model.js';
import { SECTION_KEYS, type Level, type SectionKey } from '../report/types.js';
import type { UnitContainer } from '../schema/facts.js';
import { schemaVersion, type SchemaVersion } from '../schema/versions.js';
import { schemaWalker, type FormField, type SchemaWalker } from './fields.js';

type Json = Record<string, unknown>;

export type UnitKind = 'preparation' | 'arm';

export interface FormItem {
  id: string;
  section: SectionKey;
  title: string;
  level: Level;
  /** The item's hint: what to write. */
  hint: string;
  /** What "Explain" shows: rationale, sources, when the item applies, the details a complete value gives. */
  explain: ItemExplanation;
  /** Reported once for the study, or for every preparation or every arm. */
  scope: ChecklistItem['scope'];
  /** Path of the value inside its section, or inside a preparation/arm entry. */
  path: string[];
  /** The checklist's words for why the item may not apply ("the preparation was used fresh, without storage"). */
  notApplicableBecause?: string;
  /** The value may be "not reported" or "not applicable: reason" instead of a value. */
  stateCapable: boolean;
  /** The value has a "where in the manuscript" field. */
  whereCapable: boolean;
  /**
   * Another item's field shows this item's value (its path equals or lies inside that item's): e.g.
   * doseAdministration.doseBases reads the dose, outcomes.trialStatus the registration's status. The
   * page shows this item's title, state and findings beside that field instead of a second input.
   */
  sharedWith?: string;
  /** The value's field: a group of sub-fields for an object value. */
  field: FormField;
}

export interface FormSection {
  key: SectionKey;
  title: string;
  items: FormItem[];
  /** Section properties that are not checklist items (study title, citation, condition; outcomes results). */
  extraFields: FormField[];
}

/** Where a kind of unit is declared, which sections hold per-unit entries for it, and its entry's own fields. */
export interface FormUnitKind {
  kind: UnitKind;
  /** The list that declares the units: production.preparations (id) or doseAdministration.arms (id). */
  declaredIn: { section: SectionKey; container: string; idField: string };
  /** Lists of per-unit values in other sections, each entry naming its unit by `idField`. */
  overrides: Array<{ section: SectionKey; container: string; idField: string }>;
  /** Fields of a declaring entry that are not items (id, label; preparationId for an arm). */
  fields: FormField[];
  /** Fields of per-unit entries in other sections that are not items (an arm's outcome results). */
  extraFields: Array<{ section: SectionKey; field: FormField }>;
}

export interface FormModel {
  version: SchemaVersion;
  checklist: { id: string; version: string; profile: string };
  sections: FormSection[];
  units: Record<UnitKind, FormUnitKind>;
  /** Every item by id. */
  items: ReadonlyMap<string, FormItem>;
}

const DETAIL_STATE = '#/$defs/DetailState';

/** The value branch of an item `$defs` entry (`oneOf: [NotApplicable, NotReported, value]`), or undefined for a plain property. */
function itemValueBranch(walker: SchemaWalker, node: Json): Json | undefined {
  const resolved = walker.resolve(node);
  const oneOf = resolved.oneOf;
  if (!Array.isArray(oneOf) || oneOf.length !== 3) return undefined;
  const refs = oneOf.map((branch) => (branch as Json).$ref);
  return refs[0] === '#/$defs/NotApplicable' && refs[1] === '#/$defs/NotReported' ? (oneOf[2] as Json) : undefined;
}

function propertiesOf(walker: SchemaWalker, node: Json | undefined): Record<string, Json> {
  if (!node) return {};
  const anyOf = node.anyOf;
  const inner = Array.isArray(anyOf) && anyOf.length === 2 && (anyOf[0] as Json).$ref === DETAIL_STATE ? (anyOf[1] as Json) : node;
  return (walker.resolve(inner).properties ?? {}) as Record<string, Json>;
}

/** The schema node of an item's value at its path inside a holder (section or unit entry), and whether it is an item value. */
function itemNode(walker: SchemaWalker, holder: Json, path: string[]): { node: Json; stateCapable: boolean; whereCapable: boolean } | undefined {
  const top = propertiesOf(walker, holder)[path[0]!];
  if (!top) return undefined;
  const branch = itemValueBranch(walker, top);
  let node: Json = branch ?? top;
  let stateCapable = branch !== undefined;
  let whereCapable = branch !== undefined && 'where' in propertiesOf(walker, branch);
  for (const segment of path.slice(1)) {
    const child = propertiesOf(walker, node)[segment];
    if (!child) return undefined;
    // A field inside a value holds a state of its own when the schema wraps it as a detail.
    const anyOf = child.anyOf;
    stateCapable = Array.isArray(anyOf) && (anyOf[0] as Json | undefined)?.$ref === DETAIL_STATE;
    whereCapable = false;
    node = child;
  }
  return { node, stateCapable, whereCapable };
}

/** Builds the form of a schema version for a checklist (resolve a user checklist first with `resolveChecklist`). */
export function formModel(version: SchemaVersion, checklist: Checklist): FormModel {
  const entry = schemaVersion(version);
  const schema = entry.schema as Json;
  const walker = schemaWalker(schema);
  const sectionSchemas = (schema.properties ?? {}) as Record<string, Json>;
  const containers = entry.unitContainers as Readonly<Record<string, UnitContainer>>;

  const items: FormItem[] = [];
  for (const item of checklist.items) {
    const path = itemPath(item);
    const sectionSchema = sectionSchemas[item.section];
    const found = sectionSchema ? itemNode(walker, sectionSchema, path) : undefined;
    // The checklist loader refuses an item whose path the schema lacks; a mismatch here is a programmer error.
    if (!found) throw new Error(`checklist item ${item.id} points at ${item.section}/${path.join('/')}, which schema ${version} does not define`);
    const owner = items.find((other) => other.section === item.section && other.path.length <= path.length && other.path.every((part, index) => path[index] === part));
    items.push({
      id: item.id,
      section: item.section,
      title: item.title,
      level: item.level,
      hint: item.hint,
      explain: explainItem(item),
      scope: item.scope,
      path,
      ...(item.notApplicableBecause !== undefined ? { notApplicableBecause: item.notApplicableBecause } : {}),
      stateCapable: found.stateCapable,
      whereCapable: found.whereCapable,
      ...(owner ? { sharedWith: owner.sharedWith ?? owner.id } : {}),
      field: walker.field(found.node, path.at(-1)!, path, { itemValue: found.whereCapable }),
    });
  }

  const itemKeys = (section: string): Set<string> => new Set(items.filter((item) => item.section === section).map((item) => item.path[0]!));
  const sections: FormSection[] = SECTION_KEYS.filter((key) => sectionSchemas[key]).map((key) => {
    const properties = propertiesOf(walker, sectionSchemas[key]);
    const taken = itemKeys(key);
    const container = containers[key]?.container;
    const extraFields = Object.entries(properties)
      .filter(([name, node]) => !taken.has(name) && name !== container && itemValueBranch(walker, node) === undefined)
      .map(([name, node]) => walker.field(node, name, [name]));
    return { key, title: checklist.sectionTitles[key] ?? key, items: items.filter((item) => item.section === key), extraFields };
  });

  const unitKind = (kind: UnitKind): FormUnitKind => {
    const lists = Object.entries(containers).filter(([, container]) => container.unit === kind) as Array<[SectionKey, UnitContainer]>;
    const declaring = lists.find(([, container]) => container.idField === 'id')!;
    const entrySchema = (section: SectionKey, container: string): Json => {
      const list = propertiesOf(walker, sectionSchemas[section])[container] ?? {};
      return walker.resolve((walker.resolve(list).items ?? {}) as Json);
    };
    const nonItemFields = (section: SectionKey, container: string): FormField[] => {
      const properties = propertiesOf(walker, entrySchema(section, container));
      const taken = itemKeys(section);
      return Object.entries(properties)
        .filter(([name, node]) => !taken.has(name) && itemValueBranch(walker, node) === undefined)
        .map(([name, node]) => walker.field(node, name, [name]));
    };
    const overrides = lists.filter(([section]) => section !== declaring[0]);
    return {
      kind,
      declaredIn: { section: declaring[0], container: declaring[1].container, idField: declaring[1].idField },
      overrides: overrides.map(([section, container]) => ({ section, container: container.container, idField: container.idField })),
      fields: nonItemFields(declaring[0], declaring[1].container),
      extraFields: overrides.flatMap(([section, container]) =>
        nonItemFields(section, container.container)
          .filter((field) => field.key !== container.idField)
          .map((field) => ({ section, field })),
      ),
    };
  };

  return {
    version,
    checklist: { id: checklist.id, version: checklist.version, profile: checklist.profile },
    sections,
    units: { preparation: unitKind('preparation'), arm: unitKind('arm') },
    items: new Map(items.map((item) => [item.id, item])),
  };
}
