/**
 * Structural validation of a study document with the precompiled validators: the document skeleton
 * first, then every item present with the validator of the state it is written in. One validator per
 * schema version (`createStructureValidator`); the plain exports below are the 1.0 one, kept while callers
 * move to the version registry (`versions.ts`).
 */
import { explainersOf } from './explainers.js';
import type { GeneratedError, GeneratedValidator } from './runtime.js';
import { createSchemaFacts, unwrapDetail, type SchemaFacts } from './facts.js';
import { fastCheckOf } from './fast-check.js';
import { schema as schema10, UNIT_CONTAINERS } from './schema.js';
import { explainError } from './messages.js';
import { escapePointerSegment, getOwn, parsePointer, resolvePointer, toPointer, isPlainObject } from './pointer.js';

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

type ItemState = 'notApplicable' | 'notReported' | 'value';

function stateOf(value: unknown): ItemState {
  if (isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, 'notApplicable')) return 'notApplicable';
  if (isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, 'notReported')) return 'notReported';
  return 'value';
}

export interface StructureValidator {
  /** Every structural problem of the document, in document order of discovery. Never throws for any JSON value. */
  validateStructure(document: unknown): StructuralIssue[];
  /** Every item value present in the document, at section level and in preparation/arm entries. */
  itemLocations(document: unknown): ItemLocation[];
}

/**
 * The structural validator of one schema version, from its facts and its generated validators. With
 * `isValidDocument` (the fast check of the same schema, `fastCheckOf`), a document it accepts has no issue
 * and is not walked; the validators that explain run only for a document it rejects.
 */
export function createStructureValidator(
  facts: SchemaFacts,
  validators: Record<string, GeneratedValidator>,
  isValidDocument?: (document: unknown) => boolean,
): StructureValidator {
  const schema = facts.schema as Json;
  const definition = facts.definition;

  /** Per section, its item slots and the list of unit entries that may hold them, worked out once. */
  const sectionSlots: ReadonlyArray<{ section: string; container: string | undefined; slots: ItemSlot[] }> = Object.entries(facts.itemDefs).map(
    ([section, items]) => ({
      section,
      container: facts.unitContainers[section]?.container,
      slots: Object.entries(items).map(([key, defName]) => ({ key, defName, validateValue: validators[`value_${defName}`]! })),
    }),
  );

  /**
   * Calls `visit` for every item value present in the document, at section level and in preparation/arm
   * entries, in document order; the path is built only when asked for (it is needed for problems alone).
   */
  function forEachItem(document: Json, visit: (slot: ItemSlot, value: unknown, path: () => Array<string | number>) => void): void {
    for (const { section, container, slots } of sectionSlots) {
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

  /**
   * Through detail-state wrappers and `$ref`s to the node that has a shape. A wrapper leads to the state's
   * definition when the value is written as a state, else to the original branch.
   */
  function enterNode(start: Json | undefined, value: unknown, visitDef: (node: Json) => void): Json | undefined {
    let node = start;
    for (let step = 0; node && step < 20; step++) {
      const unwrapped = unwrapDetail(node);
      if (unwrapped !== node) {
        const state = stateOf(value);
        node = state === 'value' ? unwrapped : definition(state === 'notApplicable' ? 'NotApplicable' : 'NotReported');
        if (node && state !== 'value') visitDef(node);
        continue;
      }
      const ref = node.$ref;
      if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) break;
      node = definition(ref.slice(8));
      if (node) visitDef(node);
    }
    return node;
  }

  /**
   * The schema roots an error's schemaPath may be relative to: ajv restarts schemaPath at every `$ref`, so we
   * walk the instance path through the schema (and the data, to see which state a value is written in) and
   * collect each referenced definition on the way.
   */
  function rootsAlong(root: Json | undefined, segments: string[], data: unknown): Json[] {
    const roots: Json[] = [];
    if (root) roots.push(root);
    const push = (node: Json): void => {
      roots.push(node);
    };
    let value = data;
    let node = enterNode(root, value, push);
    for (const segment of segments) {
      if (!node) break;
      value = getOwn(value, Array.isArray(value) ? Number(segment) : segment);
      const properties = node.properties as Record<string, Json> | undefined;
      node = enterNode(/^\d+$/.test(segment) && node.items ? (node.items as Json) : properties?.[segment], value, push);
      if (node && roots[roots.length - 1] !== node) roots.push(node);
    }
    return roots.reverse();
  }

  /**
   * The schema node at a path of the compiled schema, read in the committed one: the generator compiles
   * each detail-state wrapper `anyOf: [DetailState, original]` as if/then/else with the original as `then`.
   */
  function walkSchema(root: Json, parts: string[]): Json | undefined {
    let node: unknown = root;
    for (const part of parts) {
      if (isPlainObject(node) && part === 'then' && unwrapDetail(node) !== node) node = unwrapDetail(node);
      else node = getOwn(node, Array.isArray(node) ? Number(part) : part);
      if (node === undefined) return undefined;
    }
    return isPlainObject(node) ? node : undefined;
  }

  function locateKeyword(roots: Json[], schemaPath: string): Json | undefined {
    const parts = parsePointer(schemaPath.replace(/^#/, ''));
    const keyword = parts.pop();
    for (const root of parts[0] === '$defs' ? [schema] : roots) {
      const container = walkSchema(root, parts);
      if (container && keyword !== undefined && keyword in container) return container;
    }
    return undefined;
  }

  /**
   * The `if` of a detail-state wrapper, or of the choice between the two states, fails only alongside the
   * errors of the branch taken, which say it better.
   */
  function isStateDispatch(error: GeneratedError, roots: Json[], data: unknown): boolean {
    if (error.schemaPath === '#/if' && stateOf(resolvePointer(data, error.instancePath)) !== 'value') return true;
    if (locateKeyword(roots, error.schemaPath)) return false; // a rule of the schema itself
    const parts = parsePointer(error.schemaPath.replace(/^#/, '')).slice(0, -1);
    return roots.some((root) => {
      const node = walkSchema(root, parts);
      return node !== undefined && unwrapDetail(node) !== node;
    });
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
    const located: LocatedError[] = [];
    for (const error of errors ?? []) {
      const roots = rootsAlong(root, parsePointer(error.instancePath), data);
      if (error.keyword === 'if' && isStateDispatch(error, roots, data)) continue;
      located.push({ error, container: locateKeyword(roots, error.schemaPath) });
    }
    return withoutRestatements(located).map(({ error, container }) => ({
      pointer: base + error.instancePath,
      keyword: error.keyword,
      message: explainError(error, {
        container,
        value: resolvePointer(data, error.instancePath),
        key: parsePointer(base + error.instancePath).pop(),
        parent: resolvePointer(data, error.instancePath.replace(/\/[^/]*$/, '')),
      }),
      ...(itemPointer !== undefined ? { itemPointer } : {}),
    }));
  }

  return {
    validateStructure(document) {
      // Most documents are valid: one plain boolean pass decides that in a fraction of the explaining walk's time.
      if (isValidDocument?.(document)) return [];
      const skeleton = validators.validateSkeleton!;
      const issues: StructuralIssue[] = [];
      if (!skeleton(document)) issues.push(...issuesFrom(skeleton.errors, '', schema, document));
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
    },
    itemLocations(document) {
      const out: ItemLocation[] = [];
      if (isPlainObject(document)) forEachItem(document, (slot, value, path) => out.push({ pointer: toPointer(path()), defName: slot.defName, value }));
      return out;
    },
  };
}

const facts10 = createSchemaFacts(schema10 as Json, UNIT_CONTAINERS);
const structure10 = createStructureValidator(facts10, explainersOf('1.0'), fastCheckOf(facts10));

/** Every item value present in a 1.0 document, at section level and in preparation/arm entries. */
export function itemLocations(document: unknown): ItemLocation[] {
  return structure10.itemLocations(document);
}

/** Every structural problem of a 1.0 document, in document order of discovery. Never throws for any JSON value. */
export function validateStructure(document: unknown): StructuralIssue[] {
  return structure10.validateStructure(document);
}

export { escapePointerSegment };
