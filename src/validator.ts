/**
 * The library's core: a validator bound to one checklist (profile and user checklist resolved once), that
 * turns a document into a Report. No per-call setup, no mutation of the document, no exceptions for data.
 */
import * as z from 'zod';
import { resolveChecklist, type Checklist } from './checklist/checklist.js';
import { ChecklistConfigError, fromZodError } from './checklist/errors.js';
import { checkCallOptions, documentWithinLimits } from './io/bounded-value.js';
import type { SourceMap } from './io/source-map.js';
import { buildFindings } from './report/findings.js';
import { buildLedger } from './report/ledger.js';
import type { Report } from './report/types.js';
import { checkReferences } from './schema/references.js';
import { validateStructure } from './schema/validate-structure.js';
import { evaluateItem } from './scoring/evaluate-item.js';
import { computeScores } from './scoring/scores.js';
import { armsOf, preparationsOf } from './scoring/units.js';
import { normalisedUnits } from './units/normalise.js';

export const REPORT_VERSION = '1';

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
    limits: z.partialRecord(z.enum(['maxBytes', 'maxDepth', 'maxArrayLength', 'maxStringLength', 'maxValues']), z.number().int().positive()).optional(),
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
}

export interface Validator {
  readonly checklist: Checklist;
  validate(document: unknown, call?: ValidateCallOptions): Report;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Builds a validator. Throws ChecklistConfigError for invalid options or a bad user checklist (a programmer error); use `resolveChecklist` to get those as values. */
export function createValidator(options: ValidatorOptions = {}): Validator {
  const parsed = validatorOptionsSchema.safeParse(options);
  if (!parsed.success) throw new ChecklistConfigError(fromZodError(parsed.error, 'options'));
  const { profile = 'default', checklist: custom, checklistFile, ledger = false, limits = {} } = parsed.data;
  const resolved = resolveChecklist(profile, custom === undefined ? undefined : { data: custom, ...(checklistFile !== undefined ? { file: checklistFile } : {}) });
  if (!resolved.ok) throw new ChecklistConfigError(resolved.errors);
  const checklist = resolved.value;

  return {
    checklist,
    validate(input, callInput) {
      const call = checkCallOptions(callInput);
      // Any value, read once into plain data within the limits: no cycle, getter or sparse list gets further.
      const { document, issues: limitIssues } = documentWithinLimits(input, limits);
      const issues = [...limitIssues, ...validateStructure(document), ...checkReferences(document)];
      const root = isObject(document) ? document : {};
      const preparations = preparationsOf(root);
      const context = { document: root, preparations, arms: armsOf(root, preparations), issues, facts: new Map() };
      const outcomes = checklist.items.map((item) => evaluateItem(item, context));
      const findings = buildFindings(outcomes, issues);
      if (call.sourceMap) {
        for (const finding of findings) {
          const location = call.sourceMap.locate(finding.pointer);
          if (location) finding.location = location;
        }
      }
      const essentialIncomplete = outcomes.some((outcome) => outcome.applicable && outcome.level === 'essential' && !outcome.satisfied);
      const missingItems = (level: 'essential' | 'recommended'): number =>
        new Set(findings.filter((f) => f.level === level && (f.status === 'missing' || f.status === 'not-reported')).map((f) => f.itemId)).size;
      const units = normalisedUnits(document);
      const report: Report = {
        reportVersion: REPORT_VERSION,
        checklist: { id: checklist.id, version: checklist.version, profile: checklist.profile },
        ...(call.file !== undefined ? { source: call.line !== undefined ? { file: call.file, line: call.line } : { file: call.file } } : {}),
        valid: issues.length === 0,
        minimalSetComplete: !essentialIncomplete,
        score: computeScores(outcomes),
        findings,
        counts: {
          essentialMissing: missingItems('essential'),
          recommendedMissing: missingItems('recommended'),
          invalid: findings.filter((f) => f.status === 'invalid').length,
          notApplicable: findings.filter((f) => f.status === 'not-applicable').length,
        },
        ...(ledger ? { ledger: buildLedger(outcomes) } : {}),
        ...(units.length > 0 ? { normalisedUnits: units } : {}),
      };
      return report;
    },
  };
}

const defaultValidators = new Map<string, Validator>();

/** One-shot validation. Validators for the built-in profiles are cached, so repeated calls stay cheap. */
export function validate(document: unknown, options: ValidatorOptions & ValidateCallOptions = {}): Report {
  const { file, sourceMap, line, ...validatorOptions } = options;
  const cacheable = validatorOptions.checklist === undefined && validatorOptions.limits === undefined;
  const key = `${validatorOptions.profile ?? 'default'}|${validatorOptions.ledger ? 1 : 0}`;
  let validator = cacheable ? defaultValidators.get(key) : undefined;
  if (!validator) {
    validator = createValidator(validatorOptions);
    if (cacheable) defaultValidators.set(key, validator);
  }
  return validator.validate(document, { ...(file !== undefined ? { file } : {}), ...(sourceMap ? { sourceMap } : {}), ...(line !== undefined ? { line } : {}) });
}
