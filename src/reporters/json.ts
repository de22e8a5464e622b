/** The report contract as JSON: one report as an object, a batch as an array; 2-space indent. */
import type { Reporter } from './types.js';

/** One report → the report object; with `batch` (or any count other than one) → an array. */
export const jsonReporter: Reporter = (reports, options) => {
  const value = options.batch || reports.length !== 1 ? reports : reports[0];
  return `${JSON.stringify(value, null, 2)}\n`;
};
