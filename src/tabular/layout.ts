/**
 * The workbook layout of a checklist version, generated from its JSON Schema and its checklist data: which
 * sheet holds which field, in which column, under which title, with which vocabulary. Nothing here lists a
 * field by hand, so the workbook cannot disagree with the validator.
 *
 * - Studies: one row per study; every section-level field.
 * - Preparations: one row per preparation; the union of `production.preparations[]` and the
 *   `preparations[]` overrides of the other sections.
 * - Arms: one row per arm; the union of `doseAdministration.arms[]` and `outcomes.arms[]`.
 *
 * Objects are flattened into one column per field (`storage.temperature.value`, `…unit`, `…where`);
 * whatever the flat cell grammar cannot hold (lists of objects, nested alternatives) is one YAML-flow cell.
 * Beside the columns the layout keeps the field tree they came from, which the conversion walks.
 */
import { builtinChecklist, itemPath, type ChecklistVersion } from '../checklist/checklist.js';
import type { ChecklistItem } from '../checklist/model.js';
import { SECTION_KEYS, type SectionKey } from '../report/types.js';
import { schemaVersion, type SchemaVersion } from '../schema/versions.js';
import { SHEET_NAMES, type Column, type ColumnKind, type ListItemKind, type SheetKind, type SheetLayout, type WorkbookLayout } from './types.js';

type Json = Record<string, unknown>;

/**
 * Which "not reported" / "not applicable" states a field may take: `item` (a checklist item: `{ notApplicable }`
 * or `{ notReported }`, with `where` and `note` beside them), `detail` (a detail inside a value: the
 * `DetailState` of checklist 1.1), or `none`.
 */
export type StateKind = 'none' | 'item' | 'detail';

/** A field held by one column. */
export interface LeafField {
  type: 'leaf';
  /** The property name in its parent object. */
  key: string;
  /** Index of its column in the sheet's columns. */
  column: number;
  states: StateKind;
  /** For a value with a unit column beside it: that column's index ("−80 °C" typed in the value cell fills both). */
  unitColumn?: number;
  /** For a value with a range beside it: the columns of its bounds ("350–450 µL" typed in the value cell fills them). */
  rangeColumns?: { min: number; max: number };
}

/** An object whose fields are held by several columns. */
export interface GroupField {
  type: 'group';
  key: string;
  states: StateKind;
  children: FieldNode[];
}

/** A field of a row's record: held by one column, or spread over several. */
export type FieldNode = LeafField | GroupField;

/**
 * One top-level field of a row's record: for Studies a section's field (`['storage', 'temperature']`) or a
 * document field (`['checklistVersion']`); for Preparations and Arms a field of a section's entry.
 */
export interface FieldRoot {
  /** The section, or undefined for the document's own fields. */
  section: SectionKey | undefined;
  node: FieldNode;
}

/** Where a sheet's rows live in a document: the sections' unit lists and their id fields. */
export interface UnitSource {
  section: SectionKey;
  /** `preparations` or `arms`. */
  container: string;
  /** `id` in the declaring section (production, doseAdministration), else `preparationId` / `armId`. */
  idField: string;
  /** Whether this section declares the units (its entries define the rows). */
  declares: boolean;
}

/** The field trees of one sheet and where its id and extra columns are. */
export interface SheetFields {
  kind: SheetKind;
  /** The top-level fields, in column order. */
  roots: FieldRoot[];
  /** For Preparations and Arms: the lists the rows come from (the declaring one first). */
  sources: UnitSource[];
  /** Column indexes of the study id, the unit id (Preparations, Arms) and the extra-fields column. */
  studyIdColumn: number;
  unitIdColumn: number | undefined;
  extraColumn: number;
}

/** The layout plus the field trees the conversion walks. */
export interface TabularLayout extends WorkbookLayout {
  fields: Readonly<Record<SheetKind, SheetFields>>;
}

/** The column a field's value starts in: its first leaf. */
export function firstLeaf(node: FieldNode): LeafField {
  let at = node;
  while (at.type === 'group') at = at.children[0]!;
  return at;
}

/** Key of the column holding the study id on every sheet. */
export const STUDY_ID_KEY = 'studyId';
/**
 * Key of the column holding the checklist version. An empty cell there is read as the version of the
 * workbook's layout (a person filling in the template leaves it empty); a document without a version is
 * written with `{ checklistVersion: null }` in its extra cell, which reads back as no version.
 */
export const VERSION_KEY = 'checklistVersion';
/** Key of the column holding whatever a document has that no other column can hold. */
export const EXTRA_KEY = 'extra';
const UNIT_ID_KEYS: Readonly<Record<'preparation' | 'arm', string>> = { preparation: 'preparationId', arm: 'armId' };

const DOCUMENT_SECTION_TITLE = 'Study';
const DETAIL_STATE = '#/$defs/DetailState';

/** Words that read better in capitals in a title. */
const TITLE_WORDS: Readonly<Record<string, string>> = { doi: 'DOI', pmid: 'PMID', gmp: 'GMP', ev: 'EV', evs: 'EVs', id: 'id', url: 'URL', ph: 'pH', mwco: 'MWCO', rrid: 'RRID', sd: 'SD' };

/** Fields in schema order, but `where` then `note` last: fields a later schema version added come before them, not after. */
function inReadingOrder(properties: Record<string, Json>): Array<[string, Json]> {
  const rank = (key: string): number => (key === 'where' ? 1 : key === 'note' ? 2 : 0);
  return Object.entries(properties).sort(([a], [b]) => rank(a) - rank(b));
}

/** `ageYears` → "age years"; `evTrackId` → "EV track id". */
export function humanise(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(' ')
    .map((word) => TITLE_WORDS[word.toLowerCase()] ?? word.toLowerCase())
    .join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function refName(node: unknown): string | undefined {
  const ref = (node as Json | undefined)?.$ref;
  return typeof ref === 'string' && ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
}

/** A schema node with its wrappers taken off: the states they allow and the description met on the way. */
interface Resolved {
  node: Json;
  states: StateKind;
  description?: string;
  /** Reached through `$defs/Percent`. */
  percent: boolean;
}

function resolver(schema: Json): (start: Json) => Resolved {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  const isItemDef = (node: Json): boolean => {
    const oneOf = node.oneOf as Json[] | undefined;
    return Array.isArray(oneOf) && oneOf.length === 3 && refName(oneOf[0]) === 'NotApplicable' && refName(oneOf[1]) === 'NotReported';
  };
  return (start) => {
    let node = start;
    let states: StateKind = 'none';
    let description = typeof start.description === 'string' ? start.description : undefined;
    let percent = false;
    for (let step = 0; step < 20; step++) {
      const anyOf = node.anyOf as Json[] | undefined;
      if (Array.isArray(anyOf) && anyOf.length === 2 && anyOf[0]?.$ref === DETAIL_STATE) {
        if (states === 'none') states = 'detail';
        node = anyOf[1]!;
      } else if (isItemDef(node)) {
        states = 'item';
        node = (node.oneOf as Json[])[2]!;
      } else if (refName(node) !== undefined) {
        if (refName(node) === 'Percent') percent = true;
        node = defs[refName(node)!] ?? {};
      } else {
        break;
      }
      if (description === undefined && typeof node.description === 'string') description = node.description;
    }
    return { node, states, description, percent };
  };
}

/** The kind of a scalar schema node, or undefined for anything else. */
function scalarKind(node: Json): { kind: Exclude<ColumnKind, 'list' | 'yaml' | 'extra' | 'id' | 'unit'>; vocabulary?: string[] } | undefined {
  if (Array.isArray(node.enum) && node.enum.every((value) => typeof value === 'string')) return { kind: 'choice', vocabulary: node.enum as string[] };
  if (typeof node.const === 'string') return { kind: 'choice', vocabulary: [node.const] };
  if (node.type === 'string') return { kind: 'text' };
  if (node.type === 'integer') return { kind: 'integer' };
  if (node.type === 'number') return { kind: 'number' };
  if (node.type === 'boolean') return { kind: 'boolean' };
  return undefined;
}

/** The item a field belongs to: the one whose path is the longest prefix of the field's path. */
function itemFor(items: readonly ChecklistItem[], section: string, path: readonly string[]): ChecklistItem | undefined {
  let best: ChecklistItem | undefined;
  let bestLength = 0;
  for (const item of items) {
    if (item.section !== section) continue;
    const segments = itemPath(item);
    if (segments.length > path.length || segments.length <= bestLength) continue;
    if (segments.every((segment, index) => segment === path[index])) {
      best = item;
      bestLength = segments.length;
    }
  }
  return best;
}

interface BuildContext {
  /** For the Preparations and Arms sheets: the unit a row is. */
  unit?: 'preparation' | 'arm';
  resolve: (node: Json) => Resolved;
  items: readonly ChecklistItem[];
  sectionTitles: Readonly<Record<string, string>>;
  columns: Column[];
}

/**
 * The field tree of one property and its columns. `path` is the key path inside the section (or the document
 * for document fields), `prefix` the column-key prefix (`storage` for `storage.temperature.value`).
 */
function buildField(context: BuildContext, schemaNode: Json, section: SectionKey | undefined, prefix: string, path: string[]): FieldNode {
  const { node, states, description, percent } = context.resolve(schemaNode);
  const key = path.at(-1)!;
  const properties = node.properties as Record<string, Json> | undefined;
  // An object with fields of its own (not a choice between shapes) is spread over one column per field.
  const spread = properties !== undefined && Object.keys(properties).length > 0 && node.anyOf === undefined && node.oneOf === undefined;
  if (spread) {
    const children = inReadingOrder(properties).map(([childKey, child]) => buildField(context, child, section, prefix, [...path, childKey]));
    // A value with a unit beside it (a quantity): the value column names the units.
    const unit = children.find((child) => child.key === 'unit' && child.type === 'leaf') as LeafField | undefined;
    const value = children.find((child): child is LeafField => child.key === 'value' && child.type === 'leaf' && ['number', 'integer'].includes(context.columns[child.column]!.kind));
    if (unit && context.columns[unit.column]!.kind === 'choice') {
      context.columns[unit.column]!.kind = 'unit';
      if (value) {
        context.columns[value.column]!.units = context.columns[unit.column]!.vocabulary;
        value.unitColumn = unit.column;
      }
    }
    // A range beside the value ("350–450 µL" typed in the value cell fills it).
    const range = children.find((child) => child.key === 'range' && child.type === 'group') as GroupField | undefined;
    const bounds = range?.children.filter((child): child is LeafField => child.type === 'leaf' && (child.key === 'min' || child.key === 'max'));
    if (value && bounds?.length === 2) {
      value.rangeColumns = {
        min: bounds.find((bound) => bound.key === 'min')!.column,
        max: bounds.find((bound) => bound.key === 'max')!.column,
      };
    }
    // "not reported" in the first column of an item (its other columns empty) is the item's state, so that
    // column takes the words even where its own field cannot be not reported (every field under 1.0).
    if (states !== 'none') context.columns[firstLeaf(children[0]!).column]!.states = true;
    return { type: 'group', key, states, children };
  }
  let kind: ColumnKind;
  let vocabulary: string[] | undefined;
  let itemKind: ListItemKind | undefined;
  const scalar = scalarKind(node);
  if (scalar) {
    kind = scalar.kind;
    vocabulary = scalar.vocabulary;
  } else if (node.type === 'array' && node.items && typeof node.items === 'object') {
    // A list of plain values is one `;`-separated cell; a list of anything richer is YAML.
    const entry = context.resolve(node.items as Json);
    const entryKind = entry.states === 'none' ? scalarKind(entry.node) : undefined;
    if (entryKind && entryKind.kind !== 'boolean') {
      kind = 'list';
      itemKind = entryKind.kind;
      vocabulary = entryKind.vocabulary;
    } else {
      kind = 'yaml';
    }
  } else {
    kind = 'yaml';
  }
  const fieldPath = path.join('.');
  const item = section ? itemFor(context.items, section, path) : undefined;
  const sectionKey = section ?? 'document';
  const title = titleOf(path, item, context.unit);
  const column: Column = {
    key: section ? `${prefix}.${fieldPath}` : fieldPath,
    title,
    section: sectionKey,
    sectionTitle: section ? context.sectionTitles[section] ?? capitalise(humanise(section)) : DOCUMENT_SECTION_TITLE,
    kind,
    states: states !== 'none',
    rare: key === 'note' || path[0] === '$schema',
  };
  if (item) {
    column.itemId = item.id;
    column.level = item.level;
    column.hint = item.hint;
  }
  if (description !== undefined) column.description = description;
  if (percent && (kind === 'number' || kind === 'integer')) column.percent = true;
  if (vocabulary) column.vocabulary = [...vocabulary];
  if (itemKind) column.itemKind = itemKind;
  if (kind === 'yaml') {
    const shape = sketch(context.resolve, node, 0);
    if (shape !== undefined) column.shape = shape;
  }
  context.columns.push(column);
  return { type: 'leaf', key, column: context.columns.length - 1, states };
}

/** How many fields of an object a shape sketch names (required ones first). */
const SKETCH_FIELDS = 4;

/**
 * The YAML flow shape of a value, from its schema node: `[{ test: von-frey, modality: mechanical-allodynia, … }, …]`.
 * Choices show their first entry, numbers 1, text `text`; an object its required fields first, at most
 * SKETCH_FIELDS of them. A header note shows it, so each YAML column says what it takes.
 */
function sketch(resolve: (node: Json) => Resolved, start: Json, depth: number): string | undefined {
  if (depth > 3) return '…';
  let node = resolve(start).node;
  // A choice between shapes: the first that is not a bare state or null.
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = node[key] as Json[] | undefined;
    if (Array.isArray(options)) {
      const option = options.map((candidate) => resolve(candidate).node).find((candidate) => candidate.type !== 'null' && !refName(candidate)?.startsWith('Not'));
      if (option) node = option;
    }
  }
  const scalar = scalarKind(node);
  if (scalar) {
    const word = scalar.vocabulary?.[0] ?? (scalar.kind === 'text' ? 'text' : scalar.kind === 'boolean' ? 'true' : '1');
    // A word YAML would not read as plain text (`%`, `µg/mL` is fine) is quoted.
    return /^[\p{L}\p{N}\u00B5\u00B0\u00D7][^,:[\]{}#"]*$/u.test(word) ? word : JSON.stringify(word);
  }
  if (node.type === 'array' && node.items && typeof node.items === 'object') {
    const entry = sketch(resolve, node.items as Json, depth + 1);
    return entry === undefined ? undefined : `[${entry}, …]`;
  }
  const properties = node.properties as Record<string, Json> | undefined;
  if (!properties) return undefined;
  const required = Array.isArray(node.required) ? (node.required as string[]) : [];
  const keys = [...required, ...Object.keys(properties).filter((key) => !required.includes(key) && key !== 'where' && key !== 'note')].slice(0, SKETCH_FIELDS);
  const fields = keys.flatMap((key) => {
    const value = properties[key] ? sketch(resolve, properties[key], depth + 1) : undefined;
    return value === undefined ? [] : [`${key}: ${value}`];
  });
  if (fields.length === 0) return undefined;
  return `{ ${fields.join(', ')}${Object.keys(properties).length > keys.length ? ', …' : ''} }`;
}

/** "Storage temperature · value": the item's title, then the field names below it. */
function titleOf(path: string[], item: ChecklistItem | undefined, unit: 'preparation' | 'arm' | undefined): string {
  if (path[0] === '$schema') return 'Schema link';
  const depth = item ? itemPath(item).length : 1;
  // A field of the unit itself, not of an item: "Arm · label", "Arm · preparation id".
  const head = item ? item.title : unit ? `${capitalise(unit)} · ${humanise(path[0]!)}` : capitalise(humanise(path[0]!));
  const rest = path.slice(depth).map(humanise);
  return [head, ...rest].join(' · ');
}

function idColumn(key: string, title: string, description: string): Column {
  return { key, title, section: 'document', sectionTitle: DOCUMENT_SECTION_TITLE, kind: 'id', states: false, rare: false, description };
}

function extraColumn(): Column {
  return {
    key: EXTRA_KEY,
    title: 'Other fields (YAML)',
    section: 'document',
    sectionTitle: DOCUMENT_SECTION_TITLE,
    kind: 'extra',
    states: false,
    rare: true,
    description: 'Fields the other columns cannot hold, as YAML flow text of a partial document (written by convert; rarely needed by hand).',
  };
}

const layouts = new Map<SchemaVersion, TabularLayout>();

/** The workbook layout of a schema version (built once per version). */
export function workbookLayout(version: SchemaVersion): TabularLayout {
  let layout = layouts.get(version);
  if (!layout) {
    layout = buildLayout(version);
    layouts.set(version, layout);
  }
  return layout;
}

function buildLayout(version: SchemaVersion): TabularLayout {
  const entry = schemaVersion(version);
  const schema = entry.schema as Json;
  const checklist = builtinChecklist(version as ChecklistVersion);
  const resolve = resolver(schema);
  const topProperties = (schema.properties ?? {}) as Record<string, Json>;
  const containers = entry.unitContainers;

  const sheet = (kind: SheetKind, build: (context: BuildContext) => Omit<SheetFields, 'kind' | 'extraColumn'>): { layout: SheetLayout; fields: SheetFields } => {
    const context: BuildContext = { resolve, items: checklist.items, sectionTitles: checklist.sectionTitles, columns: [] };
    if (kind !== 'studies') context.unit = kind === 'preparations' ? 'preparation' : 'arm';
    const built = build(context);
    context.columns.push(extraColumn());
    return { layout: { kind, name: SHEET_NAMES[kind], columns: context.columns }, fields: { kind, ...built, extraColumn: context.columns.length - 1 } };
  };

  const studies = sheet('studies', (context) => {
    context.columns.push(idColumn(STUDY_ID_KEY, 'Study id', 'A short id for the study (e.g. ref-107); its preparations and arms name it. convert writes <id>.yaml.'));
    const roots: FieldRoot[] = [];
    const documentField = (key: string): void => {
      if (topProperties[key]) roots.push({ section: undefined, node: buildField(context, topProperties[key], undefined, '', [key]) });
    };
    documentField('checklistVersion');
    for (const section of SECTION_KEYS) {
      const properties = (resolve(topProperties[section] ?? {}).node.properties ?? {}) as Record<string, Json>;
      const container = containers[section]?.container;
      for (const [key, property] of inReadingOrder(properties)) {
        if (key === container) continue;
        roots.push({ section, node: buildField(context, property, section, section, [key]) });
      }
    }
    documentField('$schema');
    return { roots, sources: [], studyIdColumn: 0, unitIdColumn: undefined };
  });

  const unitSheet = (kind: 'preparations' | 'arms', unit: 'preparation' | 'arm') =>
    sheet(kind, (context) => {
      context.columns.push(idColumn(STUDY_ID_KEY, 'Study id', 'The id of the study on the Studies sheet.'));
      context.columns.push(idColumn(UNIT_ID_KEYS[unit], `${capitalise(unit)} id`, `A short id for the ${unit}, unique within its study (letters, digits, . _ -).`));
      const roots: FieldRoot[] = [];
      const sources: UnitSource[] = [];
      for (const section of SECTION_KEYS) {
        const container = containers[section];
        if (!container || container.unit !== unit) continue;
        const sectionNode = resolve(topProperties[section] ?? {}).node;
        const list = resolve(((sectionNode.properties ?? {}) as Record<string, Json>)[container.container] ?? {}).node;
        const entryNode = resolve((list.items ?? {}) as Json).node;
        sources.push({ section, container: container.container, idField: container.idField, declares: container.idField === 'id' });
        for (const [key, property] of inReadingOrder((entryNode.properties ?? {}) as Record<string, Json>)) {
          if (key === container.idField) continue;
          roots.push({ section, node: buildField(context, property, section, section, [key]) });
        }
      }
      // The declaring section first: its entries define the rows.
      sources.sort((a, b) => Number(b.declares) - Number(a.declares));
      return { roots, sources, studyIdColumn: 0, unitIdColumn: 1 };
    });

  const preparations = unitSheet('preparations', 'preparation');
  const arms = unitSheet('arms', 'arm');
  return {
    version,
    sheets: [studies.layout, preparations.layout, arms.layout],
    fields: { studies: studies.fields, preparations: preparations.fields, arms: arms.fields },
  };
}
