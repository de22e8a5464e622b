/**
 * What the library needs to know about one version of the study-report JSON Schema, worked out from the
 * schema itself: which `$defs` are checklist items, which keys each object allows, where a definition is.
 */

type Json = Record<string, unknown>;

/** Where per-unit entries live in a section, and the field that names the unit. */
export interface UnitContainer {
  container: string;
  idField: string;
  unit: 'preparation' | 'arm';
}

export interface SchemaFacts {
  /** The JSON Schema (draft 2020-12), as shipped in `schemas/`. */
  schema: Readonly<Json>;
  /** For each section, its item keys and the `$defs` name that validates each. */
  itemDefs: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Per section with unit entries: the list and its id field. */
  unitContainers: Readonly<Record<string, UnitContainer>>;
  /** Keys allowed in the object at these pointer segments (section, unit entry, item value, any depth). */
  allowedKeys(pointerParts: string[]): string[];
  /** The schema node of a `$defs` entry. */
  definition(name: string): Json | undefined;
}

const DETAIL_STATE = '#/$defs/DetailState';

function refName(node: unknown): string | undefined {
  const ref = (node as Json | undefined)?.$ref;
  return typeof ref === 'string' && ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
}

/** The original branch of a detail-state wrapper (`anyOf: [DetailState, original]`), or the node itself. */
export function unwrapDetail(node: Json | undefined): Json | undefined {
  const anyOf = node?.anyOf;
  return Array.isArray(anyOf) && anyOf.length === 2 && (anyOf[0] as Json | undefined)?.$ref === DETAIL_STATE ? (anyOf[1] as Json) : node;
}

export function createSchemaFacts(schema: Json, unitContainers: Readonly<Record<string, UnitContainer>>): SchemaFacts {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  const sectionSchemas = (schema.properties ?? {}) as Record<string, Json>;
  const isItemDef = (name: string | undefined): name is string => {
    const oneOf = name ? (defs[name]?.oneOf as Json[] | undefined) : undefined;
    return refName(oneOf?.[0]) === 'NotApplicable' && refName(oneOf?.[1]) === 'NotReported';
  };
  const itemDefs = Object.fromEntries(
    Object.entries(sectionSchemas).map(([section, sectionSchema]) => {
      const properties = (sectionSchema.properties ?? {}) as Record<string, unknown>;
      const items = Object.entries(properties).flatMap(([key, property]) => {
        const name = refName(property);
        return isItemDef(name) ? [[key, name] as const] : [];
      });
      return [section, Object.fromEntries(items)];
    }),
  );
  /** Follows wrappers and `$ref`s (an item to its value branch) until a node with its own shape. */
  const resolve = (start: Json | undefined): Json | undefined => {
    let node = start;
    for (let step = 0; node && step < 20; step++) {
      const unwrapped = unwrapDetail(node);
      if (unwrapped !== node) {
        node = unwrapped;
        continue;
      }
      const name = refName(node);
      if (!name) return node;
      node = isItemDef(name) ? (defs[name]!.oneOf as Json[])[2] : defs[name];
    }
    return node;
  };
  return {
    schema,
    itemDefs,
    unitContainers,
    allowedKeys(pointerParts) {
      let node: Json | undefined = schema;
      for (const part of pointerParts) {
        if (!node) return [];
        node = /^\d+$/.test(part) && node.items ? (node.items as Json) : ((node.properties ?? {}) as Record<string, Json>)[part];
        node = resolve(node);
      }
      return Object.keys((node?.properties ?? {}) as Json);
    },
    definition: (name) => defs[name],
  };
}
