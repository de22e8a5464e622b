/**
 * The runtime-agnostic API (no Node built-ins): shared by the Node entry and the browser bundle.
 */
import { builtinChecklist } from './checklist/checklist.js';
import { documentVersion, LATEST_VERSION, SCHEMAS, schemaVersion } from './schema/versions.js';
import type { StructuralIssue } from './schema/validate-structure.js';

export { createValidator, validate, validatorOptionsSchema, REPORT_VERSION } from './validator.js';
export type { Validator, ValidatorOptions, ValidateCallOptions } from './validator.js';
export type {
  Report,
  Finding,
  FindingStatus,
  Level,
  LedgerEntry,
  ItemState,
  SectionKey,
  SectionScore,
  SourceLocation,
} from './report/types.js';
export { SECTION_KEYS } from './report/types.js';
export type * from './schema/generated/1.1/study-report.js';
/** The document types of schema 1.0, for code that still writes 1.0 documents. */
export type * as V1_0 from './schema/generated/1.0/study-report.js';

export { parseReportText, detectFormat } from './io/parse.js';
export type { ParseResult, ParseTextOptions, InputFormat } from './io/parse.js';
export type { SourceMap } from './io/source-map.js';
export { formatInputError } from './io/errors.js';
export type { InputError, InputErrorCode } from './io/errors.js';

export {
  resolveChecklist,
  applyOverlay,
  itemPath,
  builtinChecklist,
  effectiveWeight,
  CHECKLIST_ID,
  CHECKLIST_VERSION,
  CHECKLIST_VERSIONS,
  PROFILES,
} from './checklist/checklist.js';
export type { Checklist, ChecklistVersion, ProfileName } from './checklist/checklist.js';
export { ChecklistConfigError, formatChecklistError } from './checklist/errors.js';
export type { ChecklistError, ChecklistErrorCode } from './checklist/errors.js';
export { checklistOverlaySchema, checklistItemSchema } from './checklist/model.js';
export type { ChecklistItem, ChecklistOverlay, ChecklistSettings, Condition, DetailWhen, ExpectedDetail, FactName } from './checklist/model.js';
export { canonicalUnit } from './units/units.js';
export type { StructuralIssue } from './schema/validate-structure.js';
export { documentVersion, schemaVersion, SCHEMA_VERSIONS, LATEST_VERSION } from './schema/versions.js';
export type { SchemaVersion } from './schema/versions.js';

/** Every structural problem of a document, by the schema of its `checklistVersion` (the latest when it names none that is known). */
export function validateStructure(document: unknown): StructuralIssue[] {
  return schemaVersion(documentVersion(document)).validateStructure(document);
}
export { migrate } from './migrate/migrate.js';
export type { MigrateEdit, MigrateError, MigrateErrorCode, MigrateOptions, MigrateResult } from './migrate/migrate.js';
export { migrateText } from './migrate/text.js';
export type { MigrateTextResult } from './migrate/text.js';
export { checklistChanges } from './migrate/changes.js';
export type { AspectChange, ChecklistChanges, ItemChange, ItemSummary, VocabularyChange } from './migrate/changes.js';

/** The JSON Schema (draft 2020-12) of a study report of the latest version; every version: `schemaVersion(v).schema`. */
export const schema = SCHEMAS[LATEST_VERSION].schema;

/** The built-in checklist of the latest version (default profile). */
export const checklist = builtinChecklist();
