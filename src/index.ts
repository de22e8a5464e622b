/**
 * secretome-checklist: checks whether a study of MSC secretome therapy reports the minimal parameter set,
 * scores how complete the report is and says exactly what is missing.
 */
export * from './core.js';
export { parseReportFile, parseReportBytes, DEFAULT_MAX_FILE_BYTES } from './io/read-file.js';
export type { ReadOptions } from './io/read-file.js';
