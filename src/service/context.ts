/** What every route needs, resolved once when the service is built. */
import type { InputLimits } from '../io/limits.js';
import type { Thresholds } from '../report/threshold.js';
import type { Reporter } from '../reporters/types.js';
import type { ReportType } from './media.js';
import type { Validators } from './validators.js';

export interface ServiceContext {
  /** Every limit, defaults filled in. */
  limits: InputLimits;
  /** The limits as given (what the CLI's batch machinery takes). */
  givenLimits: Partial<InputLimits>;
  validators: Validators;
  thresholds: Thresholds;
  /** The report reporters, loaded before the first request. */
  reporters: Readonly<Record<ReportType['format'], Reporter>>;
  /** Whether requests need a bearer token (the OpenAPI document says so). */
  bearer: boolean;
  /** Set when shutdown begins: /readyz says so and new requests are turned away. */
  state: { closing: boolean };
}

/** Route config: the media types a route reads, named in its 415. */
export interface RouteConfig {
  accepts?: readonly string[];
}
