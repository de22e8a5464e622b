/**
 * `serve`: the HTTP service (src/service) on 127.0.0.1 unless told otherwise, until SIGTERM or SIGINT,
 * which let in-flight requests finish. Everything a request could name is read here, before the first
 * request: the user checklist, the config file, the token file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { ChecklistConfigError, formatChecklistError } from '../../checklist/errors.js';
import { profileOption } from '../../options/check.js';
import type { RunningService } from '../../service/server.js';
import { startService } from '../../service/server.js';
import { SERVICE_DEFAULTS } from '../../service/options.js';
import { findConfig, loadConfig, readSettingsFile } from '../config.js';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io.js';
import { LIMIT_OPTIONS, parseLimitFlags } from '../limit-options.js';
import { SERVE_HELP } from '../usage.js';

const SERVE_OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  profile: { type: 'string', short: 'p' },
  checklist: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'token-file': { type: 'string' },
  'max-concurrency': { type: 'string' },
  'request-timeout': { type: 'string' },
  'log-level': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  ...LIMIT_OPTIONS,
} as const;

const whole = (flag: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, `${flag} must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `${flag} must be a whole number from ${min} to ${max}`).max(max, `${flag} must be a whole number from ${min} to ${max}`));

const flagsSchema = z.object({
  host: z.string().trim().min(1, '--host must name an address, e.g. 127.0.0.1 or 0.0.0.0').max(255).optional(),
  port: whole('--port', 0, 65535).optional(),
  profile: profileOption('--profile').optional(),
  'max-concurrency': whole('--max-concurrency', 1, 10_000).optional(),
  'request-timeout': whole('--request-timeout', 1, 3600).optional(),
  'log-level': z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: '--log-level must be fatal, error, warn, info, debug, trace or silent' }).optional(),
});

/** The shortest token accepted: anything shorter can be guessed. */
const MIN_TOKEN_LENGTH = 16;

function readToken(file: string, cwd: string): string {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: the token file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  const token = text.trim();
  if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
    throw new UsageError(`${file}: the token file must hold one token of at least ${MIN_TOKEN_LENGTH} characters without spaces (e.g. from "openssl rand -hex 32").`);
  }
  return token;
}

/** Resolves when SIGTERM or SIGINT arrives. */
function stopSignal(): Promise<string> {
  return new Promise((resolveSignal) => {
    const stop = (signal: string): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolveSignal(signal);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

export async function runServe(args: string[], io: CliIo): Promise<ExitCode> {
  const { values } = parseArgs({ args, options: SERVE_OPTIONS, strict: true });
  if (values.help) {
    io.stdout.write(SERVE_HELP);
    return EXIT.pass;
  }
  const flags = flagsSchema.safeParse(values);
  if (!flags.success) throw new UsageError(`${flags.error.issues[0]!.message}.`);
  const configFile = values.config ?? findConfig(io.cwd);
  const config = configFile ? loadConfig(configFile, io.cwd) : {};
  const checklistFile = values.checklist ?? config.checklist;
  const checklist = checklistFile !== undefined ? readSettingsFile(checklistFile, io.cwd, 'checklist') : undefined;
  const token = values['token-file'] !== undefined ? readToken(values['token-file'], io.cwd) : undefined;
  const timeoutSeconds = flags.data['request-timeout'] ?? SERVICE_DEFAULTS.requestTimeoutMs / 1000;

  let service: RunningService;
  try {
    service = await startService(
      {
        validator: {
          profile: flags.data.profile ?? config.profile ?? 'default',
          ...(checklist !== undefined ? { checklist, checklistFile: checklistFile! } : {}),
          ...(config.ledger !== undefined ? { ledger: config.ledger } : {}),
        },
        thresholds: { failOn: config.failOn ?? 'essential', ...(config.minScore !== undefined ? { minScore: config.minScore } : {}) },
        limits: parseLimitFlags(values),
        maxConcurrency: flags.data['max-concurrency'] ?? SERVICE_DEFAULTS.maxConcurrency,
        requestTimeoutMs: timeoutSeconds * 1000,
        ...(token !== undefined ? { token } : {}),
        log: { level: flags.data['log-level'] ?? 'info', stream: io.stdout },
      },
      { host: flags.data.host ?? '127.0.0.1', port: flags.data.port ?? 8080 },
    );
  } catch (error) {
    if (error instanceof ChecklistConfigError) throw new UsageError(error.errors.map(formatChecklistError).join('\n'));
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new UsageError(`cannot listen on ${flags.data.host ?? '127.0.0.1'}:${flags.data.port ?? 8080} (${code}).`);
    throw error;
  }
  io.stderr.write(`secretome-checklist: listening on ${service.url} (API description at ${service.url}/v1/openapi.json); stop with Ctrl-C or SIGTERM.\n`);
  const signal = await stopSignal();
  io.stderr.write(`secretome-checklist: ${signal}: finishing requests in flight, then stopping.\n`);
  await service.close();
  return EXIT.pass;
}
