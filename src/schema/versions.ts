/**
 * The schema versions side by side: for each, its JSON Schema, the facts derived from it, its structural
 * validator (whose explaining validators come from `explainers.ts`) and its reference checks. A document's
 * `checklistVersion` picks the version (`documentVersion`); a document without a known version is checked
 * as the latest.
 */
import schema10 from '../../schemas/study-report-1.0.schema.json' with { type: 'json' };
import schema11 from '../../schemas/study-report-1.1.schema.json' with { type: 'json' };
import { explainersOf } from './explainers.js';
import { createSchemaFacts, type SchemaFacts, type UnitContainer } from './facts.js';
import { getOwn } from './pointer.js';
import { checkReferences } from './references.js';
import { UNIT_CONTAINERS as UNIT_CONTAINERS_10 } from './schema.js';
import { createStructureValidator, type ItemLocation, type StructuralIssue } from './validate-structure.js';
import { fastCheckOf } from './fast-check.js';

type Json = Record<string, unknown>;

/** Every schema version, oldest first. */
export const SCHEMA_VERSIONS = ['1.0', '1.1'] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];
export const LATEST_VERSION: SchemaVersion = '1.1';

export interface SchemaVersionEntry extends SchemaFacts {
  version: SchemaVersion;
  /** Every structural problem of a document of this version. Never throws for any JSON value. */
  validateStructure(document: unknown): StructuralIssue[];
  /** Ids unique, and every preparationId/armId names a declared preparation/arm. */
  checkReferences(document: unknown): StructuralIssue[];
  /** Every item value present, at section level and in unit entries. */
  itemLocations(document: unknown): ItemLocation[];
}

/** 1.1 adds outcomes per arm: `outcomes.arms[]`, each naming a `doseAdministration.arms[].id` by `armId`. */
const UNIT_CONTAINERS_11: Readonly<Record<string, UnitContainer>> = {
  ...UNIT_CONTAINERS_10,
  outcomes: { container: 'arms', idField: 'armId', unit: 'arm' },
};

function entry(version: SchemaVersion, schema: Json, unitContainers: Readonly<Record<string, UnitContainer>>): SchemaVersionEntry {
  const facts = createSchemaFacts(schema, unitContainers);
  const structure = createStructureValidator(facts, explainersOf(version), fastCheckOf(facts));
  return {
    ...facts,
    version,
    validateStructure: structure.validateStructure,
    itemLocations: structure.itemLocations,
    checkReferences: (document) => checkReferences(document, unitContainers),
  };
}

/** What each version's entry is made of. */
const VERSION_SOURCES: Readonly<Record<SchemaVersion, { schema: Json; unitContainers: Readonly<Record<string, UnitContainer>> }>> = {
  '1.0': { schema: schema10 as Json, unitContainers: UNIT_CONTAINERS_10 },
  '1.1': { schema: schema11 as Json, unitContainers: UNIT_CONTAINERS_11 },
};

/**
 * Every version's entry, each made when it is first read: a run checks documents of one version as a rule,
 * and the command line starts faster without the other's facts and validator.
 */
export const SCHEMAS: Readonly<Record<SchemaVersion, SchemaVersionEntry>> = Object.defineProperties(
  {} as Record<SchemaVersion, SchemaVersionEntry>,
  Object.fromEntries(
    SCHEMA_VERSIONS.map((version) => {
      let made: SchemaVersionEntry | undefined;
      const { schema, unitContainers } = VERSION_SOURCES[version];
      return [version, { enumerable: true, get: () => (made ??= entry(version, schema, unitContainers)) }];
    }),
  ),
);

export function isSchemaVersion(value: unknown): value is SchemaVersion {
  return typeof value === 'string' && (SCHEMA_VERSIONS as readonly string[]).includes(value);
}

/** The version a document declares in `checklistVersion`, or the latest when it declares none that is known. */
export function documentVersion(document: unknown): SchemaVersion {
  const declared = getOwn(document, 'checklistVersion');
  return isSchemaVersion(declared) ? declared : LATEST_VERSION;
}

/** The registry entry of a version. */
export function schemaVersion(version: SchemaVersion): SchemaVersionEntry {
  return SCHEMAS[version];
}
