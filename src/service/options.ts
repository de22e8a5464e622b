/** What a service is started with; every field but the checklist has a default. */
import type { InputLimits } from '../io/limits.js';
import type { Thresholds } from '../report/threshold.js';
import type { ValidatorOptions } from '../validator.js';
import type { LogOptions } from './logging.js';

export interface ServiceOptions {
  /** The profile and user checklist reports are scored against (a request may pick the other profile). */
  validator?: Pick<ValidatorOptions, 'profile' | 'checklist' | 'checklistFile' | 'ledger'>;
  /** The thresholds a request gets unless it names its own (failOn, minScore). */
  thresholds?: Thresholds;
  /** Input limits, as for the CLI (--max-file-size, --max-depth, …); the body limit is `maxBytes`. */
  limits?: Partial<InputLimits>;
  /** Requests handled at once (outside /healthz and /readyz); more get 503 with Retry-After. */
  maxConcurrency?: number;
  /** Milliseconds a request may take from its first byte to the response, body included (slow uploads). */
  requestTimeoutMs?: number;
  /** Largest request head (request line and headers), in bytes; larger gets 431. */
  maxHeaderBytes?: number;
  /** How often idle and slow connections are looked for, in milliseconds (Node's default is 30 s). */
  connectionsCheckingIntervalMs?: number;
  /** When set, every request outside /healthz and /readyz needs `Authorization: Bearer <token>`. */
  token?: string;
  /** false: no logs at all (tests, benches). */
  log?: LogOptions | false;
}

export const SERVICE_DEFAULTS = {
  maxConcurrency: 64,
  requestTimeoutMs: 30_000,
  maxHeaderBytes: 16 * 1024,
  connectionsCheckingIntervalMs: 1_000,
  retryAfterSeconds: 1,
} as const;
