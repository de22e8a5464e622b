/**
 * The config file: `secretome-checklist.config.json|yaml|yml`, found from the working directory upwards
 * (or named with --config). Validated with zod; command-line flags override it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as z from 'zod';
import { formatInputError, type InputError } from '../io/errors.js';
import { parseReportText, type ParseResult } from '../io/parse.js';
import { parseReportBytes, readInputFileSync } from '../io/read-file.js';
import { REPORTER_FORMATS } from '../reporters/index.js';
import { nearest } from '../schema/suggest.js';
import { UsageError } from './io.js';

export const CONFIG_NAMES = ['secretome-checklist.config.json', 'secretome-checklist.config.yaml', 'secretome-checklist.config.yml'];

/** The config file's schema, built when a config file is read (most runs have none). */
function buildConfigSchema() {
  return z
    .object({
      $schema: z.string().max(500).optional(),
      profile: z.enum(['default', 'journal-strict']).optional(),
      checklist: z.string().min(1).max(4096).optional(),
      format: z.enum(REPORTER_FORMATS).optional(),
      minScore: z.number().min(0).max(100).optional(),
      failOn: z.enum(['essential', 'recommended', 'none']).optional(),
      ledger: z.boolean().optional(),
      quiet: z.boolean().optional(),
      verbose: z.boolean().optional(),
    })
    .strict();
}
let schema: ReturnType<typeof buildConfigSchema> | undefined;
export const configSchema = (): ReturnType<typeof buildConfigSchema> => (schema ??= buildConfigSchema());
export type Config = z.infer<ReturnType<typeof configSchema>>;

/** Whether a config or checklist file is JSON (by its extension); anything else is read as YAML. */
export function isJsonFile(file: string): boolean {
  return /\.json$/i.test(file);
}

/** Config and checklist files are a few kilobytes; anything larger is the wrong file. */
export const SETTINGS_MAX_BYTES = 1024 * 1024;

/**
 * Reads a config or user checklist file exactly as a study report is read: a regular file (not a pipe or
 * device, which could block or never end) of at most SETTINGS_MAX_BYTES, strict UTF-8, parsed by the
 * same parsers with the same limits (YAML 1.2 core schema: no merge keys, tags or duplicate keys). An
 * empty file is an empty mapping. Every problem is a UsageError naming the file and the place.
 */
export function readSettingsFile(file: string, cwd: string, what: 'config' | 'checklist'): Record<string, unknown> {
  const read = readInputFileSync(resolve(cwd, file), file, SETTINGS_MAX_BYTES);
  return settingsOf(read.ok ? parseReportBytes(read.bytes, { filename: file, maxBytes: SETTINGS_MAX_BYTES, format: isJsonFile(file) ? 'json' : 'yaml' }) : read, what);
}

/**
 * A config or checklist file's data from text already read, by the same parsers and rules as
 * readSettingsFile (prefer that: it also refuses pipes, devices and oversized files before reading).
 */
export function parseSettingsText(text: string, file: string, what: 'config' | 'checklist' = 'checklist'): Record<string, unknown> {
  return settingsOf(parseReportText(text, { filename: file, maxBytes: SETTINGS_MAX_BYTES, format: isJsonFile(file) ? 'json' : 'yaml' }), what);
}

/** The data of a parsed settings file, or a UsageError naming the file, the place and the problem. */
function settingsOf(parsed: ParseResult | { ok: false; error: InputError }, what: 'config' | 'checklist'): Record<string, unknown> {
  if (parsed.ok) return parsed.document;
  const { error } = parsed;
  // Nothing but comments is null in YAML: an empty file, as before.
  if (error.code === 'empty' || (error.code === 'not-a-document' && error.message.startsWith('the file holds null'))) return {};
  const kind = `the ${what} file`;
  if (error.code === 'not-a-document') {
    const { hint: _studyReportHint, ...rest } = error;
    throw new UsageError(formatInputError({ ...rest, message: `${kind} must be a mapping of settings.` }));
  }
  if (error.code === 'too-large') throw new UsageError(formatInputError({ ...error, message: `${kind} is larger than ${SETTINGS_MAX_BYTES} bytes.`, hint: 'Check that this is the right file.' }));
  throw new UsageError(formatInputError({ ...error, message: `${kind} cannot be read: ${error.message}` }));
}

/** Every problem of a config, one line each; an unknown key with the nearest known one. */
function configProblems(file: string, error: z.ZodError): string[] {
  const keys = Object.keys(configSchema().shape);
  return error.issues.flatMap((issue) => {
    const where = issue.path.join(' › ');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const guess = nearest(key, keys);
        const place = where ? `${where} › ${key}` : key;
        return `${file} (${place}): unknown key.${guess ? ` Did you mean "${guess}"?` : ` The keys are ${keys.filter((name) => name !== '$schema').join(', ')}.`}`;
      });
    }
    return [`${file} (${where || 'top level'}): ${issue.message}.`];
  });
}

/** The config file of the nearest directory that has one; two side by side are an error, not a silent choice. */
export function findConfig(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const found = CONFIG_NAMES.filter((name) => existsSync(join(dir, name)));
    if (found.length > 1) {
      const shown = relative(resolve(start), dir) || '.';
      throw new UsageError(`${shown}: ${found.join(' and ')} are both config files; keep one, or name the one to use with --config.`);
    }
    if (found.length === 1) return join(dir, found[0]!);
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Reads and checks a config file (named as the user gave it, relative to `cwd`); relative paths inside it
 * are taken relative to the file.
 */
export function loadConfig(file: string, cwd: string = process.cwd()): Config {
  const path = resolve(cwd, file);
  const parsed = configSchema().safeParse(readSettingsFile(file, cwd, 'config'));
  if (!parsed.success) throw new UsageError(configProblems(file, parsed.error).join('\n'));
  const config = parsed.data;
  if (config.checklist) config.checklist = resolve(dirname(path), config.checklist);
  return config;
}
