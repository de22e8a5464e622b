/**
 * The fast boolean check of a whole document: the structural validator asks it first and walks a document
 * with ajv's explaining validators only when it says no. It must accept exactly what that walk accepts: the
 * skeleton, plus each item it visits checked as the state it is written in (test/schema/fast-check.property.test.ts).
 *
 * Why an interpreter over the schema rather than more generated code: a CLI run over 1,000 files ends
 * before generated code gets warm. Hundreds of generated functions each run a few times per document and
 * stay in V8's interpreter for most of the run (the same document costs 0.3 ms cold and 0.09 ms warm). One
 * small `check` runs for every value of every document, so V8 optimises it within the first documents.
 */
import type { SchemaFacts } from './facts.js';
import { deepEqual, ucs2length } from './runtime.js';

type Json = Record<string, unknown>;

/** Where the structural walk finds items: per section, item key → `$defs` name, and each section's list of unit entries. */
export interface ItemPlaces {
  itemDefs: Readonly<Record<string, Readonly<Record<string, string>>>>;
  containers: Readonly<Record<string, string>>;
}

// The bits below are `const enum`s: esbuild writes their numbers in place, where a module constant would be
// read from memory at every use in `check` (until V8 optimises it, a load per test per value).

/** JSON Schema types, one bit each. */
const enum Type {
  Null = 1,
  Boolean = 2,
  Object = 4,
  Array = 8,
  Number = 16,
  Integer = 32,
  String = 64,
}
const TYPE_BITS: Record<string, Type> = { null: Type.Null, boolean: Type.Boolean, object: Type.Object, array: Type.Array, number: Type.Number, integer: Type.Integer, string: Type.String };

/** How `check` reaches the node that decides: the node itself, an item's state, or a detail's state. */
const enum Kind {
  Decides,
  Item,
  Detail,
}

/**
 * Which tests a node has beyond its types, one bit each: `check` reads this one field and skips every test
 * the node lacks (most text has a length limit and nothing else; most nodes have no logic).
 */
const enum Test {
  Enum = 1,
  Const = 2,
  Length = 4,
  Pattern = 8,
  Limits = 16,
  Count = 32,
  Logic = 64,
  /** Tests that no document of ours needs on its hot path: `false`, enums or consts of objects or lists, uniqueItems. */
  Rare = 128,
}

/** One schema node, compiled. Every node has every field (one shape), so `check` stays monomorphic. */
class Node {
  /** Decides, or Item / Detail: the node only chooses, by the state the value is written in, between `branch` and a state. */
  kind: Kind = Kind.Decides;
  /** An item's value branch (Item: checked as the state it is written in, as the walk does), or a detail's original (Detail). */
  branch: Node | null = null;
  /** The tests the node has (Test bits), worked out when it is filled. */
  tests = 0;
  never = false;
  types = 0;
  enumSet: Set<unknown> | null = null;
  enumValues: unknown[] | null = null;
  hasConst = false;
  constValue: unknown = undefined;
  /** A const that is not an object or list compares with ===, as ajv's code does. */
  constPrimitive = false;
  /**
   * Property name → node, in an object without prototype (no key of a document can reach an inherited one).
   * Not a Map: before V8 optimises `check`, a keyed read costs far less than a call to `Map.get`
   * (first 300 documents: 0.98 → 0.84 M instructions each; warm, 3 % more).
   */
  properties: Record<string, Node | undefined> | null = null;
  propertyList: Array<[string, Node]> | null = null;
  closed = false;
  additional: Node | null = null;
  required: string[] | null = null;
  minProperties = -1;
  items: Node | null = null;
  minItems = -1;
  maxItems = -1;
  unique = false;
  minLength = -1;
  maxLength = -1;
  pattern: RegExp | null = null;
  minimum = -Infinity;
  maximum = Infinity;
  exclusiveMinimum = -Infinity;
  exclusiveMaximum = Infinity;
  all: Node[] | null = null;
  anyOf: Node[] | null = null;
  oneOf: Node[] | null = null;
  ifNode: Node | null = null;
  thenNode: Node | null = null;
  elseNode: Node | null = null;
  /** `allOf` of if/then rules that each test one key for a different text (`caseKey`): the text → its `then`. */
  cases: Map<string, Node> | null = null;
  caseKey = '';
}

/** The tests bits of a filled node. */
function testsOf(node: Node): number {
  let tests = 0;
  if (node.enumSet !== null) tests |= Test.Enum;
  if (node.hasConst) tests |= node.constPrimitive ? Test.Const : Test.Rare;
  if (node.minLength >= 0 || node.maxLength >= 0) tests |= Test.Length;
  if (node.pattern !== null) tests |= Test.Pattern;
  if (node.minimum !== -Infinity || node.maximum !== Infinity || node.exclusiveMinimum !== -Infinity || node.exclusiveMaximum !== Infinity) tests |= Test.Limits;
  if (node.minItems >= 0 || node.maxItems >= 0) tests |= Test.Count;
  if (node.all !== null || node.anyOf !== null || node.oneOf !== null || node.ifNode !== null || node.cases !== null) tests |= Test.Logic;
  if (node.never || node.enumValues !== null || node.unique) tests |= Test.Rare;
  return tests;
}

/** Keywords that only annotate: they decide nothing. */
const INERT = new Set(['$schema', '$id', '$defs', 'title', 'description', '$comment', 'x-message', 'x-sources']);
const KNOWN = new Set([
  ...INERT, '$ref', 'type', 'enum', 'const', 'properties', 'additionalProperties', 'required', 'minProperties', 'items', 'minItems', 'maxItems',
  'uniqueItems', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else',
]);
const NUMBER_LIMITS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const;
const DETAIL_STATE = '#/$defs/DetailState';
const hasOwn = Object.prototype.hasOwnProperty;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether `data` equals one of `values` (an enum with objects or lists in it). */
function inList(values: unknown[], data: unknown): boolean {
  for (let index = 0; index < values.length; index++) if (deepEqual(data, values[index])) return true;
  return false;
}

/** A detail-state wrapper of schema 1.1: `anyOf: [{ $ref: DetailState }, original]`. */
function isDetailWrapper(schema: Json): boolean {
  const anyOf = schema.anyOf;
  return Array.isArray(anyOf) && anyOf.length === 2 && (anyOf[0] as Json | undefined)?.$ref === DETAIL_STATE;
}

/** The keywords of a schema that decide something. */
function activeKeys(schema: Json): string[] {
  return Object.keys(schema).filter((key) => !INERT.has(key));
}

/** How many keywords of a schema decide something: activeKeys(schema).length without making the list (once per subschema compiled). */
function activeKeyCount(schema: Json): number {
  let count = 0;
  for (const key in schema) if (!INERT.has(key)) count++;
  return count;
}

/** The key and text of an `if` that says "this key is written and is this text", else undefined. */
function keyIsText(schema: unknown): [key: string, text: string] | undefined {
  if (!isObject(schema) || activeKeys(schema).join() !== 'properties,required') return undefined;
  const properties = schema.properties as Json;
  const keys = Object.keys(properties);
  const test = properties[keys[0]!];
  if (keys.length !== 1 || !isObject(test) || activeKeys(test).join() !== 'const' || typeof test.const !== 'string') return undefined;
  const required = schema.required;
  return Array.isArray(required) && required.length === 1 && required[0] === keys[0] ? [keys[0]!, test.const] : undefined;
}

/**
 * An `allOf` of rules `if: { properties: { K: { const: text } }, required: [K] }, then: …`, all on the same
 * key K with different texts (a dose's unit by its basis), as K's text → its `then`; undefined for any other
 * `allOf`. At most one `if` holds, so one lookup replaces testing every `if` (14 for a dose amount).
 */
function caseRules(allOf: unknown): { key: string; thens: Map<string, unknown> } | undefined {
  if (!Array.isArray(allOf) || allOf.length < 2) return undefined;
  let key: string | undefined;
  const thens = new Map<string, unknown>();
  for (const rule of allOf) {
    if (!isObject(rule) || activeKeys(rule).join() !== 'if,then') return undefined;
    const test = keyIsText(rule.if);
    if (test === undefined || (key !== undefined && test[0] !== key) || thens.has(test[1])) return undefined;
    key = test[0];
    thens.set(test[1], rule.then);
  }
  return { key: key!, thens };
}

/** Compiles a schema version into its fast check. Throws on a keyword it does not know (tests compile every version). */
export function compileFastCheck(schema: Json, places: ItemPlaces): (document: unknown) => boolean {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  const compiledDefs = new Map<string, Node>();
  const always = new Node();
  const never = new Node();
  never.never = true;
  never.tests = testsOf(never);

  const defName = (ref: unknown): string => {
    const name = typeof ref === 'string' && ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
    if (name === undefined || !hasOwn.call(defs, name)) throw new Error(`fast check: unsupported $ref ${String(ref)}`);
    return name;
  };
  const isItemDef = (name: string): boolean => {
    const oneOf = defs[name]?.oneOf as Json[] | undefined;
    return oneOf?.[0]?.$ref === '#/$defs/NotApplicable' && oneOf?.[1]?.$ref === '#/$defs/NotReported';
  };
  /** A definition, compiled once; the node exists before its fields, so a definition may refer to itself. */
  function definition(name: string): Node {
    const known = compiledDefs.get(name);
    if (known) return known;
    const schema = defs[name] as Json | boolean;
    if (typeof schema === 'boolean') return schema ? always : never;
    const node = new Node();
    compiledDefs.set(name, node);
    fill(node, schema, false);
    return node;
  }
  function stateDefinition(name: 'NotApplicable' | 'NotReported'): Node {
    if (!defs[name]) throw new Error(`fast check: the schema has no ${name}`);
    return definition(name);
  }

  function compile(schema: unknown, inRoot: boolean): Node {
    if (schema === true) return always;
    if (schema === false) return never;
    // A bare reference (beside a description at most) is its definition: most subschemas are one, and the
    // node saved is a check saved per value.
    const ref = (schema as Json | null)?.$ref;
    if (ref !== undefined && activeKeyCount(schema as Json) === 1 && !(inRoot && isItemDef(defName(ref)))) return definition(defName(ref));
    const node = new Node();
    fill(node, schema as Json, inRoot);
    return node;
  }

  /** `inRoot`: the node lies in the document's own tree, where the skeleton leaves each item to the walk. */
  function fill(node: Node, schema: Json, inRoot: boolean): void {
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) throw new Error(`fast check: not a schema: ${JSON.stringify(schema)}`);
    for (const key in schema) if (!KNOWN.has(key)) throw new Error(`fast check: keyword "${key}" is not supported; extend src/schema/fast-check.ts`);
    if (inRoot && typeof schema.$ref === 'string' && isItemDef(defName(schema.$ref))) {
      // The skeleton replaces the item, siblings and all, by `true`; the walk checks its value branch or state.
      node.kind = Kind.Item;
      node.branch = itemNode(defName(schema.$ref));
      return;
    }
    const all: Node[] = [];
    if (schema.$ref !== undefined) all.push(definition(defName(schema.$ref)));
    if (schema.type !== undefined) {
      for (const type of (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[]) {
        const bit = TYPE_BITS[type];
        if (bit === undefined) throw new Error(`fast check: unknown type ${type}`);
        node.types |= bit;
      }
    }
    if (Array.isArray(schema.enum)) {
      if (schema.enum.every((value) => value === null || typeof value !== 'object')) node.enumSet = new Set(schema.enum);
      else node.enumValues = schema.enum;
    }
    if ('const' in schema) {
      node.hasConst = true;
      node.constValue = schema.const;
      node.constPrimitive = schema.const === null || typeof schema.const !== 'object';
    }
    if (schema.properties !== undefined) {
      node.propertyList = Object.entries(schema.properties as Json).map(([key, sub]) => [key, compile(sub, inRoot)]);
      // Filled in place: Object.fromEntries and Object.assign made and copied a second object per node.
      const properties = Object.create(null) as Record<string, Node | undefined>;
      for (const [key, sub] of node.propertyList) properties[key] = sub;
      node.properties = properties;
    }
    if (schema.additionalProperties === false) node.closed = true;
    else if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) node.additional = compile(schema.additionalProperties, inRoot);
    if (Array.isArray(schema.required) && schema.required.length > 0) node.required = schema.required as string[];
    if (typeof schema.minProperties === 'number') node.minProperties = schema.minProperties;
    if (schema.items !== undefined) {
      if (Array.isArray(schema.items)) throw new Error('fast check: tuple items are not supported');
      node.items = compile(schema.items, inRoot);
    }
    if (typeof schema.minItems === 'number') node.minItems = schema.minItems;
    if (typeof schema.maxItems === 'number') node.maxItems = schema.maxItems;
    node.unique = schema.uniqueItems === true;
    if (typeof schema.minLength === 'number') node.minLength = schema.minLength;
    if (typeof schema.maxLength === 'number') node.maxLength = schema.maxLength;
    // As ajv compiles a pattern: with the "u" flag.
    if (typeof schema.pattern === 'string') node.pattern = new RegExp(schema.pattern, 'u');
    for (const keyword of NUMBER_LIMITS) {
      if (typeof schema[keyword] === 'number') {
        node[keyword] = schema[keyword];
      }
    }
    const cases = caseRules(schema.allOf);
    if (cases !== undefined) {
      node.caseKey = cases.key;
      node.cases = new Map([...cases.thens].map(([text, then]) => [text, compile(then, inRoot)]));
    } else for (const sub of (schema.allOf as unknown[] | undefined) ?? []) all.push(compile(sub, inRoot));
    if (isDetailWrapper(schema)) {
      // As the generator compiles it (scripts/lib/codegen.ts): the original unless written as a state. A
      // wrapper with keywords beside it is one more rule of the node, so that a `detail` node only chooses.
      const wrapper = activeKeys(schema).length === 1 ? node : new Node();
      wrapper.kind = Kind.Detail;
      wrapper.branch = compile((schema.anyOf as unknown[])[1], inRoot);
      if (wrapper !== node) all.push(wrapper);
    } else if (Array.isArray(schema.anyOf)) node.anyOf = schema.anyOf.map((sub) => compile(sub, inRoot));
    if (all.length > 0) node.all = all;
    if (Array.isArray(schema.oneOf)) node.oneOf = schema.oneOf.map((sub) => compile(sub, inRoot));
    if (schema.if !== undefined) {
      node.ifNode = compile(schema.if, inRoot);
      node.thenNode = schema.then === undefined ? null : compile(schema.then, inRoot);
      node.elseNode = schema.else === undefined ? null : compile(schema.else, inRoot);
    }
    node.tests = testsOf(node);
  }

  const itemNodes = new Map<string, Node>();
  /** The value branch of an item (`oneOf[2]`), checked when the item is not written as a state. */
  function itemNode(name: string): Node {
    const known = itemNodes.get(name);
    if (known) return known;
    const node = compile((defs[name]!.oneOf as unknown[])[2], false);
    itemNodes.set(name, node);
    return node;
  }

  assertWalkCovered(schema, places);
  const notApplicable = stateDefinition('NotApplicable');
  const notReported = stateDefinition('NotReported');
  const root = compile({ ...schema, $defs: undefined }, true);

  /** The node an item written as an object is checked with: the state it is written in, as `stateOf` decides (an own field, whatever its value). */
  function itemState(value: Node, data: Json): Node {
    if (hasOwn.call(data, 'notApplicable')) return notApplicable;
    return hasOwn.call(data, 'notReported') ? notReported : value;
  }

  /** The node a detail written as an object is checked with: a state by its shape (the generator's DetailStateByShape), else the original. */
  function detailState(original: Node, data: Json): Node {
    if (data.notApplicable !== undefined) return notApplicable;
    return data.notReported !== undefined ? notReported : original;
  }

  /**
   * Whether `data` satisfies `node`: every kind of value and every keyword but the logic and the rare ones,
   * in one function that calls itself for the values inside. Why one: TurboFan never inlines a function into
   * itself, so it compiles this once, where it compiled a `check` and a `checkObject` that had each other
   * inlined (measured on 1,000 files without concurrent recompilation: the fast check's functions took ≈ 20 ms
   * of compiling, now ≈ 12, `check` 7.5 of it; and a call less per object, text and list while it still runs
   * in the interpreter).
   */
  function check(start: Node, data: unknown): boolean {
    let node = start;
    // Items and details only choose the node that decides, by the state an object is written in.
    for (let kind = node.kind; kind !== Kind.Decides; kind = node.kind) {
      if (typeof data !== 'object' || data === null || Array.isArray(data)) node = node.branch!;
      else node = kind === Kind.Item ? itemState(node.branch!, data as Json) : detailState(node.branch!, data as Json);
    }
    const tests = node.tests;
    const types = node.types;
    if ((tests & Test.Rare) !== 0 && !checkRare(node, data)) return false;
    switch (typeof data) {
      case 'string':
        if (types !== 0 && (types & Type.String) === 0) return false;
        if ((tests & Test.Length) !== 0) {
          // Code points are at most the UTF-16 length and at least half of it: count them only when that decides.
          if (node.minLength >= 0 && data.length < 2 * node.minLength && ucs2length(data) < node.minLength) return false;
          if (node.maxLength >= 0 && data.length > node.maxLength && ucs2length(data) > node.maxLength) return false;
        }
        if ((tests & Test.Pattern) !== 0 && !node.pattern!.test(data)) return false;
        // Text against the texts of an enum or const here, other values in `isListed`: each compare then meets one
        // kind of value, and V8's code for it is not thrown away when `notReported: true` first comes by.
        if ((tests & Test.Enum) !== 0 && !node.enumSet!.has(data)) return false;
        if ((tests & Test.Const) !== 0 && data !== node.constValue) return false;
        break;
      case 'number':
        // ajv under strictNumbers: no number that is not finite, and an integer has no fraction.
        if (types !== 0 && (!Number.isFinite(data) || (types & (data % 1 === 0 ? Type.Number | Type.Integer : Type.Number)) === 0)) return false;
        if ((tests & Test.Limits) !== 0 && Number.isFinite(data) && (data < node.minimum || data > node.maximum || data <= node.exclusiveMinimum || data >= node.exclusiveMaximum)) return false;
        break;
      case 'boolean':
        if (types !== 0 && (types & Type.Boolean) === 0) return false;
        break;
      case 'object':
        if (data === null) {
          if (types !== 0 && (types & Type.Null) === 0) return false;
        } else if (Array.isArray(data)) {
          if (types !== 0 && (types & Type.Array) === 0) return false;
          if ((tests & Test.Count) !== 0 && ((node.minItems >= 0 && data.length < node.minItems) || (node.maxItems >= 0 && data.length > node.maxItems))) return false;
          const items = node.items;
          if (items !== null) for (let index = 0; index < data.length; index++) if (!check(items, data[index])) return false;
        } else {
          if (types !== 0 && (types & Type.Object) === 0) return false;
          const object = data as Json;
          const required = node.required;
          if (required !== null) for (let index = 0; index < required.length; index++) if (object[required[index]!] === undefined) return false;
          if (node.minProperties >= 0 && Object.keys(object).length < node.minProperties) return false;
          const properties = node.properties;
          if (node.closed || node.additional !== null) {
            // One pass over the fields written. A field written as undefined (not JSON) is checked too, which
            // can only send the document to the explaining walk.
            for (const key in object) {
              const sub = properties === null ? undefined : properties[key];
              if (sub !== undefined) {
                if (!check(sub, object[key])) return false;
              } else if (node.closed || !check(node.additional!, object[key])) return false;
            }
          } else {
            const list = node.propertyList;
            if (list !== null) {
              for (let index = 0; index < list.length; index++) {
                const entry = list[index]!;
                const value = object[entry[0]];
                if (value !== undefined && !check(entry[1], value)) return false;
              }
            }
          }
        }
        break;
      default:
        // Not a JSON value (undefined, a function): only a node without a type accepts it.
        if (types !== 0) return false;
    }
    if ((tests & (Test.Enum | Test.Const)) !== 0 && typeof data !== 'string' && !isListed(node, data)) return false;
    return (tests & Test.Logic) === 0 || checkLogic(node, data);
  }

  /** A value that is not text against a node's enum and primitive const. */
  function isListed(node: Node, data: unknown): boolean {
    if (node.enumSet !== null && !node.enumSet.has(data)) return false;
    return (node.tests & Test.Const) === 0 || data === node.constValue;
  }

  /** The tests no document of ours meets on the hot path (Test.Rare): `false`, an enum or const of objects or lists, uniqueItems. */
  function checkRare(node: Node, data: unknown): boolean {
    if (node.never) return false;
    if (node.enumValues !== null && !inList(node.enumValues, data)) return false;
    if (node.hasConst && !node.constPrimitive && !deepEqual(data, node.constValue)) return false;
    if (node.unique && Array.isArray(data)) for (let i = 1; i < data.length; i++) for (let j = 0; j < i; j++) if (deepEqual(data[i], data[j])) return false;
    return true;
  }

  /** allOf (and `$ref` beside other keywords), anyOf, oneOf, if/then/else, and rules chosen by a key's text. */
  function checkLogic(node: Node, data: unknown): boolean {
    const all = node.all;
    if (all !== null) for (let index = 0; index < all.length; index++) if (!check(all[index]!, data)) return false;
    const anyOf = node.anyOf;
    if (anyOf !== null) {
      let passing = false;
      for (let index = 0; index < anyOf.length && !passing; index++) passing = check(anyOf[index]!, data);
      if (!passing) return false;
    }
    const oneOf = node.oneOf;
    if (oneOf !== null) {
      let passing = 0;
      for (let index = 0; index < oneOf.length; index++) if (check(oneOf[index]!, data)) passing++;
      if (passing !== 1) return false;
    }
    if (node.ifNode !== null) {
      const branch = check(node.ifNode, data) ? node.thenNode : node.elseNode;
      if (branch !== null && !check(branch, data)) return false;
    }
    const cases = node.cases;
    if (cases !== null) {
      if (!isObject(data)) {
        // Every `if` holds for a value that is not an object (properties and required ask nothing of it).
        for (const then of cases.values()) if (!check(then, data)) return false;
      } else {
        const text = data[node.caseKey];
        const then = typeof text === 'string' ? cases.get(text) : undefined;
        if (then !== undefined && !check(then, data)) return false;
      }
    }
    return true;
  }

  return (document) => check(root, document);
}

/**
 * Every place the walk (`forEachItem`) visits must be an item of the document's own tree, which the check
 * above dispatches in place: a section's item, or the same item in the section's unit entries (or a field
 * those entries refuse, which the skeleton rejects anyway).
 */
function assertWalkCovered(schema: Json, places: ItemPlaces): void {
  const root = (schema.properties ?? {}) as Record<string, Json>;
  for (const [section, slots] of Object.entries(places.itemDefs)) {
    const sectionSchema = root[section];
    const container = places.containers[section];
    const entrySchema = container ? ((sectionSchema?.properties as Record<string, Json> | undefined)?.[container]?.items as Json | undefined) : undefined;
    for (const [key, name] of Object.entries(slots)) {
      if ((sectionSchema?.properties as Record<string, Json> | undefined)?.[key]?.$ref !== `#/$defs/${name}`) throw new Error(`fast check: ${section}.${key} is not the item ${name}`);
      const entryItem = (entrySchema?.properties as Record<string, Json> | undefined)?.[key];
      if (container && (entryItem ? entryItem.$ref !== `#/$defs/${name}` : entrySchema?.additionalProperties !== false)) {
        throw new Error(`fast check: ${section}.${container}[].${key} is not the item ${name}`);
      }
    }
  }
}

/** The fast check of a schema version, compiled on its first document (a run that never meets the version never pays). */
export function fastCheckOf(facts: SchemaFacts): (document: unknown) => boolean {
  let check: ((document: unknown) => boolean) | undefined;
  const places: ItemPlaces = {
    itemDefs: facts.itemDefs,
    containers: Object.fromEntries(Object.entries(facts.unitContainers).map(([section, spec]) => [section, spec.container])),
  };
  return (document) => (check ??= compileFastCheck(facts.schema as Json, places))(document);
}
