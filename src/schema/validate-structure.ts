/**
 * Structural validation of a study document with the precompiled validators: the document skeleton
 * first, then every item present with the validator of the state it is written in.
 */
import * as generated from './generated/validators.js';
import type { GeneratedError, GeneratedValidator } from './runtime.js';
import { definition, ITEM_DEFS, schema, UNIT_CONTAINERS } from './schema.js';
import { explainError } from './messages.js';
import { escapePointerSegment, getOwn, parsePointer, resolvePointer, toPointer } from './pointer.js';

type Json = Record<string, unknown>;

/** One structural problem, at one place in the document. */
export interface StructuralIssue {
  /** JSON pointer of the offending value (or of the object that lacks a field). */
  pointer: string;
  /** The JSON Schema keyword that failed, for tools; the message is for people. */
  keyword: string;
  message: string;
  /** Pointer of the checklist item value the issue lies in, if any. */
  itemPointer?: string;
}

const validators = generated as unknown as Record<string, GeneratedValidator>;

function isPlainObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An item value found in a document: where it is and which `$defs` entry validates it. */
export interface ItemLocation {
  pointer: string;
  defName: string;
  value: unknown;
}

interface ItemSlot {
  key: string;
  defName: string;
  /** The validator of the value state. */
  validateValue: GeneratedValidator;
}

/** Per section, its item slots and the list of unit entries that may hold them, worked out once. */
const SECTION_SLOTS: ReadonlyArray<{ section: string; container: string | undefined; slots: ItemSlot[] }> = Object.entries(ITEM_DEFS).map(
  ([section, items]) => ({
    section,
    container: UNIT_CONTAINERS[section]?.container,
    slots: Object.entries(items).map(([key, defName]) => ({ key, defName, validateValue: validators[`value_${defName}`]! })),
  }),
);

/**
 * Calls `visit` for every item value present in the document, at section level and in preparation/arm
 * entries, in document order; the path is built only when asked for (it is needed for problems alone).
 */
function forEachItem(document: Json, visit: (slot: ItemSlot, value: unknown, path: () => Array<string | number>) => void): void {
  for (const { section, container, slots } of SECTION_SLOTS) {
    const sectionValue = getOwn(document, section);
    if (!isPlainObject(sectionValue)) continue;
    for (const slot of slots) {
      const value = getOwn(sectionValue, slot.key);
      if (value !== undefined) visit(slot, value, () => [section, slot.key]);
    }
    const entries = container ? getOwn(sectionValue, container) : undefined;
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, index) => {
      if (!isPlainObject(entry)) return;
      for (const slot of slots) {
        const value = getOwn(entry, slot.key);
        if (value !== undefined) visit(slot, value, () => [section, container!, index, slot.key]);
      }
    });
  }
}

/** Every item value present in the document, at section level and in preparation/arm entries. */
export function itemLocations(document: unknown): ItemLocation[] {
  const out: ItemLocation[] = [];
  if (isPlainObject(document)) forEachItem(document, (slot, value, path) => out.push({ pointer: toPointer(path()), defName: slot.defName, value }));
  return out;
}

type ItemState = 'notApplicable' | 'notReported' | 'value';

function stateOf(value: unknown): ItemState {
  if (isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, 'notApplicable')) return 'notApplicable';
  if (isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, 'notReported')) return 'notReported';
  return 'value';
}

function stateValidator(slot: ItemSlot, state: ItemState): GeneratedValidator {
  if (state === 'notApplicable') return validators.validateNotApplicable!;
  if (state === 'notReported') return validators.validateNotReported!;
  return slot.validateValue;
}

/** The schema node an item's errors are relative to: the definition of the state it is written in. */
function stateRoot(defName: string, state: ItemState): Json | undefined {
  if (state === 'notApplicable') return definition('NotApplicable');
  if (state === 'notReported') return definition('NotReported');
  return (definition(defName)?.oneOf as Json[] | undefined)?.[2];
}

function derefOnce(node: Json | undefined): Json | undefined {
  const ref = node?.$ref;
  return typeof ref === 'string' && ref.startsWith('#/$defs/') ? definition(ref.slice(8)) : undefined;
}

/**
 * The schema roots an error's schemaPath may be relative to: ajv restarts schemaPath at every `$ref`, so we
 * walk the instance path through the schema and collect each referenced definition on the way.
 */
function rootsAlong(root: Json | undefined, segments: string[]): Json[] {
  const roots: Json[] = [];
  let node = root;
  const enter = (): void => {
    for (let target = derefOnce(node); target; target = derefOnce(node)) {
      node = target;
    }
    if (node) roots.push(node);
  };
  if (node) roots.push(node);
  enter();
  for (const segment of segments) {
    if (!node) break;
    const properties = node.properties as Record<string, Json> | undefined;
    node = /^\d+$/.test(segment) && node.items ? (node.items as Json) : properties?.[segment];
    enter();
  }
  return roots.reverse();
}

function locateKeyword(roots: Json[], schemaPath: string): Json | undefined {
  const parts = parsePointer(schemaPath.replace(/^#/, ''));
  const containerParts = parts.slice(0, -1);
  const keyword = parts[parts.length - 1];
  for (const root of parts[0] === '$defs' ? [schema as Json] : roots) {
    const container = resolvePointer(root, toPointer(containerParts)) as Json | undefined;
    if (isPlainObject(container) && keyword !== undefined && keyword in container) return container;
  }
  return undefined;
}

interface LocatedError {
  error: GeneratedError;
  container: Json | undefined;
}

/**
 * A conditional or alternative rule with its own domain message speaks for the errors beneath it; one
 * without a message is left to those errors, which say more.
 */
function withoutRestatements(located: LocatedError[]): LocatedError[] {
  const isBelow = (inner: LocatedError, outer: LocatedError, prefix: string): boolean =>
    inner !== outer &&
    inner.error.schemaPath.startsWith(prefix) &&
    (inner.error.instancePath === outer.error.instancePath || inner.error.instancePath.startsWith(`${outer.error.instancePath}/`));
  const prefixOf = ({ error }: LocatedError): string =>
    error.keyword === 'if' ? `${error.schemaPath.slice(0, -'/if'.length)}/then` : `${error.schemaPath}/`;
  const rules = located.filter(({ error }) => error.keyword === 'if' || error.keyword === 'anyOf');
  return located.filter((entry) => {
    if (rules.includes(entry)) {
      const explained = typeof entry.container?.['x-message'] === 'string';
      return explained || !located.some((inner) => isBelow(inner, entry, prefixOf(entry)));
    }
    return !rules.some((rule) => typeof rule.container?.['x-message'] === 'string' && isBelow(entry, rule, prefixOf(rule)));
  });
}

function issuesFrom(errors: GeneratedError[] | null | undefined, base: string, root: Json | undefined, data: unknown, itemPointer?: string): StructuralIssue[] {
  const located = (errors ?? []).map((error) => ({
    error,
    container: locateKeyword(rootsAlong(root, parsePointer(error.instancePath)), error.schemaPath),
  }));
  return withoutRestatements(located).map(({ error, container }) => ({
    pointer: base + error.instancePath,
    keyword: error.keyword,
    message: explainError(error, { container, value: resolvePointer(data, error.instancePath), parent: resolvePointer(data, error.instancePath.replace(/\/[^/]*$/, '')) }),
    ...(itemPointer !== undefined ? { itemPointer } : {}),
  }));
}

/** Every structural problem of the document, in document order of discovery. Never throws for any JSON value. */
export function validateStructure(document: unknown): StructuralIssue[] {
  const skeleton = validators.validateSkeleton!;
  const issues: StructuralIssue[] = [];
  if (!skeleton(document)) issues.push(...issuesFrom(skeleton.errors, '', schema as Json, document));
  if (!isPlainObject(document)) return issues;
  forEachItem(document, (slot, value, path) => {
    const state = stateOf(value);
    const validator = stateValidator(slot, state);
    if (!validator(value)) {
      const pointer = toPointer(path());
      issues.push(...issuesFrom(validator.errors, pointer, stateRoot(slot.defName, state), value, pointer));
    }
  });
  return issues;
}

export { escapePointerSegment };
