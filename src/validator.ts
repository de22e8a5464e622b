/**
 * The library's core: a validator bound to one profile and user checklist (resolved once per checklist
 * version), that turns a document into a Report. A document's `checklistVersion` picks both the schema
 * and the checklist it is checked against; without a known version it is checked as the latest.
 * No per-call setup, no mutation of the document, no exceptions for data.
 */
import * as z from 'zod';
import { studyOf, whereOf } from './report/study.js';
import { CHECKLIST_VERSION, isChecklistVersion, resolveChecklist, type Checklist, type ChecklistVersion } from './checklist/checklist.js';
import { ChecklistConfigError, fromZodError } from './checklist/errors.js';
import { checkCallOptions, documentWithinLimits } from './io/bounded-value.js';
import { DEFAULT_LIMITS, resolveLimits, type InputLimits } from './io/limits.js';
import { isParsedJsonSourceMap, type WalkedValue } from './io/json-fast.js';
import type { SourceMap } from './io/source-map.js';
import { buildFindings } from './report/findings.js';
import { buildLedger } from './report/ledger.js';
import type { Report } from './report/types.js';
import type { StructuralIssue } from './schema/validate-structure.js';
import { documentVersion, schemaVersion } from './schema/versions.js';
import { documentContext, evaluateItem, type ItemOutcome } from './scoring/evaluate-item.js';
import { computeScores } from './scoring/scores.js';
import { normalisedUnits } from './units/normalise.js';

export const REPORT_VERSION = '2';

export const validatorOptionsSchema = z
  .object({
    profile: z.enum(['default', 'journal-strict']).optional(),
    /** A user checklist (profile format): changes levels or weights, switches items off, adds items. */
    checklist: z.unknown().optional(),
    /** Where the user checklist came from, for error messages. */
    checklistFile: z.string().max(4096).optional(),
    /** Add the per-item ledger to every report. */
    ledger: z.boolean().optional(),
    /** Input limits a document must stay within (the defaults of parseReportText unless raised). */
    limits: z.partialRecord(z.enum(Object.keys(DEFAULT_LIMITS) as [keyof InputLimits, ...Array<keyof InputLimits>]), z.number().int().positive()).optional(),
  })
  .strict();
export type ValidatorOptions = z.infer<typeof validatorOptionsSchema>;

export interface ValidateCallOptions {
  /** The file the document came from, shown in the report. */
  file?: string;
  /** Positions in the source text, for finding locations. */
  sourceMap?: SourceMap;
  /** The line of `file` the document starts on, when the file holds several (NDJSON); shown in `source`. */
  line?: number;
  /** A study of a spreadsheet: its id, shown in `source` (`studies.xlsx › ref-107`). */
  studyId?: string;
  /** A study of a spreadsheet: the sheet of its row (`line` is the row). */
  sheet?: string;
}

export interface Validator {
  /** The checklist of the latest version, as resolved for this validator. */
  readonly checklist: Checklist;
  /** The checklist documents of `version` are checked against (profile and user checklist applied). */
  checklistFor(version: ChecklistVersion): Checklist;
  validate(document: unknown, call?: ValidateCallOptions): Report;
}

/** The limits the copy in `validate` enforces (the size in bytes belongs to text, not to a value). */
const SNAPSHOT_LIMITS = ['maxDepth', 'maxArrayLength', 'maxStringLength', 'maxValues'] as const;

/** Each validator's path for documents fresh from our own parser (see validateParsed). */
const parsedPaths = new WeakMap<Validator, (document: Record<string, unknown>, call: ValidateCallOptions, parseLimits: Partial<InputLimits>) => Report>();

/**
 * `validator.validate` for a document that parseReportText (or parseReportBytes) has just returned and
 * nobody else has seen: the parser has already checked it is a tree of plain data within `parseLimits`, so
 * when those are no wider than the validator's own, the copy `validate` makes of any value would be the
 * same tree, and is skipped (on a batch of JSON files it cost a fifth of the time). For our own front ends
 * (the command line); not exported from the package, where a caller may change a document after parsing it.
 */
export function validateParsed(validator: Validator, document: Record<string, unknown>, call: ValidateCallOptions, parseLimits: Partial<InputLimits>): Report {
  const path = parsedPaths.get(validator);
  return path ? path(document, call, parseLimits) : validator.validate(document, call);
}

/** Builds a validator. Throws ChecklistConfigError for invalid options or a bad user checklist (a programmer error); use `resolveChecklist` to get those as values. */
export function createValidator(options: ValidatorOptions = {}): Validator {
  const parsed = validatorOptionsSchema.safeParse(options);
  if (!parsed.success) throw new ChecklistConfigError(fromZodError(parsed.error, 'options'));
  const { profile = 'default', checklist: custom, checklistFile, ledger = false, limits = {} } = parsed.data;
  const userChecklist = custom === undefined ? undefined : { data: custom, ...(checklistFile !== undefined ? { file: checklistFile } : {}) };
  const checklists = new Map<ChecklistVersion, Checklist>();
  // The latest version is resolved now, so a bad user checklist fails here; older ones on first use.
  const checklistFor = (version: ChecklistVersion): Checklist => {
    let found = checklists.get(version);
    if (!found) {
      const resolved = resolveChecklist(profile, userChecklist, version);
      if (!resolved.ok) throw new ChecklistConfigError(resolved.errors);
      checklists.set(version, (found = resolved.value));
    }
    return found;
  };
  const checklist = checklistFor(CHECKLIST_VERSION);
  const ownLimits = resolveLimits(limits);
  const check = (document: unknown, call: ValidateCallOptions, limitIssues: StructuralIssue[], walked?: WalkedValue): Report => {
    const version = documentVersion(document);
    // A schema version always has a checklist of the same number (the registries grow together).
    return checkWith(checklistFor(isChecklistVersion(version) ? version : CHECKLIST_VERSION), document, call, ledger, limitIssues, walked);
  };

  const validator: Validator = {
    checklist,
    checklistFor,
    validate(input, callInput) {
      const call = checkCallOptions(callInput);
      // Any value, read once into plain data within the limits: no cycle, getter or sparse list gets further.
      const { document, issues: limitIssues } = documentWithinLimits(input, limits);
      return check(document, call, limitIssues);
    },
  };
  parsedPaths.set(validator, (document, callInput, parseLimits) => {
    const parsed = resolveLimits(parseLimits);
    const within = SNAPSHOT_LIMITS.every((key) => parsed[key] <= ownLimits[key]);
    if (!within) return validator.validate(document, callInput);
    // What the fast JSON parser's walk found in this very document (its units), so it is not walked again.
    const sourceMap = callInput.sourceMap;
    const walked = sourceMap !== undefined && isParsedJsonSourceMap(sourceMap) && sourceMap.walked.value === document ? sourceMap.walked : undefined;
    return check(document, checkCallOptions(callInput), [], walked);
  });
  return validator;
}

/** `source` of a report: the file, and the line, or the study id, sheet and row of a spreadsheet study. */
function sourceOf(file: string, call: ValidateCallOptions): NonNullable<Report['source']> {
  const source: NonNullable<Report['source']> = { file };
  if (call.line !== undefined) source.line = call.line;
  if (call.studyId !== undefined) source.studyId = call.studyId;
  if (call.sheet !== undefined) source.sheet = call.sheet;
  return source;
}

/** The structural issues of a document: one list, copied only when more than one source has any. */
function issuesOf(limitIssues: StructuralIssue[], structural: StructuralIssue[], references: StructuralIssue[]): StructuralIssue[] {
  if (limitIssues.length === 0 && references.length === 0) return structural;
  return [...limitIssues, ...structural, ...references];
}

/**
 * `counts` of a report, in one pass over the findings: items (not findings) missing or not reported per
 * level and items incomplete; invalid and not-applicable findings.
 */
function countsOf(findings: Report['findings']): Report['counts'] {
  // An item's findings are few, so the ids seen per count are kept in short lists.
  const essential: string[] = [];
  const recommended: string[] = [];
  const incomplete: string[] = [];
  let invalid = 0;
  let notApplicable = 0;
  // Indexed loops over the findings: see anyDeferred in report/findings.ts.
  for (let index = 0; index < findings.length; index++) {
    const finding = findings[index]!;
    const status = finding.status;
    if (status === 'missing' || status === 'not-reported') {
      const seen = finding.level === 'essential' ? essential : recommended;
      if (!seen.includes(finding.itemId)) seen.push(finding.itemId);
    } else if (status === 'incomplete') {
      if (!incomplete.includes(finding.itemId)) incomplete.push(finding.itemId);
    } else if (status === 'invalid') invalid++;
    else if (status === 'not-applicable') notApplicable++;
  }
  return { essentialMissing: essential.length, recommendedMissing: recommended.length, incomplete: incomplete.length, invalid, notApplicable };
}

/**
 * Scores a document against a given checklist (the schema still follows the document's version). The
 * validator's own path; exported for tests that state the engine's rules on small checklists of their own.
 * `walked`: what the fast JSON parser's walk found in this very document (its units), when it is known.
 */
export function checkWith(active: Checklist, document: unknown, call: ValidateCallOptions = {}, ledger = false, limitIssues: StructuralIssue[] = [], walked?: WalkedValue): Report {
  const version = documentVersion(document);
  const schemaEntry = schemaVersion(version);
  const issues = issuesOf(limitIssues, schemaEntry.validateStructure(document), schemaEntry.checkReferences(document));
  const context = documentContext(document, issues, active.settings, schemaEntry.unitContainers);

  const outcomes: ItemOutcome[] = [];
  let essentialIncomplete = false;
  for (let index = 0; index < active.items.length; index++) {
    const outcome = evaluateItem(active.items[index]!, context);
    outcomes.push(outcome);
    if (outcome.applicable && outcome.level === 'essential' && !outcome.satisfied) essentialIncomplete = true;
  }
  const findings = buildFindings(outcomes, issues, { gateItems: active.settings.gateItems, schemaVersion: version });
  // One pass over the findings: a value the document gives (invalid, incomplete, not reported, not
  // applicable) may say where the manuscript has it; then where the finding is in the source text.
  const sourceMap = call.sourceMap;
  for (let index = 0; index < findings.length; index++) {
    const finding = findings[index]!;
    const where = finding.status === 'missing' ? undefined : whereOf(document, finding.pointer);
    if (where !== undefined) finding.where = where;
    if (sourceMap) {
      const location = sourceMap.locate(finding.pointer);
      if (location) finding.location = location;
    }
  }
  const units = walked !== undefined ? walked.units : normalisedUnits(document);
  const study = studyOf(document);
  // Key by key in the report's order (reports are compared as text): optional keys only when present.
  const report = { reportVersion: REPORT_VERSION, checklist: { id: active.id, version: active.version, profile: active.profile } } as Report;
  if (call.file !== undefined) report.source = sourceOf(call.file, call);
  if (study !== undefined) report.study = study;
  report.valid = issues.length === 0;
  report.minimalSetComplete = !essentialIncomplete;
  report.score = computeScores(outcomes);
  report.findings = findings;
  report.counts = countsOf(findings);
  if (ledger) report.ledger = buildLedger(outcomes);
  if (units !== undefined) report.normalisedUnits = units;
  return report;
}

const defaultValidators = new Map<string, Validator>();

/** One-shot validation. Validators for the built-in profiles are cached, so repeated calls stay cheap. */
export function validate(document: unknown, options: ValidatorOptions & ValidateCallOptions = {}): Report {
  const { file, sourceMap, line, studyId, sheet, ...validatorOptions } = options;
  const cacheable = validatorOptions.checklist === undefined && validatorOptions.limits === undefined;
  const key = `${validatorOptions.profile ?? 'default'}|${validatorOptions.ledger ? 1 : 0}`;
  let validator = cacheable ? defaultValidators.get(key) : undefined;
  if (!validator) {
    validator = createValidator(validatorOptions);
    if (cacheable) defaultValidators.set(key, validator);
  }
  return validator.validate(document, {
    ...(file !== undefined ? { file } : {}),
    ...(sourceMap ? { sourceMap } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(studyId !== undefined ? { studyId } : {}),
    ...(sheet !== undefined ? { sheet } : {}),
  });
}
