/**
 * From text to a study document: pick the syntax, parse with positions, and check that the result is a
 * document at all. Works in any JavaScript runtime (no file system here; see read-file.ts).
 */
import type { InputError } from './errors.js';
import { checkValueLimits, LIMIT_FLAGS, resolveLimits, type InputLimits } from './limits.js';
import { parseJsonFastText, parseJsonSlow, type ParsedText } from './parse-json.js';
import { parseYamlText } from './parsers.js';
import type { SourceMap } from './source-map.js';

export type InputFormat = 'json' | 'yaml';

export type ParseResult =
  | { ok: true; document: Record<string, unknown>; sourceMap: SourceMap; format: InputFormat; file: string }
  | { ok: false; error: InputError };

/** The input limits (see limits.ts for the defaults); each may be raised or lowered per call. */
export interface ParseTextOptions extends Partial<InputLimits> {
  /** Shown in errors and reports; also decides the syntax by extension. */
  filename?: string;
  /** Overrides the extension. Without either, text starting with `{` or `[` is JSON, anything else YAML. */
  format?: InputFormat;
}

export function detectFormat(filename: string | undefined, text: string): InputFormat {
  if (filename && /\.json$/i.test(filename)) return 'json';
  if (filename && /\.ya?ml$/i.test(filename)) return 'yaml';
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** Parses a study report. Never throws for any text: every problem is an InputError naming the place. */
export function parseReportText(text: string, options: ParseTextOptions = {}): ParseResult {
  const file = options.filename ?? '<input>';
  const limits = resolveLimits(options);
  if (text.length > limits.maxBytes) {
    return { ok: false, error: { code: 'too-large', file, message: `the text is ${text.length} characters long, more than the limit of ${limits.maxBytes} bytes.`, hint: `Raise the limit with ${LIMIT_FLAGS.maxBytes} if this is intended.` } };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return { ok: false, error: { code: 'empty', file, message: 'the file is empty.', hint: 'Start from "secretome-checklist init" or an example in examples/.' } };
  }
  const format = options.format ?? detectFormat(options.filename, body);
  let parsed: ParsedText;
  try {
    // JSON that the fast path accepts holds no NUL (JSON.parse refuses control characters), so only the
    // other texts are searched for one, before their parser reports anything else.
    const fast = format === 'json' ? parseJsonFastText(body, limits) : undefined;
    if (fast) parsed = fast;
    else if (body.includes('\u0000')) return { ok: false, error: { code: 'binary', file, message: 'the file contains NUL bytes; it is not a text study report.' } };
    else parsed = format === 'json' ? parseJsonSlow(body, file, limits) : parseYamlText(body, file, limits);
  } catch (error) {
    // The parsers return errors as values; this is the backstop that keeps a batch going if one does not.
    return { ok: false, error: { code: 'internal-error', file, message: `the file could not be parsed (${String((error as Error)?.message ?? error).split('\n')[0]}). Please report this.` } };
  }
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const over = parsed.limitsChecked ? undefined : checkValueLimits(value, limits);
  if (over) {
    const at = over.pointer !== undefined ? parsed.sourceMap.locate(over.pointer) : undefined;
    return { ok: false, error: { code: over.code, file, ...(at ?? { line: 1, column: 1 }), message: over.message, ...(over.hint ? { hint: over.hint } : {}) } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      error: {
        code: 'not-a-document',
        file,
        line: 1,
        column: 1,
        message: `the file holds ${describe(value)}, not a study report.`,
        hint: 'A study report is a mapping with keys such as checklistVersion, study, cellSource, … (see examples/).',
      },
    };
  }
  return { ok: true, document: value as Record<string, unknown>, sourceMap: parsed.sourceMap, format, file };
}
