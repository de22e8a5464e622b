/**
 * The config file: `secretome-checklist.config.json|yaml|yml`, found from the working directory upwards
 * (or named with --config). Validated with zod; command-line flags override it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import { MAX_YAML_ALIASES } from '../io/parse-yaml.js';
import { REPORTER_FORMATS } from '../reporters/index.js';
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

/** A config or checklist file's data; throws the parser's error. Aliases are bounded as in study reports. */
export function parseSettingsText(text: string, file: string): unknown {
  return isJsonFile(file) ? JSON.parse(text) : parseYaml(text, { maxAliasCount: MAX_YAML_ALIASES });
}

/** The first line of a parser's message, without the colon yaml puts before its code excerpt. */
export function firstLine(error: unknown): string {
  return (error as Error).message.split('\n')[0]!.replace(/:$/, '');
}

export function findConfig(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Reads and checks a config file (named as the user gave it, relative to `cwd`); relative paths inside it
 * are taken relative to the file.
 */
export function loadConfig(file: string, cwd: string = process.cwd()): Config {
  const path = resolve(cwd, file);
  let data: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    data = parseSettingsText(text, file);
  } catch (error) {
    throw new UsageError(`${file}: the config file cannot be read (${firstLine(error)}).`);
  }
  const parsed = configSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${file} (${issue.path.join(' › ') || 'top level'}): ${issue.message}.`);
  }
  const config = parsed.data;
  if (config.checklist) config.checklist = resolve(dirname(path), config.checklist);
  return config;
}
