/** The `check` command's options: parsed with node:util, checked with zod, merged over the config file. */
import { resolve } from 'node:path';
import * as z from 'zod';
import { REPORTER_FORMATS, type ReporterFormat } from '../reporters/index.js';
import { findConfig, loadConfig } from './config.js';
import { parseCommandArgs, UsageError, type CliIo } from './io.js';
import type { InputLimits } from '../io/limits.js';
import { parseLimitFlags } from './limit-options.js';
import { CHECK_OPTIONS } from './check-flags.js';
import { failOnOption, minScoreOption, profileOption } from '../options/check.js';
import type { Jobs } from './batch/threads.js';

export { CHECK_OPTIONS };

export interface CheckOptions {
  inputs: string[];
  format: ReporterFormat;
  profile: 'default' | 'journal-strict';
  checklist?: string;
  /** The config file used (absolute), if any. */
  configFile?: string;
  minScore?: number;
  failOn: 'essential' | 'recommended' | 'none';
  output?: string;
  quiet: boolean;
  verbose: boolean;
  color: boolean;
  ledger: boolean;
  stdinFilename?: string;
  ndjsonInput: boolean;
  allowEmpty: boolean;
  help: boolean;
  /** Input limits given as flags (--max-file-size, --max-depth, …); the others keep their defaults. */
  limits: Partial<InputLimits>;
  /** Threads that check documents, this one included (1: all in this thread), or `auto` (the default). */
  jobs: Jobs;
}

const flagsSchema = z.object({
  format: z.enum(REPORTER_FORMATS, { error: `--format must be one of ${REPORTER_FORMATS.join(', ')}` }).optional(),
  profile: profileOption('--profile').optional(),
  'min-score': minScoreOption('--min-score').optional(),
  'fail-on': failOnOption('--fail-on').optional(),
});

/**
 * A switch the config file may set: `--name` turns it on, `--no-name` off (over the config file), neither
 * leaves the config's value. Both at once is a contradiction, not a question of order.
 */
function toggle(values: Record<string, unknown>, name: 'quiet' | 'verbose' | 'ledger', configured: boolean | undefined): boolean {
  const on = values[name] === true;
  const off = values[`no-${name}`] === true;
  if (on && off) throw new UsageError(`--${name} and --no-${name} contradict each other: give one of them.`);
  return on ? true : off ? false : (configured ?? false);
}

/** `--jobs N`: 1 to 256 threads (more than the machine has cores only adds overhead), or `auto`. */
function parseJobs(text: string | undefined): Jobs {
  if (text === undefined || text.trim() === 'auto') return 'auto';
  const jobs = /^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!(jobs >= 1 && jobs <= 256)) throw new UsageError('--jobs must be auto or a whole number from 1 to 256.');
  return jobs;
}

export function parseCheckOptions(args: string[], io: CliIo): CheckOptions {
  const { values, positionals } = parseCommandArgs(args, CHECK_OPTIONS);
  const flags = flagsSchema.safeParse(values);
  if (!flags.success) throw new UsageError(flags.error.issues[0]!.message);
  const configFile = values.config ?? findConfig(io.cwd);
  const config = configFile ? loadConfig(configFile, io.cwd) : {};
  // --ndjson is --format ndjson: with another --format the two contradict each other.
  if (values.ndjson && flags.data.format !== undefined && flags.data.format !== 'ndjson') {
    throw new UsageError(`--ndjson and --format ${flags.data.format} contradict each other: give one of them.`);
  }
  const format = values.ndjson ? 'ndjson' : (flags.data.format ?? config.format ?? 'text');
  const noColor = values['no-color'] === true || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '');
  const minScore = flags.data['min-score'] ?? config.minScore;
  const checklist = values.checklist ?? config.checklist;
  const quiet = toggle(values, 'quiet', config.quiet);
  const verbose = toggle(values, 'verbose', config.verbose);
  // Essential findings only, and every satisfied item too: no reading of both is right.
  if (quiet && verbose) throw new UsageError(`--quiet and --verbose contradict each other${values.quiet === true && values.verbose === true ? '' : ' (one of them is set in the config file)'}: give one of them.`);
  return {
    inputs: positionals,
    format,
    profile: flags.data.profile ?? config.profile ?? 'default',
    ...(checklist !== undefined ? { checklist } : {}),
    ...(configFile ? { configFile: resolve(io.cwd, configFile) } : {}),
    ...(minScore !== undefined ? { minScore } : {}),
    failOn: flags.data['fail-on'] ?? config.failOn ?? 'essential',
    ...(values.output !== undefined ? { output: values.output } : {}),
    quiet,
    verbose,
    color: !noColor && (values.color === true || (io.stdoutIsTTY && values.output === undefined)),
    ledger: toggle(values, 'ledger', config.ledger),
    ...(values['stdin-filename'] !== undefined ? { stdinFilename: values['stdin-filename'] } : {}),
    ndjsonInput: values['ndjson-input'] ?? false,
    allowEmpty: values['allow-empty'] ?? false,
    help: values.help ?? false,
    limits: parseLimitFlags(values),
    jobs: parseJobs(values.jobs),
  };
}
