/**
 * What the form does to a study report, as edits on its text: set a field, say "not reported" or "not
 * applicable: reason", give `where`, add, duplicate, reorder, rename or remove a preparation or an arm.
 * The text stays the one source of truth: YAML keeps its comments and untouched layout (yaml-text.ts),
 * JSON stays JSON. Edits are data, so the page can queue, log or replay them.
 */
import type { InputError } from '../io/errors.js';
import { detectFormat, parseReportText, type InputFormat } from '../io/parse.js';
import { getOwn, isPlainObject, toPointer } from '../schema/pointer.js';
import { documentVersion, LATEST_VERSION, schemaVersion } from '../schema/versions.js';
import { documentPath, type DocumentPath, type FieldAddress } from './address.js';
import type { UnitKind } from './model.js';
import { setData, yamlDelete, yamlMove, yamlSet, type Path, type YamlEditResult } from './yaml-text.js';

type Json = Record<string, unknown>;

/** A value's state, as a form field shows it. */
export type FieldRead =
  | { state: 'value'; value: unknown }
  /** `where`: where the manuscript was checked (an item's state may say where, as its value does). */
  | { state: 'not-reported'; where?: string }
  | { state: 'not-applicable'; reason: string; where?: string }
  | { state: 'missing' };

export type FormEdit =
  /** Sets a value (any JSON: a number, a list of rows, a whole item value). */
  | { op: 'set'; address: FieldAddress; value: unknown }
  /** Removes a value; maps left empty go with it. */
  | { op: 'clear'; address: FieldAddress }
  /** "Not reported in the manuscript", or "not applicable" with its reason, for an item or any detail. */
  | { op: 'state'; address: FieldAddress; state: 'not-reported' | { notApplicable: string } }
  /** Where in the manuscript the item is reported (`address` names the item's value); empty text removes it. */
  | { op: 'where'; address: FieldAddress; where: string }
  | { op: 'add-unit'; kind: UnitKind; id: string; label?: string; preparationId?: string; index?: number }
  /** A copy with a new id right after the original, with its per-unit values in every section. */
  | { op: 'duplicate-unit'; kind: UnitKind; id: string; newId: string }
  | { op: 'move-unit'; kind: UnitKind; id: string; to: number }
  /** Removes the unit, its per-unit values and every reference to it (an arm's preparationId, outcomes.arms). */
  | { op: 'remove-unit'; kind: UnitKind; id: string }
  /** Renames the unit everywhere it is named. */
  | { op: 'rename-unit'; kind: UnitKind; id: string; newId: string };

export type EditErrorCode = 'unknown-unit' | 'no-unit-list' | 'duplicate-id' | 'bad-id' | 'empty-reason' | 'not-a-value';

export type EditResult = { ok: true; text: string; reprinted: boolean } | { ok: false; error: { code: EditErrorCode; message: string } };

/** A unit as the form lists it. */
export interface UnitSummary {
  id: string;
  label?: string;
  /** For an arm: the preparation it received. */
  preparationId?: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const DECLARED: Record<UnitKind, { section: string; container: string }> = {
  preparation: { section: 'production', container: 'preparations' },
  arm: { section: 'doseAdministration', container: 'arms' },
};

/** Text and data of one document, with the edits the form makes on it. */
export interface EditableDocument {
  readonly format: InputFormat;
  readonly text: string;
  readonly data: Json;
  /** The value or state at an address: the unit's own value only (see `formStatus` for what it inherits). */
  read(address: FieldAddress): FieldRead;
  /** The preparations or arms, in document order. */
  units(kind: UnitKind): UnitSummary[];
  /** The JSON pointer of an address in the document as it is now (for moving the YAML caret); undefined for a unit it lacks. */
  pointer(address: FieldAddress): string | undefined;
  /** Applies an edit; on success the document holds the new text. */
  apply(edit: FormEdit): EditResult;
}

function readState(value: unknown): FieldRead {
  if (value === undefined) return { state: 'missing' };
  if (isPlainObject(value)) {
    const where = typeof value.where === 'string' ? { where: value.where } : {};
    if (Object.prototype.hasOwnProperty.call(value, 'notApplicable')) return { state: 'not-applicable', reason: String(value.notApplicable), ...where };
    if (Object.prototype.hasOwnProperty.call(value, 'notReported')) return { state: 'not-reported', ...where };
  }
  return { state: 'value', value };
}

function dataAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) node = getOwn(node, segment);
  return node;
}

function unitsOf(data: Json, kind: UnitKind): UnitSummary[] {
  const list = dataAt(data, [DECLARED[kind].section, DECLARED[kind].container]);
  if (!Array.isArray(list)) return [];
  return list.filter(isPlainObject).map((entry) => ({
    id: String(entry.id ?? ''),
    ...(typeof entry.label === 'string' ? { label: entry.label } : {}),
    ...(typeof entry.preparationId === 'string' ? { preparationId: entry.preparationId } : {}),
  }));
}

/** Low-level text edits of one format; each returns the new text and its data. */
interface TextOps {
  set(text: string, path: Path, value: unknown): YamlEditResult;
  remove(text: string, path: Path): YamlEditResult;
  move(text: string, path: Path, from: number, to: number): YamlEditResult;
}
type Step = (text: string) => YamlEditResult;

const YAML_OPS: TextOps = { set: yamlSet, remove: yamlDelete, move: yamlMove };

/** JSON is written back with the indentation it had (two spaces when it had none to tell). */
function jsonOps(): TextOps {
  const write = (before: string, data: unknown): YamlEditResult => {
    // One-line JSON stays on one line; a new document is written with two spaces.
    const indent = /^[{[]\s*\n([ \t]+)/.exec(before)?.[1] ?? (before.trim() === '' || before.trim().includes('\n') ? '  ' : '');
    return { text: `${JSON.stringify(data, null, indent)}${before.endsWith('\n') ? '\n' : ''}`, reprinted: false, data };
  };
  const parse = (text: string): unknown => (text.trim() === '' ? {} : (JSON.parse(text) as unknown));
  return {
    set: (text, path, value) => write(text, setData(parse(text), path, value)),
    remove: (text, path) => {
      const data = parse(text);
      if (dataAt(data, path) === undefined) return { text, reprinted: false, data };
      let at = [...path];
      // As in YAML: a map or list left empty goes with the value removed from it, when it is a map's value.
      while (at.length > 1 && typeof at.at(-2) === 'string') {
        const parent = dataAt(data, at.slice(0, -1));
        const size = Array.isArray(parent) ? parent.length : isPlainObject(parent) ? Object.keys(parent).length : 0;
        if (size !== 1) break;
        at = at.slice(0, -1);
      }
      return write(text, setData(data, at, undefined));
    },
    move: (text, path, from, to) => {
      const data = parse(text);
      const list = dataAt(data, path);
      if (!Array.isArray(list)) return { text, reprinted: false, data };
      const moved = [...list];
      moved.splice(to, 0, ...moved.splice(from, 1));
      return write(text, setData(data, path, moved));
    },
  };
}

/** Text with nothing in it yet (blank, or only YAML comments): a new document, a blank form. */
function isBlank(text: string, format: InputFormat): boolean {
  if (text.trim() === '') return true;
  return format === 'yaml' && text.split('\n').every((line) => line.trim() === '' || line.trimStart().startsWith('#'));
}

function failure(code: EditErrorCode, message: string): EditResult {
  return { ok: false, error: { code, message } };
}

export interface OpenOptions {
  /** Shown in errors; decides the syntax by its extension. */
  filename?: string;
  format?: InputFormat;
  /**
   * The text's data as `checkText` or `parseReportText` returned it, when the caller has parsed the text
   * already (the page checks it on every change): trusted, so the text is not parsed a second time.
   */
  document?: Record<string, unknown>;
}

/**
 * Opens YAML or JSON text for editing (empty text is an empty YAML document: a blank form). The text
 * must parse as a study report; what does not comes back as the checker's InputError.
 */
export function openDocument(text: string, options: OpenOptions = {}): { ok: true; doc: EditableDocument } | { ok: false; error: InputError } {
  const format = options.format ?? detectFormat(options.filename, text);
  let data: Json = {};
  if (options.document !== undefined) data = options.document;
  else if (!isBlank(text, format)) {
    const parsed = parseReportText(text, { ...options, format });
    if (!parsed.ok) return parsed;
    data = parsed.document;
  }
  const ops = format === 'json' ? jsonOps() : YAML_OPS;
  let current = text;
  let currentData = data;

  const containers = (): ReturnType<typeof schemaVersion>['unitContainers'] => schemaVersion(documentVersion(currentData)).unitContainers;

  /** Runs low-level steps on the text; each step checks its output, and the last one's data is the document's. */
  const run = (steps: Step[]): EditResult => {
    // A new document's first value comes with the version it is written for, on top.
    if (isBlank(current, format)) steps.unshift((blank) => ops.set(blank, ['checklistVersion'], LATEST_VERSION));
    let result: YamlEditResult = { text: current, reprinted: false, data: currentData };
    for (const step of steps) {
      const next = step(result.text);
      result = { ...next, reprinted: result.reprinted || next.reprinted };
    }
    current = result.text;
    currentData = isPlainObject(result.data) ? result.data : {};
    return { ok: true, text: result.text, reprinted: result.reprinted };
  };

  const resolve = (address: FieldAddress, forWriting: boolean): { ok: true; steps: Step[]; path: DocumentPath } | { ok: false; result: EditResult } => {
    const found = documentPath(currentData, containers(), address);
    if (!found.ok) return { ok: false, result: failure(found.code, found.message) };
    const steps: Step[] = [];
    if (found.newEntry && forWriting) {
      // A preparation's first own value in storage (or an arm's in outcomes) opens its entry there.
      const entryPath = found.path.slice(0, 3);
      steps.push((text) => ops.set(text, entryPath, found.newEntry));
    }
    return { ok: true, steps, path: found.path };
  };

  const unitIndex = (kind: UnitKind, id: string): number => unitsOf(currentData, kind).findIndex((unit) => unit.id === id);

  /** Every list that holds per-unit entries of this kind, with the field naming the unit. */
  const overrideLists = (kind: UnitKind): Array<{ section: string; container: string; idField: string }> =>
    Object.entries(containers())
      .filter(([section, container]) => container.unit === kind && section !== DECLARED[kind].section)
      .map(([section, container]) => ({ section, container: container.container, idField: container.idField }));

  const checkNewId = (kind: UnitKind, id: string): EditResult | undefined => {
    if (!ID.test(id)) return failure('bad-id', `"${id}" is not a usable id: use 1–64 letters, digits, dots, underscores or hyphens, starting with a letter or digit.`);
    if (unitIndex(kind, id) >= 0) return failure('duplicate-id', `there is already a ${kind} "${id}"; choose another id.`);
    return undefined;
  };

  const edits: { [K in FormEdit['op']]: (edit: Extract<FormEdit, { op: K }>) => EditResult } = {
    set(edit) {
      if (edit.value === undefined) return failure('not-a-value', 'there is no value to set; use "clear" to remove one.');
      const target = resolve(edit.address, true);
      if (!target.ok) return target.result;
      return run([...target.steps, (text) => ops.set(text, target.path, edit.value)]);
    },
    clear(edit) {
      const target = resolve(edit.address, false);
      if (!target.ok) return target.result;
      if (dataAt(currentData, target.path) === undefined) return { ok: true, text: current, reprinted: false };
      return run([(text) => ops.remove(text, target.path)]);
    },
    state(edit) {
      const target = resolve(edit.address, true);
      if (!target.ok) return target.result;
      if (edit.state !== 'not-reported' && edit.state.notApplicable.trim().length < 3) {
        return failure('empty-reason', 'say why it does not apply (at least three characters), e.g. "no cryoprotectant was added".');
      }
      // The item's `where` survives a change of state: it says where the manuscript speaks of it either way.
      const where = getOwn(dataAt(currentData, target.path), 'where');
      const value = edit.state === 'not-reported' ? { notReported: true } : { notApplicable: edit.state.notApplicable.trim() };
      return run([...target.steps, (text) => ops.set(text, target.path, typeof where === 'string' ? { ...value, where } : value)]);
    },
    where(edit) {
      const target = resolve(edit.address, true);
      if (!target.ok) return target.result;
      const wherePath = [...target.path, 'where'];
      if (edit.where.trim() === '') return run([(text) => ops.remove(text, wherePath)]);
      return run([...target.steps, (text) => ops.set(text, wherePath, edit.where.trim())]);
    },
    'add-unit'(edit) {
      const refused = checkNewId(edit.kind, edit.id);
      if (refused) return refused;
      if (edit.preparationId !== undefined && unitIndex('preparation', edit.preparationId) < 0) return failure('unknown-unit', `there is no preparation "${edit.preparationId}"; add it first.`);
      const { section, container } = DECLARED[edit.kind];
      const count = unitsOf(currentData, edit.kind).length;
      const entry = { id: edit.id, ...(edit.label ? { label: edit.label } : {}), ...(edit.preparationId !== undefined ? { preparationId: edit.preparationId } : {}) };
      const steps = [(text: string) => ops.set(text, [section, container, count], entry)];
      if (edit.index !== undefined && edit.index >= 0 && edit.index < count) steps.push((text) => ops.move(text, [section, container], count, edit.index!));
      return run(steps);
    },
    'duplicate-unit'(edit) {
      const from = unitIndex(edit.kind, edit.id);
      if (from < 0) return failure('unknown-unit', `there is no ${edit.kind} "${edit.id}".`);
      const refused = checkNewId(edit.kind, edit.newId);
      if (refused) return refused;
      const { section, container } = DECLARED[edit.kind];
      const list = dataAt(currentData, [section, container]) as Json[];
      const count = list.length;
      const steps = [(text: string) => ops.set(text, [section, container, count], { ...list[from], id: edit.newId }), (text: string) => ops.move(text, [section, container], count, from + 1)];
      for (const override of overrideLists(edit.kind)) {
        const entries = dataAt(currentData, [override.section, override.container]);
        if (!Array.isArray(entries)) continue;
        const own = entries.find((entry) => isPlainObject(entry) && entry[override.idField] === edit.id);
        if (own) steps.push((text) => ops.set(text, [override.section, override.container, entries.length], { ...(own as Json), [override.idField]: edit.newId }));
      }
      return run(steps);
    },
    'move-unit'(edit) {
      const from = unitIndex(edit.kind, edit.id);
      if (from < 0) return failure('unknown-unit', `there is no ${edit.kind} "${edit.id}".`);
      const count = unitsOf(currentData, edit.kind).length;
      const to = Math.max(0, Math.min(count - 1, edit.to));
      const { section, container } = DECLARED[edit.kind];
      return run([(text) => ops.move(text, [section, container], from, to)]);
    },
    'remove-unit'(edit) {
      const index = unitIndex(edit.kind, edit.id);
      if (index < 0) return failure('unknown-unit', `there is no ${edit.kind} "${edit.id}".`);
      const steps: Step[] = [];
      // Later entries first, so the positions of earlier ones stay right.
      for (const override of overrideLists(edit.kind)) {
        const entries = dataAt(currentData, [override.section, override.container]);
        if (!Array.isArray(entries)) continue;
        entries.forEach((entry, position) => {
          if (isPlainObject(entry) && entry[override.idField] === edit.id) steps.unshift((text) => ops.remove(text, [override.section, override.container, position]));
        });
      }
      if (edit.kind === 'preparation') {
        // An arm that received the removed preparation no longer names it (a dangling reference is invalid).
        unitsOf(currentData, 'arm').forEach((arm, position) => {
          if (arm.preparationId === edit.id) steps.push((text) => ops.remove(text, ['doseAdministration', 'arms', position, 'preparationId']));
        });
      }
      const { section, container } = DECLARED[edit.kind];
      steps.push((text) => ops.remove(text, [section, container, index]));
      return run(steps);
    },
    'rename-unit'(edit) {
      const index = unitIndex(edit.kind, edit.id);
      if (index < 0) return failure('unknown-unit', `there is no ${edit.kind} "${edit.id}".`);
      if (edit.newId === edit.id) return { ok: true, text: current, reprinted: false };
      const refused = checkNewId(edit.kind, edit.newId);
      if (refused) return refused;
      const { section, container } = DECLARED[edit.kind];
      const steps = [(text: string) => ops.set(text, [section, container, index, 'id'], edit.newId)];
      for (const override of overrideLists(edit.kind)) {
        const entries = dataAt(currentData, [override.section, override.container]);
        if (!Array.isArray(entries)) continue;
        entries.forEach((entry, position) => {
          if (isPlainObject(entry) && entry[override.idField] === edit.id) steps.push((text) => ops.set(text, [override.section, override.container, position, override.idField], edit.newId));
        });
      }
      if (edit.kind === 'preparation') {
        unitsOf(currentData, 'arm').forEach((arm, position) => {
          if (arm.preparationId === edit.id) steps.push((text) => ops.set(text, ['doseAdministration', 'arms', position, 'preparationId'], edit.newId));
        });
      }
      return run(steps);
    },
  };

  const doc: EditableDocument = {
    format,
    get text() {
      return current;
    },
    get data() {
      return currentData;
    },
    read(address) {
      const found = documentPath(currentData, containers(), address);
      if (!found.ok || found.newEntry) return { state: 'missing' };
      // A state on the way down (e.g. trialRegistration: not reported) is the state of the fields below it;
      // its own `where` and `note` are read as they are.
      let node: unknown = currentData;
      for (const segment of found.path) {
        const state = readState(node);
        if ((state.state === 'not-reported' || state.state === 'not-applicable') && getOwn(node, segment) === undefined) return state;
        node = getOwn(node, segment);
      }
      return readState(node);
    },
    units: (kind) => unitsOf(currentData, kind),
    pointer(address) {
      const found = documentPath(currentData, containers(), address);
      return found.ok && !found.newEntry ? toPointer(found.path) : undefined;
    },
    apply(edit) {
      return (edits[edit.op] as (edit: FormEdit) => EditResult)(edit);
    },
  };
  return { ok: true, doc };
}

/** One edit on a text: opens it, applies the edit, returns the new text (or why not). */
export function applyEdit(text: string, edit: FormEdit, options: OpenOptions = {}): EditResult | { ok: false; error: InputError } {
  const opened = openDocument(text, options);
  if (!opened.ok) return opened;
  return opened.doc.apply(edit);
}
