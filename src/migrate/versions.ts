/**
 * The checklist versions migrate and changes know, each with its schema, structural validation and
 * checklist: a thin adapter over the version registries of src/schema and src/checklist, so the rest of
 * src/migrate does not depend on how those are laid out.
 */
import { builtinChecklist, type Checklist } from '../checklist/checklist.js';
import { LATEST_VERSION, SCHEMAS, SCHEMA_VERSIONS, isSchemaVersion, type SchemaVersion } from '../schema/versions.js';
import type { StructuralIssue } from '../schema/validate-structure.js';

/** Oldest first. */
export const CHECKLIST_VERSIONS = SCHEMA_VERSIONS;
export type ChecklistVersion = SchemaVersion;
export { LATEST_VERSION };

export const isChecklistVersion: (value: unknown) => value is ChecklistVersion = isSchemaVersion;

/** Structural problems of a document under a version's schema. */
export function structuralIssues(version: ChecklistVersion, document: unknown): StructuralIssue[] {
  return SCHEMAS[version].validateStructure(document);
}

/** The JSON Schema of a version's study reports. */
export function schemaOf(version: ChecklistVersion): Record<string, unknown> {
  return SCHEMAS[version].schema as Record<string, unknown>;
}

/** The built-in checklist of a version. */
export function checklistOf(version: ChecklistVersion): Checklist {
  return (builtinChecklist as (version?: string) => Checklist)(version);
}
