/**
 * The fast boolean check of a whole document, generated from the same compiled schema as the ajv
 * validators (see codegen.ts). ajv's code is built to explain: every call to a `$ref` passes an options
 * object with the instance path, every failure is bookkept. On the common path (a structurally valid
 * document) none of that is needed: a plain function per definition that returns false at the first
 * failure decides as well, and only a document it rejects goes through the validators that explain.
 *
 * It must accept exactly what the structural validator accepts (`createStructureValidator`): the
 * skeleton, plus each item it visits checked as the state it is written in. So an item at a place the
 * walk visits is dispatched on its state as `stateOf` does, never checked against the `oneOf` of its
 * definition. Any keyword this emitter does not know stops generation rather than being skipped.
 */
type Json = Record<string, unknown>;

/** Where the structural walk finds items: per section, item key → `$defs` name, and the list of per-unit entries. */
export interface ItemPlaces {
  itemDefs: Readonly<Record<string, Readonly<Record<string, string>>>>;
  containers: Readonly<Record<string, string>>;
}

/** Keywords that only annotate or organise: they decide nothing. */
const INERT = new Set(['$schema', '$id', '$defs', 'title', 'description', '$comment', 'x-message', 'x-sources']);

/** Keywords that apply only to one JSON type, with the test for it (ajv's, under strictNumbers). */
const TYPE_TEST: Record<string, (v: string) => string> = {
  object: (v) => `${v} !== null && typeof ${v} == "object" && !Array.isArray(${v})`,
  array: (v) => `Array.isArray(${v})`,
  string: (v) => `typeof ${v} == "string"`,
  number: (v) => `typeof ${v} == "number" && isFinite(${v})`,
  integer: (v) => `typeof ${v} == "number" && !(${v} % 1) && isFinite(${v})`,
  boolean: (v) => `typeof ${v} == "boolean"`,
  null: (v) => `${v} === null`,
};
const KEYWORD_TYPE: Record<string, 'object' | 'array' | 'string' | 'number'> = {
  properties: 'object', required: 'object', additionalProperties: 'object', minProperties: 'object',
  items: 'array', minItems: 'array', maxItems: 'array', uniqueItems: 'array',
  minLength: 'string', maxLength: 'string', pattern: 'string',
  minimum: 'number', maximum: 'number', exclusiveMinimum: 'number', exclusiveMaximum: 'number',
};
const GENERAL = new Set(['$ref', 'type', 'enum', 'const', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else']);

/** A list of names tested one by one reads as one Set lookup when it is longer than this (fewer bytecodes). */
const SET_AFTER = 6;

/** Subschemas longer than this (as JSON) are checked by a function of their own rather than inline. */
const INLINE_LIMIT = 400;

const isPrimitive = (value: unknown): boolean => value === null || typeof value !== 'object';

export function generateFastCheck(schema: Json, places: ItemPlaces): string {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  const constants: string[] = [];
  const functions: string[] = [];
  const defFunctions = new Map<string, string>();
  let nodeCount = 0;

  const constantNames = new Map<string, string>();
  const constant = (prefix: string, code: string): string => {
    const known = constantNames.get(code);
    if (known) return known;
    const name = `${prefix}${constants.length}`;
    constants.push(`const ${name} = ${code};`);
    constantNames.set(code, name);
    return name;
  };
  /** One function per distinct anonymous subschema (e.g. the "not written as a state" test of every detail). */
  const nodeFunctions = new Map<string, string>();
  const identifier = (name: string): string => {
    if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`fast check: $defs name "${name}" is not a plain identifier`);
    return name;
  };
  const defName = (ref: unknown): string => {
    const name = typeof ref === 'string' && ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
    if (name === undefined || !defs[name]) throw new Error(`fast check: unsupported $ref ${String(ref)}`);
    return name;
  };
  const isItemDef = (name: string): boolean => {
    const oneOf = defs[name]?.oneOf as Json[] | undefined;
    return oneOf?.[0]?.$ref === '#/$defs/NotApplicable' && oneOf?.[1]?.$ref === '#/$defs/NotReported';
  };

  /** The function that checks a definition, emitted once (a reference to itself finds the name reserved). */
  function defFunction(name: string): string {
    const existing = defFunctions.get(name);
    if (existing) return existing;
    const fn = `def_${identifier(name)}`;
    defFunctions.set(name, fn);
    functions.push(functionOf(fn, defs[name]!, false));
    return fn;
  }

  /** An item at a place the walk visits: checked as the state it is written in, as `stateOf` decides. */
  function itemFunction(name: string): string {
    const fn = `item_${identifier(name)}`;
    if (defFunctions.has(fn)) return fn;
    defFunctions.set(fn, fn);
    const value = predicate((defs[name]!.oneOf as Json[])[2], false);
    functions.push(
      [
        `function ${fn}(x) {`,
        `  if (${TYPE_TEST.object!('x')}) {`,
        `    if (hasOwn.call(x, "notApplicable")) return ${defFunction('NotApplicable')}(x);`,
        `    if (hasOwn.call(x, "notReported")) return ${defFunction('NotReported')}(x);`,
        '  }',
        `  return ${value}(x);`,
        '}',
      ].join('\n'),
    );
    return fn;
  }

  /** The skeleton's stand-in for an item of the document's own tree: the walk checks it. */
  const leftToWalk = (node: unknown, inRoot: boolean): boolean =>
    inRoot && node !== null && typeof node === 'object' && typeof (node as Json).$ref === 'string' && isItemDef(defName((node as Json).$ref));

  /** The name of a function that tells whether `node` holds: a definition's own, or one made for the node. */
  function predicate(node: unknown, inRoot: boolean): string {
    if (node === true || leftToWalk(node, inRoot)) {
      if (!defFunctions.has('always')) functions.push('function always() {\n  return true;\n}');
      defFunctions.set('always', 'always');
      return 'always';
    }
    if (node !== null && typeof node === 'object' && Object.keys(node).length === 1 && '$ref' in node) return defFunction(defName((node as Json).$ref));
    const key = `${String(inRoot)}:${JSON.stringify(node)}`;
    const known = nodeFunctions.get(key);
    if (known) return known;
    const fn = `node${nodeCount++}`;
    nodeFunctions.set(key, fn);
    functions.push(functionOf(fn, node, inRoot));
    return fn;
  }

  function functionOf(fn: string, node: unknown, inRoot: boolean): string {
    const lines = body(node, 'x', inRoot, { next: 0 });
    return [`function ${fn}(x) {`, ...lines.map((line) => `  ${line}`), '  return true;', '}'].join('\n');
  }

  /**
   * Statements that `return false` when `v` does not satisfy `node`. `inRoot`: the node lies in the
   * document's own tree (not under a `$defs` entry), where the skeleton leaves items to the walk.
   */
  function body(node: unknown, v: string, inRoot: boolean, vars: { next: number }): string[] {
    if (node === true) return [];
    if (node === false) return ['return false;'];
    if (node === null || typeof node !== 'object' || Array.isArray(node)) throw new Error(`fast check: not a schema: ${JSON.stringify(node)}`);
    const schema = node as Json;
    for (const key of Object.keys(schema)) {
      if (!INERT.has(key) && !GENERAL.has(key) && !(key in KEYWORD_TYPE)) throw new Error(`fast check: keyword "${key}" is not supported; extend scripts/lib/fast-check.ts`);
    }
    // The skeleton replaces every item of the document's own tree, siblings and all, by `true`.
    if (leftToWalk(schema, inRoot)) return [];
    const out: string[] = [];
    if (schema.$ref !== undefined) out.push(`if (!${defFunction(defName(schema.$ref))}(${v})) return false;`);
    let known: string | undefined;
    if (schema.type !== undefined) {
      const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
      const tests = types.map((type) => {
        const test = TYPE_TEST[type];
        if (!test) throw new Error(`fast check: unknown type ${type}`);
        return `(${test(v)})`;
      });
      out.push(`if (!(${tests.join(' || ')})) return false;`);
      if (types.length === 1) known = types[0] === 'integer' ? 'number' : types[0];
    }
    if (schema.enum !== undefined) out.push(`if (!(${oneOfValues(schema.enum as unknown[], v)})) return false;`);
    if (schema.const !== undefined) {
      out.push(isPrimitive(schema.const) ? `if (${v} !== ${JSON.stringify(schema.const)}) return false;` : `if (!deepEqual(${v}, ${constant('VALUE', JSON.stringify(schema.const))})) return false;`);
    }
    for (const type of ['object', 'array', 'string', 'number'] as const) {
      const checks = typedChecks(type, schema, v, inRoot, vars);
      if (checks.length === 0) continue;
      // The type is already known when the schema requires it; else the keywords apply to that type only.
      if (known === type) out.push(...checks);
      else out.push(`if (${TYPE_TEST[type]!(v)}) {`, ...checks.map((line) => `  ${line}`), '}');
    }
    for (const sub of (schema.allOf as unknown[] | undefined) ?? []) out.push(...body(sub, v, inRoot, vars));
    if (schema.anyOf !== undefined) out.push(`if (!(${(schema.anyOf as unknown[]).map((sub) => `${predicate(sub, inRoot)}(${v})`).join(' || ')})) return false;`);
    if (schema.oneOf !== undefined) {
      const count = `n${vars.next++}`;
      out.push(`let ${count} = 0;`, ...(schema.oneOf as unknown[]).map((sub) => `if (${predicate(sub, inRoot)}(${v})) ${count}++;`), `if (${count} !== 1) return false;`);
    }
    if (schema.if !== undefined) {
      const thenLines = schema.then === undefined ? [] : body(schema.then, v, inRoot, vars);
      const elseLines = schema.else === undefined ? [] : body(schema.else, v, inRoot, vars);
      out.push(`if (${predicate(schema.if, inRoot)}(${v})) {`, ...thenLines.map((line) => `  ${line}`), '} else {', ...elseLines.map((line) => `  ${line}`), '}');
    }
    return out;
  }

  function oneOfValues(values: unknown[], v: string): string {
    if (values.every((value) => typeof value === 'string') && values.length > SET_AFTER) return `${constant('ALLOWED', `new Set(${JSON.stringify(values)})`)}.has(${v})`;
    return values.map((value) => (isPrimitive(value) ? `${v} === ${JSON.stringify(value)}` : `deepEqual(${v}, ${constant('VALUE', JSON.stringify(value))})`)).join(' || ');
  }

  function typedChecks(type: 'object' | 'array' | 'string' | 'number', schema: Json, v: string, inRoot: boolean, vars: { next: number }): string[] {
    const out: string[] = [];
    const has = (keyword: string): boolean => schema[keyword] !== undefined && KEYWORD_TYPE[keyword] === type;
    if (type === 'object') {
      const properties = (schema.properties ?? {}) as Record<string, unknown>;
      if (has('required')) for (const key of schema.required as string[]) out.push(`if (${v}[${JSON.stringify(key)}] === undefined) return false;`);
      if (has('minProperties')) out.push(`if (Object.keys(${v}).length < ${Number(schema.minProperties)}) return false;`);
      if (has('additionalProperties') && schema.additionalProperties !== true) {
        const key = `k${vars.next++}`;
        const names = Object.keys(properties);
        const declared = names.length > SET_AFTER ? `${constant('KEYS', `new Set(${JSON.stringify(names)})`)}.has(${key})` : names.length === 0 ? 'false' : names.map((name) => `${key} === ${JSON.stringify(name)}`).join(' || ');
        const extra = body(schema.additionalProperties, `${v}[${key}]`, inRoot, vars);
        out.push(`for (const ${key} in ${v}) {`, `  if (!(${declared})) {`, ...extra.map((line) => `    ${line}`), '  }', '}');
      }
      if (has('properties')) {
        for (const [key, sub] of Object.entries(properties)) {
          if (sub === true || leftToWalk(sub, inRoot)) continue;
          const name = `p${vars.next++}`;
          // A large subschema gets its own function: small functions are compiled only when called and tier up sooner.
          const lines = JSON.stringify(sub).length > INLINE_LIMIT ? [`if (!${predicate(sub, inRoot)}(${name})) return false;`] : body(sub, name, inRoot, vars);
          out.push(`const ${name} = ${v}[${JSON.stringify(key)}];`, `if (${name} !== undefined) {`, ...lines.map((line) => `  ${line}`), '}');
        }
      }
    }
    if (type === 'array') {
      if (has('minItems')) out.push(`if (${v}.length < ${Number(schema.minItems)}) return false;`);
      if (has('maxItems')) out.push(`if (${v}.length > ${Number(schema.maxItems)}) return false;`);
      if (has('uniqueItems') && schema.uniqueItems === true) {
        const [i, j] = [`i${vars.next++}`, `j${vars.next++}`];
        out.push(`for (let ${i} = 1; ${i} < ${v}.length; ${i}++) for (let ${j} = 0; ${j} < ${i}; ${j}++) if (deepEqual(${v}[${i}], ${v}[${j}])) return false;`);
      }
      if (has('items')) {
        if (Array.isArray(schema.items)) throw new Error('fast check: tuple items are not supported');
        const fn = predicate(schema.items, inRoot);
        const i = `i${vars.next++}`;
        out.push(`for (let ${i} = 0; ${i} < ${v}.length; ${i}++) if (!${fn}(${v}[${i}])) return false;`);
      }
    }
    if (type === 'string') {
      // Code points are at most the UTF-16 length and at least half of it: count them only when that decides.
      if (has('minLength')) out.push(`if (${v}.length < ${2 * Number(schema.minLength)} && ucs2length(${v}) < ${Number(schema.minLength)}) return false;`);
      if (has('maxLength')) out.push(`if (${v}.length > ${Number(schema.maxLength)} && ucs2length(${v}) > ${Number(schema.maxLength)}) return false;`);
      if (has('pattern')) out.push(`if (!${constant('PATTERN', `new RegExp(${JSON.stringify(schema.pattern)}, "u")`)}.test(${v})) return false;`);
    }
    if (type === 'number') {
      if (has('minimum')) out.push(`if (${v} < ${Number(schema.minimum)}) return false;`);
      if (has('maximum')) out.push(`if (${v} > ${Number(schema.maximum)}) return false;`);
      if (has('exclusiveMinimum')) out.push(`if (${v} <= ${Number(schema.exclusiveMinimum)}) return false;`);
      if (has('exclusiveMaximum')) out.push(`if (${v} >= ${Number(schema.exclusiveMaximum)}) return false;`);
    }
    return out;
  }

  /** The walk of `forEachItem`, written out: each item of a section and of its unit entries, by state. */
  function items(): string[] {
    const out: string[] = [];
    const root = schema.properties as Record<string, Json>;
    for (const [section, slots] of Object.entries(places.itemDefs)) {
      if (Object.keys(slots).length === 0) continue;
      const sectionSchema = root[section];
      const container = places.containers[section];
      const entrySchema = container ? ((sectionSchema?.properties as Record<string, Json> | undefined)?.[container]?.items as Json | undefined) : undefined;
      for (const [key, name] of Object.entries(slots)) {
        if ((sectionSchema?.properties as Record<string, Json> | undefined)?.[key]?.$ref !== `#/$defs/${name}`) throw new Error(`fast check: ${section}.${key} is not the item ${name}`);
        // An entry's item must be the section's item, or a field the entry refuses (then the skeleton rejects it).
        const entryItem = (entrySchema?.properties as Record<string, Json> | undefined)?.[key];
        if (container && (entryItem ? entryItem.$ref !== `#/$defs/${name}` : entrySchema?.additionalProperties !== false)) {
          throw new Error(`fast check: ${section}.${container}[].${key} is not the item ${name}`);
        }
      }
      const checks = Object.entries(slots).map(([key, name], index) => ({ key: JSON.stringify(key), fn: itemFunction(name), local: `item${index}` }));
      const fn = `items_${identifier(section)}`;
      const entryLines = container
        ? [
            `const list = x[${JSON.stringify(container)}];`,
            'if (Array.isArray(list)) {',
            '  for (let index = 0; index < list.length; index++) {',
            '    const entry = list[index];',
            `    if (${TYPE_TEST.object!('entry')}) {`,
            ...checks.flatMap(({ key, fn: check, local }) => [`      const ${local} = entry[${key}];`, `      if (${local} !== undefined && !${check}(${local})) return false;`]),
            '    }',
            '  }',
            '}',
          ]
        : [];
      functions.push(
        [
          `function ${fn}(x) {`,
          ...checks.flatMap(({ key, fn: check, local }) => [`  const ${local} = x[${key}];`, `  if (${local} !== undefined && !${check}(${local})) return false;`]),
          ...entryLines.map((line) => `  ${line}`),
          '  return true;',
          '}',
        ].join('\n'),
      );
      const local = `section${out.length}`;
      out.push(`const ${local} = x[${JSON.stringify(section)}];`, `if (${TYPE_TEST.object!(local)} && !${fn}(${local})) return false;`);
    }
    return out;
  }

  const skeleton = predicate({ ...schema, $defs: undefined }, true);
  const walk = items();
  const main = ['export function isValidDocument(x) {', `  if (!${skeleton}(x)) return false;`, `  if (!(${TYPE_TEST.object!('x')})) return true;`, ...walk.map((line) => `  ${line}`), '  return true;', '}'].join('\n');
  return ['const hasOwn = Object.prototype.hasOwnProperty;', ...constants, '', ...functions, '', main, ''].join('\n');
}
