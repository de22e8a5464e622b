/**
 * Query parameters of the check endpoints, checked with the option schemas the CLI uses, so
 * `?minScore=abc` is refused with the words `--min-score abc` would get.
 */
import * as z from 'zod';
import type { ProfileName } from '../checklist/checklist.js';
import { CHECKLIST_VERSIONS, CHECKLIST_VERSION } from '../checklist/checklist.js';
import { failOnOption, minScoreOption, profileOption } from '../options/check.js';
import type { Thresholds } from '../report/threshold.js';

/**
 * Parse options for everything a request brings: zod's fast path compiles code with new Function on a
 * schema's first parse; the service builds no code from requests (test/service/security.test.ts).
 */
export const REQUEST_PARSE = { jitless: true } as const;

/** Longest `filename` shown in reports and errors. */
export const MAX_FILENAME = 255;

export const checkQuerySchema = z
  .object({
    profile: profileOption('profile').optional(),
    failOn: failOnOption('failOn').optional(),
    minScore: minScoreOption('minScore').optional(),
    ledger: z.enum(['true', 'false'], { error: 'ledger must be true or false' }).optional(),
    filename: z.string({ error: 'filename must be given once' }).min(1, 'filename must not be empty').max(MAX_FILENAME, `filename must be at most ${MAX_FILENAME} characters`).optional(),
  })
  .strict();

/** The names, for messages and the OpenAPI document. */
export const CHECK_QUERY_NAMES = Object.keys(checkQuerySchema.shape);

export interface CheckQuery {
  profile?: ProfileName;
  ledger?: boolean;
  thresholds: Thresholds;
  filename?: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The first problem in words ("minScore must be at most 100", "unknown query parameter "x""). */
export function firstIssue(error: z.ZodError, known: readonly string[]): string {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys') return `unknown query parameter ${JSON.stringify(issue.keys[0]?.slice(0, 60))}; known: ${known.join(', ')}.`;
  return `${issue.message}.`;
}

export function parseCheckQuery(query: unknown, defaults: Thresholds): Parsed<CheckQuery> {
  const parsed = checkQuerySchema.safeParse(query ?? {}, REQUEST_PARSE);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error, CHECK_QUERY_NAMES) };
  const { profile, failOn, minScore, ledger, filename } = parsed.data;
  const min = minScore ?? defaults.minScore;
  return {
    ok: true,
    value: {
      ...(profile !== undefined ? { profile } : {}),
      ...(ledger !== undefined ? { ledger: ledger === 'true' } : {}),
      thresholds: { failOn: failOn ?? defaults.failOn, ...(min !== undefined ? { minScore: min } : {}) },
      ...(filename !== undefined ? { filename } : {}),
    },
  };
}

/** `version`: the checklist and schema version a GET endpoint describes (default the latest). */
export const versionParameter = z.enum(CHECKLIST_VERSIONS as [string, ...string[]], { error: `version must be ${CHECKLIST_VERSIONS.join(' or ')}` }).default(CHECKLIST_VERSION);

const versionQuerySchema = z.object({ version: versionParameter }).strict();

/** Parses `version` alone (GET /v1/schema, /v1/items). */
export function parseVersionQuery(query: unknown): Parsed<(typeof CHECKLIST_VERSIONS)[number]> {
  const parsed = versionQuerySchema.safeParse(query ?? {}, REQUEST_PARSE);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error, ['version']) };
  return { ok: true, value: parsed.data.version as (typeof CHECKLIST_VERSIONS)[number] };
}
