/**
 * The config file: `secretome-checklist.config.json|yaml|yml`, found from the working directory upwards
 * (or named with --config). Validated with zod; command-line flags override it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as z from 'zod';
import { formatInputError } from '../io/errors.js';
import { parseJsonText } from '../io/parse-json.js';
import { parseYamlText } from '../io/parse-yaml.js';
import { REPORTER_FORMATS } from '../reporters/index.js';
import { nearest } from '../schema/suggest.js';
import { UsageError } from './io.js';

export const CONFIG_NAMES = ['secretome-checklist.config.json', 'secretome-checklist.config.yaml', 'secretome-checklist.config.yml'];

export const configSchema = z
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
export type Config = z.infer<typeof configSchema>;

/** Whether a config or checklist file is JSON (by its extension); anything else is read as YAML. */
export function isJsonFile(file: string): boolean {
  return /\.json$/i.test(file);
}

/**
 * A config or checklist file's data, parsed as study reports are (bounded, duplicate keys refused), so a
 * syntax error reads the same: `file:line:column: message hint`. Throws that line as a UsageError.
 */
export function parseSettingsText(text: string, file: string): unknown {
  const parsed = isJsonFile(file) ? parseJsonText(text, file) : parseYamlText(text, file);
  if (!parsed.ok) throw new UsageError(formatInputError(parsed.error));
  return parsed.value;
}

/** The first line of a parser's message, without the colon yaml puts before its code excerpt. */
export function firstLine(error: unknown): string {
  return (error as Error).message.split('\n')[0]!.replace(/:$/, '');
}

const CONFIG_KEYS = Object.keys(configSchema.shape);

/** Every problem of a config, one line each; an unknown key with the nearest known one. */
function configProblems(file: string, error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    const where = issue.path.join(' › ');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const guess = nearest(key, CONFIG_KEYS);
        const place = where ? `${where} › ${key}` : key;
        return `${file} (${place}): unknown key.${guess ? ` Did you mean "${guess}"?` : ` The keys are ${CONFIG_KEYS.filter((name) => name !== '$schema').join(', ')}.`}`;
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
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: the config file cannot be read (${firstLine(error)}).`);
  }
  const data = text.trim() === '' ? {} : parseSettingsText(text, file);
  const parsed = configSchema.safeParse(data ?? {});
  if (!parsed.success) throw new UsageError(configProblems(file, parsed.error).join('\n'));
  const config = parsed.data;
  if (config.checklist) config.checklist = resolve(dirname(path), config.checklist);
  return config;
}
