/** Newline-delimited JSON: one compact report per line, for streams and `jq -c`. */
import type { Reporter } from './types.js';

/** One report per line, each line a complete JSON value; empty output for no reports. */
export const ndjsonReporter: Reporter = (reports) => reports.map((report) => `${JSON.stringify(report)}\n`).join('');
