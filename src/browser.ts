/**
 * The browser build (`secretome-checklist/browser`): the runtime-agnostic API (with every reporter),
 * `checkText` and the template generator. No Node built-ins, and no code
 * built from strings at run time: it runs under `script-src 'self'` without 'unsafe-eval'.
 */
import type { InputError } from './io/errors.js';
import { parseReportText, type ParseTextOptions } from './io/parse.js';
import type { SourceMap } from './io/source-map.js';
import type { Report } from './report/types.js';
import { validate, type Validator, type ValidatorOptions } from './validator.js';

export * from './core.js';
export { buildTemplate, TEMPLATE_DESIGNS, TEMPLATE_FRACTIONS } from './checklist/template.js';
export type { TemplateDesign, TemplateFraction } from './checklist/template.js';
export * from './form/index.js';

export interface CheckTextOptions extends ParseTextOptions {
  /** A validator to reuse (e.g. one made with the `journal-strict` profile); the default profile otherwise. */
  validator?: Validator;
  /** Used without `validator`; see `validate`. */
  validatorOptions?: ValidatorOptions;
}

export type CheckTextResult =
  | { ok: true; report: Report; document: Record<string, unknown>; sourceMap: SourceMap }
  | { ok: false; error: InputError };

/**
 * Parses YAML or JSON text and scores it in one step, with line and column on every finding: what a
 * form field or editor needs. Input problems (syntax, not a mapping, empty) come back as values.
 */
export function checkText(text: string, options: CheckTextOptions = {}): CheckTextResult {
  const { validator, validatorOptions, ...parseOptions } = options;
  const parsed = parseReportText(text, parseOptions);
  if (!parsed.ok) return parsed;
  const call = { file: parsed.file, sourceMap: parsed.sourceMap };
  const report = validator ? validator.validate(parsed.document, call) : validate(parsed.document, { ...validatorOptions, ...call });
  return { ok: true, report, document: parsed.document, sourceMap: parsed.sourceMap };
}
