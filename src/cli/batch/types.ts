/** What the batch machinery passes around: units of work, and what checking one of them gives. */
import type { InputError } from '../../io/errors.js';
import type { InputLimits } from '../../io/limits.js';
import type { Report } from '../../report/types.js';
import type { ValidatorOptions } from '../../validator.js';

/** One unit of work: a file to read, bytes already read (standard input), or one NDJSON line. */
export type Task =
  | { kind: 'file'; path: string; display: string }
  | { kind: 'bytes'; bytes: Uint8Array; display: string }
  | { kind: 'line'; text: string; display: string; line: number };

/**
 * What checking a task gives, in input order. With `streamNdjson` a report arrives already rendered as
 * its NDJSON line, with whether it fails the thresholds: a worker then sends back a string, not a report.
 */
export type Outcome =
  | { kind: 'report'; report: Report }
  | { kind: 'line'; text: string; fails: boolean; note?: string }
  | { kind: 'error'; error: InputError }
  /** A file that holds several documents (a spreadsheet of studies): their outcomes, in row order. */
  | { kind: 'several'; outcomes: Outcome[] };

/** Everything a worker needs to check tasks the way the main thread would (plain data: it is cloned). */
export interface CheckSettings {
  validator: ValidatorOptions;
  limits: Partial<InputLimits>;
  streamNdjson: boolean;
  thresholds: { failOn: 'essential' | 'recommended' | 'none'; minScore?: number };
}
