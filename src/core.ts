/**
 * The runtime-agnostic API (no Node built-ins): shared by the Node entry and the browser bundle.
 */
import { builtinChecklist, type Checklist } from './checklist/checklist.js';
import { reporterOptions } from './reporters/options.js';
import type { ReporterOptions } from './reporters/types.js';
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
export { parseReportBytes } from './io/parse-bytes.js';
export { DEFAULT_LIMITS, DEFAULT_MAX_FILE_BYTES, resolveLimits } from './io/limits.js';
export type { InputLimits } from './io/limits.js';

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

// Every output format, as the CLI's --format writes it: reporter(reports, reporterOptionsFor(checklist)).
export { textReporter } from './reporters/text.js';
export { jsonReporter } from './reporters/json.js';
export { ndjsonReporter } from './reporters/ndjson.js';
export { markdownReporter } from './reporters/markdown.js';
export { htmlReporter } from './reporters/html.js';
export { sarifReporter } from './reporters/sarif.js';
export { junitReporter } from './reporters/junit.js';
export { githubReporter } from './reporters/github.js';
export { REPORTER_FORMATS, isReporterFormat, loadReporter } from './reporters/index.js';
export type { Reporter, ReporterFormat, ReporterItemInfo, ReporterOptions } from './reporters/index.js';

/**
 * The options every reporter needs, derived from the checklist the reports were scored against
 * (`validator.checklist`, or the exported built-in `checklist`). Colour is off unless asked for.
 */
export function reporterOptionsFor(checklist: Checklist, flags: Partial<Pick<ReporterOptions, 'color' | 'quiet' | 'verbose' | 'batch'>> = {}): ReporterOptions {
  return reporterOptions(checklist, { quiet: false, verbose: false, batch: false, color: false, ...flags });
}

/** The JSON Schema (draft 2020-12) of a study report of the latest version; every version: `schemaVersion(v).schema`. */
export const schema = SCHEMAS[LATEST_VERSION].schema;

/** The built-in checklist of the latest version (default profile). */
export const checklist = builtinChecklist();
