/**
 * From text to a study document: pick the syntax, parse with positions, and check that the result is a
 * document at all. Works in any JavaScript runtime (no file system here; see read-file.ts).
 */
import type { InputError } from './errors.js';
import { parseJsonText } from './parse-json.js';
import { parseYamlText } from './parse-yaml.js';
import type { SourceMap } from './source-map.js';

export type InputFormat = 'json' | 'yaml';

export type ParseResult =
  | { ok: true; document: Record<string, unknown>; sourceMap: SourceMap; format: InputFormat; file: string }
  | { ok: false; error: InputError };

export interface ParseTextOptions {
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

export function parseReportText(text: string, options: ParseTextOptions = {}): ParseResult {
  const file = options.filename ?? '<input>';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return { ok: false, error: { code: 'empty', file, message: 'the file is empty.', hint: 'Start from "secretome-checklist init" or an example in examples/.' } };
  }
  if (body.includes('\u0000')) {
    return { ok: false, error: { code: 'binary', file, message: 'the file contains NUL bytes; it is not a text study report.' } };
  }
  const format = options.format ?? detectFormat(options.filename, body);
  const parsed = format === 'json' ? parseJsonText(body, file) : parseYamlText(body, file);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
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
